package ir.bashgah.features.web;

import ir.bashgah.features.api.Features;
import ir.bashgah.kernel.TenantContext;
import ir.bashgah.kernel.access.Allowed;
import ir.bashgah.kernel.access.Permission;
import ir.bashgah.kernel.problem.Problem;
import ir.bashgah.tenancy.api.TenantDescriptor;
import ir.bashgah.tenancy.api.TenantDirectory;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.Map;

/** Which features the caller's club has (POS-API.md: GET /api/v1/features). */
@jakarta.enterprise.context.RequestScoped
@Path("/v1/features")
@Produces(MediaType.APPLICATION_JSON)
public class FeaturesResource {
  public record FeatureList(String plan, Map<String, Boolean> features) {}

  @Inject Features features;
  @Inject TenantDirectory directory;

  @GET
  @Allowed(Permission.FEATURES_READ)
  public FeatureList list() {
    TenantDescriptor tenant = directory.find(TenantContext.require().slug()).orElseThrow(() -> Problem.notFound("Your club no longer exists"));
    return new FeatureList(tenant.plan().name(), features.all(tenant));
  }
}
