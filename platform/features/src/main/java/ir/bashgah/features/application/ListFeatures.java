package ir.bashgah.features.application;

import ir.bashgah.features.api.Features;
import ir.bashgah.features.api.PlanMatrix;
import ir.bashgah.kernel.TenantContext;
import ir.bashgah.kernel.problem.Problem;
import ir.bashgah.tenancy.api.Plan;
import ir.bashgah.tenancy.api.TenantDescriptor;
import ir.bashgah.tenancy.api.TenantDirectory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.bind.annotation.JsonbNillable;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/** Which features a club has: for the club itself (with the catalogue of docs/plans.md), and for the platform admin (with overrides). */
@ApplicationScoped
public class ListFeatures {
  /**
   * {@code features} is every code with whether the club has it (its plan and the platform's
   * overrides); {@code catalogue} is the same features in the order of docs/plans.md, described for the
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

  /** The club in context. */
  public FeatureList ofOwnClub() {
    TenantDescriptor tenant = directory.find(TenantContext.require().slug()).orElseThrow(() -> Problem.notFound("Your club no longer exists"));
    Map<String, Boolean> effective = features.all(tenant);
    List<CatalogueEntry> catalogue = PlanMatrix.standard().features().values().stream()
        .map(f -> new CatalogueEntry(f.code(), f.name(), effective.get(f.code()), variant(f.variant(tenant.plan())), unlockedBy(f)))
        .toList();
    return new FeatureList(tenant.plan().name(), effective, catalogue);
  }

  /** Any club, for the platform admin: each feature with whether it is on, overridden and in the plan. */
  public List<OverrideFeature.FeatureState> ofTenant(String slug) {
    TenantDescriptor tenant = directory.find(slug).orElseThrow(() -> Problem.notFound("No tenant with slug '" + slug + "'"));
    Map<String, Boolean> overridden = features.overridesOf(slug);
    Map<String, Boolean> effective = features.all(tenant);
    return PlanMatrix.standard().features().values().stream()
        .map(f -> new OverrideFeature.FeatureState(slug, f.code(), f.name(), effective.get(f.code()), overridden.containsKey(f.code()), f.isOn(tenant.plan())))
        .toList();
  }

  private static String variant(String cell) {
    return cell == null || "Y".equals(cell) || "-".equals(cell) ? null : cell;
  }

  /** Plans are declared cheapest first, so the first that has the feature is the one to upgrade to. */
  private static String unlockedBy(PlanMatrix.Feature feature) {
    return Arrays.stream(Plan.values()).filter(feature::isOn).findFirst().map(Plan::name).orElse(null);
  }
}
