package ir.bashgah.features.domain;

import java.util.Map;

/** Per-tenant feature overrides, which win over the plan. */
public interface FeatureOverrides {
  /** Feature code to on or off, for every feature the tenant has an override of. */
  Map<String, Boolean> of(String tenantSlug);

  /** Inside the caller's transaction. */
  void put(String tenantSlug, String code, boolean enabled, String by);

  /** Inside the caller's transaction; answers whether there was one. */
  boolean remove(String tenantSlug, String code);

  /** Drops what is cached of a tenant's overrides; call after the transaction that changed them committed. */
  void forget(String tenantSlug);
}
