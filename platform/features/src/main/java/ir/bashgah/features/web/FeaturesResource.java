package ir.bashgah.features.web;

import ir.bashgah.features.application.ListFeatures;
import ir.bashgah.kernel.access.Allowed;
import ir.bashgah.kernel.access.Permission;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** Which features the caller's club has (docs/integration.md: GET /api/v1/features). */
@jakarta.enterprise.context.ApplicationScoped
@Path("/v1/features")
@Produces(MediaType.APPLICATION_JSON)
public class FeaturesResource {
  @Inject ListFeatures features;

  @GET
  @Allowed(Permission.FEATURES_READ)
  public ListFeatures.FeatureList list() {
    return features.ofOwnClub();
  }
}
