package ir.bashgah.audit.web;

import ir.bashgah.audit.api.AuditPage;
import ir.bashgah.audit.api.AuditSearch;
import ir.bashgah.kernel.access.Allowed;
import ir.bashgah.kernel.access.Permission;
import ir.bashgah.kernel.access.RequiresFeature;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameters;

/** The tenant's own audit log (K1): who did what, when, with before and after. */
@jakarta.enterprise.context.ApplicationScoped
@Path("/v1/audit")
@Produces(MediaType.APPLICATION_JSON)
public class AuditResource {
  @Inject AuditSearch search;

  @GET
  @Allowed(Permission.AUDIT_READ)
  @RequiresFeature("K1")
  // The query of AuditQueryParams, which the OpenAPI scanner does not read from a @BeanParam.
  @Parameters({
    @Parameter(name = "from", in = ParameterIn.QUERY, schema = @Schema(type = SchemaType.STRING), description = "Entries at or after this instant, ISO-8601 with an offset"),
    @Parameter(name = "to", in = ParameterIn.QUERY, schema = @Schema(type = SchemaType.STRING), description = "Entries before this instant, ISO-8601 with an offset"),
    @Parameter(name = "action", in = ParameterIn.QUERY, schema = @Schema(type = SchemaType.STRING), description = "An action, e.g. MEMBER.REGISTER"),
    @Parameter(name = "actor", in = ParameterIn.QUERY, schema = @Schema(type = SchemaType.STRING), description = "Who did it"),
    @Parameter(name = "targetType", in = ParameterIn.QUERY, schema = @Schema(type = SchemaType.STRING), description = "What kind of thing it was done to"),
    @Parameter(name = "targetId", in = ParameterIn.QUERY, schema = @Schema(type = SchemaType.STRING), description = "Which one"),
    @Parameter(name = "tenant", in = ParameterIn.QUERY, schema = @Schema(type = SchemaType.STRING), description = "A club's slug"),
    @Parameter(name = "page", in = ParameterIn.QUERY, schema = @Schema(type = SchemaType.STRING), description = "From 0 to 10,000,000"),
    @Parameter(name = "size", in = ParameterIn.QUERY, schema = @Schema(type = SchemaType.STRING), description = "From 1 to 200, 50 by default")
  })
  public AuditPage list(@BeanParam AuditQueryParams params) {
    return search.tenantLog(params.toQuery());
  }
}
