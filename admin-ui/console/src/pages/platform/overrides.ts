/** One feature of one tenant as GET /platform/tenants/{slug}/features answers it. */
export interface TenantFeatureState {
  tenant: string;
  code: string;
  name: string;
  /** What the tenant has now: its plan's default, or the override when there is one. */
  enabled: boolean;
  overridden: boolean;
  /** What its plan alone gives. */
  inPlan: boolean;
}

/** The platform admin's three choices for one feature of one tenant. */
export type OverrideChoice = "on" | "off" | "default";

export function choiceOf(state: Pick<TenantFeatureState, "enabled" | "overridden">): OverrideChoice {
  if (!state.overridden) return "default";
  return state.enabled ? "on" : "off";
}

export interface OverrideCall {
  method: "PUT" | "DELETE";
  path: string;
  body?: { enabled: boolean };
}

/**
 * The call that makes a choice so (TenantFeaturesResource): on and off are an override
 * (PUT {"enabled": true|false}); the plan's default removes the override (DELETE).
 */
export function overrideCall(slug: string, code: string, choice: OverrideChoice): OverrideCall {
  const path = `/platform/tenants/${encodeURIComponent(slug)}/features/${encodeURIComponent(code)}`;
  if (choice === "default") return { method: "DELETE", path };
  return { method: "PUT", path, body: { enabled: choice === "on" } };
}

/** What the tenant will have after the choice. */
export function effectiveAfter(state: Pick<TenantFeatureState, "inPlan">, choice: OverrideChoice): boolean {
  return choice === "default" ? state.inPlan : choice === "on";
}
