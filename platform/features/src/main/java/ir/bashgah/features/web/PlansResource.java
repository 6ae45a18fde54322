package ir.bashgah.features.web;

import ir.bashgah.features.api.PlanMatrix;
import ir.bashgah.kernel.access.Allowed;
import ir.bashgah.kernel.access.Permission;
import ir.bashgah.tenancy.api.Plan;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** The plans and which of them has which feature (docs/plans.md), for the console's plan pickers and plan ladder. */
@ApplicationScoped
@Path("/v1/plans")
@Produces(MediaType.APPLICATION_JSON)
public class PlansResource {
  /** {@code plans} cheapest first; {@code features} in docs/plans.md's order. */
  public record PlanMatrixView(List<String> plans, List<FeatureRow> features) {}

  /** One feature: each plan's cell, "-" (off), "Y" (on) or the variant that plan gets ("XP + RFM"), which is on. */
  public record FeatureRow(String code, String name, Map<String, String> cells) {}

  @GET
  @Allowed(Permission.OWN_ACCOUNT)
  @Operation(
      summary = "The plan matrix",
      description = "The five plans cheapest first and every feature of docs/plans.md with each plan's cell: \"-\" off, \"Y\" on, other text the"
          + " variant that plan gets (on). The same for every caller; what one club has, overrides included, is GET /api/v1/features.")
  public PlanMatrixView matrix() {
    List<FeatureRow> rows = PlanMatrix.standard().features().values().stream().map(PlansResource::row).toList();
    return new PlanMatrixView(Arrays.stream(Plan.values()).map(Plan::name).toList(), rows);
  }

  private static FeatureRow row(PlanMatrix.Feature feature) {
    Map<String, String> cells = new LinkedHashMap<>();
    for (Plan plan : Plan.values()) {
      cells.put(plan.name(), feature.variant(plan));
    }
    return new FeatureRow(feature.code(), feature.name(), cells);
  }
}
