package ir.bashgah.features.web;

import ir.bashgah.features.api.Features;
import ir.bashgah.features.api.PlanMatrix;
import ir.bashgah.kernel.TenantContext;
import ir.bashgah.kernel.access.Allowed;
import ir.bashgah.kernel.access.Permission;
import ir.bashgah.kernel.problem.Problem;
import ir.bashgah.tenancy.api.Plan;
import ir.bashgah.tenancy.api.TenantDescriptor;
import ir.bashgah.tenancy.api.TenantDirectory;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.json.bind.annotation.JsonbNillable;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/** Which features the caller's club has (POS-API.md: GET /api/v1/features). */
@jakarta.enterprise.context.RequestScoped
@Path("/v1/features")
@Produces(MediaType.APPLICATION_JSON)
public class FeaturesResource {
  /**
   * {@code features} is every code with whether the club has it (its plan and the platform's
   * overrides); {@code catalogue} is the same features in the order of PLANS.md, described for the
   * console, which shows those the club lacks as locked "available from plan {@code unlockedBy}".
   */
  public record FeatureList(String plan, Map<String, Boolean> features, List<CatalogueEntry> catalogue) {}

  /**
   * One feature: {@code on} is what the club has now; {@code variant} the text of its plan's cell
   * when that is more than on or off ("XP + RFM", "unlimited"), else null; {@code unlockedBy} the
   * cheapest plan that includes it, null when no plan does.
   */
  @JsonbNillable
  public record CatalogueEntry(String code, String name, boolean on, String variant, String unlockedBy) {}

  @Inject Features features;
  @Inject TenantDirectory directory;

  @GET
  @Allowed(Permission.FEATURES_READ)
  public FeatureList list() {
    TenantDescriptor tenant = directory.find(TenantContext.require().slug()).orElseThrow(() -> Problem.notFound("Your club no longer exists"));
    Map<String, Boolean> effective = features.all(tenant);
    List<CatalogueEntry> catalogue = PlanMatrix.standard().features().values().stream()
        .map(f -> new CatalogueEntry(f.code(), f.name(), effective.get(f.code()), variant(f.variant(tenant.plan())), unlockedBy(f)))
        .toList();
    return new FeatureList(tenant.plan().name(), effective, catalogue);
  }

  private static String variant(String cell) {
    return cell == null || "Y".equals(cell) || "-".equals(cell) ? null : cell;
  }

  /** Plans are declared cheapest first, so the first that has the feature is the one to upgrade to. */
  private static String unlockedBy(PlanMatrix.Feature feature) {
    return Arrays.stream(Plan.values()).filter(feature::isOn).findFirst().map(Plan::name).orElse(null);
  }
}
