package ir.bashgah.features.web;

import ir.bashgah.features.application.ListFeatures;
import ir.bashgah.features.application.OverrideFeature;
import ir.bashgah.kernel.access.Allowed;
import ir.bashgah.kernel.access.Permission;
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

/** Per-tenant feature overrides for the platform admin (docs/integration.md, Tenants). */
@jakarta.enterprise.context.ApplicationScoped
@Path("/v1/platform/tenants/{slug}/features")
@Produces(MediaType.APPLICATION_JSON)
public class TenantFeaturesResource {
  public record EnabledRequest(Boolean enabled) {}

  @Inject OverrideFeature override;
  @Inject ListFeatures features;

  @GET
  @Allowed(Permission.PLATFORM_TENANTS)
  public List<OverrideFeature.FeatureState> list(@PathParam("slug") String slug) {
    return features.ofTenant(slug);
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
