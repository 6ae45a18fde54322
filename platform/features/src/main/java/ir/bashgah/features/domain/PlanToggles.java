package ir.bashgah.features.domain;

import ir.bashgah.tenancy.api.Plan;

/** Whether a plan has a feature for a tenant, before any override: the plan matrix, or Unleash when one is configured. */
public interface PlanToggles {
  boolean isOn(String code, Plan plan, String tenantSlug);
}
