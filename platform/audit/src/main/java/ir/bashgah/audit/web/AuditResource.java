package ir.bashgah.audit.web;

import ir.bashgah.audit.api.AuditPage;
import ir.bashgah.audit.infra.AuditSearch;
import ir.bashgah.kernel.access.Allowed;
import ir.bashgah.kernel.access.Permission;
import ir.bashgah.kernel.access.RequiresFeature;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** The tenant's own audit log (K1): who did what, when, with before and after. */
@jakarta.enterprise.context.RequestScoped
@Path("/v1/audit")
@Produces(MediaType.APPLICATION_JSON)
public class AuditResource {
  @Inject AuditSearch search;

  @GET
  @Allowed(Permission.AUDIT_READ)
  @RequiresFeature("K1")
  public AuditPage list(@BeanParam AuditQueryParams params) {
    return search.tenantLog(params.toQuery());
  }
}
