package ir.bashgah.features.web;

import ir.bashgah.features.api.Features;
import ir.bashgah.features.api.PlanMatrix;
import ir.bashgah.features.application.OverrideFeature;
import ir.bashgah.kernel.access.Allowed;
import ir.bashgah.kernel.access.Permission;
import ir.bashgah.kernel.problem.Problem;
import ir.bashgah.tenancy.api.TenantDescriptor;
import ir.bashgah.tenancy.api.TenantDirectory;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.Map;

/** Per-tenant feature overrides for the platform admin (POS-API.md, Tenants). */
@jakarta.enterprise.context.RequestScoped
@Path("/v1/platform/tenants/{slug}/features")
@Produces(MediaType.APPLICATION_JSON)
public class TenantFeaturesResource {
  public record EnabledRequest(Boolean enabled) {}

  @Inject OverrideFeature override;
  @Inject Features features;
  @Inject TenantDirectory directory;

  @GET
  @Allowed(Permission.PLATFORM_TENANTS)
  public List<OverrideFeature.FeatureState> list(@PathParam("slug") String slug) {
    TenantDescriptor tenant = directory.find(slug).orElseThrow(() -> Problem.notFound("No tenant with slug '" + slug + "'"));
    Map<String, Boolean> overridden = features.overridesOf(slug);
    Map<String, Boolean> effective = features.all(tenant);
    return PlanMatrix.standard().features().values().stream()
        .map(f -> new OverrideFeature.FeatureState(slug, f.code(), f.name(), effective.get(f.code()), overridden.containsKey(f.code()), f.isOn(tenant.plan())))
        .toList();
  }

  @PUT
  @Path("{code}")
  @Consumes(MediaType.APPLICATION_JSON)
  @Allowed(Permission.PLATFORM_TENANTS)
  public OverrideFeature.FeatureState set(@PathParam("slug") String slug, @PathParam("code") String code, EnabledRequest body) {
    return override.set(slug, code, body == null ? null : body.enabled());
  }

  @DELETE
  @Path("{code}")
  @Allowed(Permission.PLATFORM_TENANTS)
  public OverrideFeature.FeatureState reset(@PathParam("slug") String slug, @PathParam("code") String code) {
    return override.clear(slug, code);
  }
}
