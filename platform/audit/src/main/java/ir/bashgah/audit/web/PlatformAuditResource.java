package ir.bashgah.audit.web;

import ir.bashgah.audit.api.AuditPage;
import ir.bashgah.audit.infra.AuditSearch;
import ir.bashgah.kernel.access.Allowed;
import ir.bashgah.kernel.access.Permission;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** The platform-wide audit log: tenant provisioning, plan and status changes, feature overrides, admin logins. */
@jakarta.enterprise.context.RequestScoped
@Path("/v1/platform/audit")
@Produces(MediaType.APPLICATION_JSON)
public class PlatformAuditResource {
  @Inject AuditSearch search;

  @GET
  @Allowed(Permission.PLATFORM_AUDIT)
  public AuditPage list(@BeanParam AuditQueryParams params) {
    return search.platformLog(params.toQuery());
  }
}
