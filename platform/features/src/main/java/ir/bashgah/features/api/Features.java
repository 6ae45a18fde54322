package ir.bashgah.features.api;

import ir.bashgah.tenancy.api.TenantDescriptor;
import java.util.Map;

/** Whether a tenant has a feature: its override if it has one, otherwise what its plan gives (P2). */
public interface Features {
  boolean isEnabled(TenantDescriptor tenant, String code);

  /**
   * Answers normally when the club in context has feature {@code code}; otherwise 403
   * feature-not-in-plan naming the plans that include it. For checks that depend on the request's
   * content (a QR presented at the till), where {@code @RequiresFeature} on the endpoint cannot decide.
   */
  void require(String code);

  /** Every feature code with whether the tenant has it, in the order of docs/plans.md. */
  Map<String, Boolean> all(TenantDescriptor tenant);

  /** The tenant's overrides only: feature code to on or off. */
  Map<String, Boolean> overridesOf(String tenantSlug);
}
