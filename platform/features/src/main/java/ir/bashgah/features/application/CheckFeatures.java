package ir.bashgah.features.application;

import ir.bashgah.features.api.Features;
import ir.bashgah.features.api.PlanMatrix;
import ir.bashgah.features.domain.FeatureOverrides;
import ir.bashgah.features.domain.PlanToggles;
import ir.bashgah.kernel.TenantContext;
import ir.bashgah.kernel.problem.Problem;
import ir.bashgah.kernel.problem.ProblemType;
import ir.bashgah.tenancy.api.Plan;
import ir.bashgah.tenancy.api.TenantDescriptor;
import ir.bashgah.tenancy.api.TenantDirectory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** The {@link Features} of a tenant: its override if it has one, otherwise what its plan gives (P2). */
@ApplicationScoped
public class CheckFeatures implements Features {
  @Inject PlanToggles toggles;
  @Inject FeatureOverrides overrides;
  @Inject TenantDirectory tenants;

  @Override
  public boolean isEnabled(TenantDescriptor tenant, String code) {
    Boolean override = overrides.of(tenant.slug()).get(code);
    return override != null ? override : toggles.isOn(code, tenant.plan(), tenant.slug());
  }

  @Override
  public void require(String code) {
    String slug = TenantContext.current().map(TenantContext.TenantRef::slug).orElseThrow(() -> Problem.forbidden("This feature belongs to a club"));
    TenantDescriptor tenant = tenants.find(slug).orElseThrow(() -> Problem.forbidden("Your club no longer exists"));
    if (!isEnabled(tenant, code)) {
      PlanMatrix.Feature f = PlanMatrix.standard().feature(code).orElse(null);
      String plans = f == null ? "" : Stream.of(Plan.values()).filter(f::isOn).map(Plan::name).collect(Collectors.joining(", "));
      throw new Problem(
          ProblemType.FEATURE_NOT_IN_PLAN,
          "Feature " + code + (f == null ? "" : " (" + f.name() + ")") + " is not in plan " + tenant.plan()
              + (plans.isEmpty() ? "" : "; plans that include it: " + plans));
    }
  }

  @Override
  public Map<String, Boolean> all(TenantDescriptor tenant) {
    Map<String, Boolean> overridden = overrides.of(tenant.slug());
    Map<String, Boolean> result = new LinkedHashMap<>();
    for (String code : PlanMatrix.standard().features().keySet()) {
      Boolean override = overridden.get(code);
      result.put(code, override != null ? override : toggles.isOn(code, tenant.plan(), tenant.slug()));
    }
    return result;
  }

  @Override
  public Map<String, Boolean> overridesOf(String tenantSlug) {
    return overrides.of(tenantSlug);
  }
}
