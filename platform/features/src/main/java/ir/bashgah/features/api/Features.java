package ir.bashgah.features.api;

import ir.bashgah.features.infra.FeatureOverrides;
import ir.bashgah.features.infra.FeatureToggles;
import ir.bashgah.tenancy.api.TenantDescriptor;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.LinkedHashMap;
import java.util.Map;

/** Whether a tenant has a feature: its override if it has one, otherwise what its plan gives (P2). */
@ApplicationScoped
public class Features {
  @Inject FeatureToggles toggles;
  @Inject FeatureOverrides overrides;

  public boolean isEnabled(TenantDescriptor tenant, String code) {
    Boolean override = overrides.of(tenant.slug()).get(code);
    return override != null ? override : toggles.isOn(code, tenant.plan(), tenant.slug());
  }

  /** Every feature code with whether the tenant has it, in the order of PLANS.md. */
  public Map<String, Boolean> all(TenantDescriptor tenant) {
    Map<String, Boolean> overridden = overrides.of(tenant.slug());
    Map<String, Boolean> result = new LinkedHashMap<>();
    for (String code : PlanMatrix.standard().features().keySet()) {
      Boolean override = overridden.get(code);
      result.put(code, override != null ? override : toggles.isOn(code, tenant.plan(), tenant.slug()));
    }
    return result;
  }

  public Map<String, Boolean> overridesOf(String tenantSlug) {
    return overrides.of(tenantSlug);
  }
}
