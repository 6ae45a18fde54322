package ir.bashgah.features.application;

import ir.bashgah.audit.api.AuditLog;
import ir.bashgah.features.api.Features;
import ir.bashgah.features.api.PlanMatrix;
import ir.bashgah.features.domain.FeatureOverrides;
import ir.bashgah.kernel.CallContext;
import ir.bashgah.kernel.problem.Problem;
import ir.bashgah.tenancy.api.TenantDescriptor;
import ir.bashgah.tenancy.api.TenantDirectory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import ir.bashgah.kernel.persistence.Transactions;
import java.util.Map;

/** Turns one feature on or off for one tenant on top of its plan, or back to the plan (P2). */
@ApplicationScoped
public class OverrideFeature {
  public record FeatureState(String tenant, String code, String name, boolean enabled, boolean overridden, boolean inPlan) {}

  @Inject TenantDirectory directory;
  @Inject FeatureOverrides overrides;
  @Inject Features features;
  @Inject AuditLog audit;

  @Inject Transactions tx;

  public FeatureState set(String slug, String code, Boolean enabled) {
    FeatureState after = tx.inNew(() -> override(slug, code, enabled));
    overrides.forget(slug);
    return after;
  }

  public FeatureState clear(String slug, String code) {
    FeatureState after = tx.inNew(() -> reset(slug, code));
    overrides.forget(slug);
    return after;
  }

  private FeatureState override(String slug, String code, Boolean enabled) {
    if (enabled == null) {
      throw Problem.invalid("enabled", "is required: true or false");
    }
    TenantDescriptor tenant = tenant(slug);
    PlanMatrix.Feature feature = feature(code);
    FeatureState before = state(tenant, feature);
    overrides.put(slug, code, enabled, CallContext.actor().name());
    FeatureState after = new FeatureState(slug, code, feature.name(), enabled, true, feature.isOn(tenant.plan()));
    audit.recordOnTenant(slug, "FEATURE.OVERRIDE", "feature", code, before, after);
    return after;
  }

  private FeatureState reset(String slug, String code) {
    TenantDescriptor tenant = tenant(slug);
    PlanMatrix.Feature feature = feature(code);
    FeatureState before = state(tenant, feature);
    if (overrides.remove(slug, code)) {
      FeatureState after = new FeatureState(slug, code, feature.name(), feature.isOn(tenant.plan()), false, feature.isOn(tenant.plan()));
      audit.recordOnTenant(slug, "FEATURE.RESET", "feature", code, before, after);
      return after;
    }
    return before;
  }

  private FeatureState state(TenantDescriptor tenant, PlanMatrix.Feature feature) {
    Map<String, Boolean> overridden = features.overridesOf(tenant.slug());
    return new FeatureState(
        tenant.slug(), feature.code(), feature.name(), features.isEnabled(tenant, feature.code()), overridden.containsKey(feature.code()), feature.isOn(tenant.plan()));
  }

  private TenantDescriptor tenant(String slug) {
    return directory.find(slug).orElseThrow(() -> Problem.notFound("No tenant with slug '" + slug + "'"));
  }

  private static PlanMatrix.Feature feature(String code) {
    return PlanMatrix.standard().feature(code).orElseThrow(() -> Problem.notFound("No feature with code '" + code + "'; the codes are those of GET /api/v1/plans, e.g. K1"));
  }
}
