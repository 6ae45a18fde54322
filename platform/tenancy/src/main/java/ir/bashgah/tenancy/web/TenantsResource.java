package ir.bashgah.tenancy.web;

import ir.bashgah.audit.api.AuditPage;
import ir.bashgah.audit.api.AuditSearch;
import ir.bashgah.kernel.TenantContext;
import ir.bashgah.kernel.access.Allowed;
import ir.bashgah.kernel.access.Permission;
import ir.bashgah.kernel.problem.Problem;
import ir.bashgah.tenancy.api.OwnerAccount;
import ir.bashgah.tenancy.api.TenantDirectory;
import ir.bashgah.tenancy.application.ChangeTenant;
import ir.bashgah.tenancy.application.FindTenants;
import ir.bashgah.tenancy.application.NewTenant;
import ir.bashgah.tenancy.application.ProvisionTenant;
import ir.bashgah.tenancy.application.TenantView;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameters;

/** The tenant catalog for the platform admin (docs/integration.md, Tenants). */
@jakarta.enterprise.context.ApplicationScoped
@Path("/v1/platform/tenants")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class TenantsResource {
  public record OwnerRequest(String username, String password, String mobile) {}

  public record CreateTenantRequest(String slug, String name, String plan, OwnerRequest owner, Map<String, String> branding) {}

  public record ChangeTenantRequest(String name, String plan, String status, Map<String, String> branding) {}

  @Inject ProvisionTenant provision;
  @Inject ChangeTenant change;
  @Inject FindTenants tenants;
  @Inject TenantDirectory directory;
  @Inject AuditSearch audit;

  @POST
  @Allowed(Permission.PLATFORM_TENANTS)
  public Response create(CreateTenantRequest body, @Context UriInfo uri) {
    if (body == null) {
      throw Problem.invalid("body", "is required");
    }
    OwnerAccount owner = body.owner() == null ? null : new OwnerAccount(body.owner().username(), body.owner().password(), body.owner().mobile());
    TenantView created = provision.provision(new NewTenant(body.slug(), body.name(), body.plan(), owner, body.branding()));
    return Response.created(uri.getAbsolutePathBuilder().path(created.slug()).build()).entity(created).build();
  }

  @GET
  @Allowed(Permission.PLATFORM_TENANTS)
  public List<TenantView> list() {
    return tenants.all();
  }

  @GET
  @Path("{slug}")
  @Allowed(Permission.PLATFORM_TENANTS)
  public TenantView get(@PathParam("slug") String slug) {
    return tenants.bySlug(slug);
  }

  @PATCH
  @Path("{slug}")
  @Allowed(Permission.PLATFORM_TENANTS)
  public TenantView update(@PathParam("slug") String slug, ChangeTenantRequest body) {
    if (body == null) {
      throw Problem.invalid("body", "is required");
    }
    return change.change(slug, new ChangeTenant.Change(body.name(), body.plan(), body.status(), body.branding()));
  }

  /** Any tenant's own audit log, read by the platform admin (support, disputes). */
  @GET
  @Path("{slug}/audit")
  @Allowed(Permission.PLATFORM_AUDIT)
  // The query of TenantAuditParams, which the OpenAPI scanner does not read from a @BeanParam.
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
  public AuditPage audit(@PathParam("slug") String slug, @BeanParam TenantAuditParams params) throws Exception {
    var tenant = directory.find(slug).orElseThrow(() -> Problem.notFound("No tenant with slug '" + slug + "'"));
    var query = params.toQuery();
    return TenantContext.callAs(tenant.ref(), () -> audit.tenantLog(query));
  }
}
