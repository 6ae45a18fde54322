import type { FeatureEntry, FeatureList } from "../../lib/session";
import type { PlanMatrix } from "./queries";

/** A plan's place among the plans (cheapest first, as GET /plans lists them); -1 when unknown. */
export function planRank(plan: string | null | undefined, plans: readonly string[]): number {
  return plan ? plans.indexOf(plan) : -1;
}

/**
 * Why a feature is off for the club:
 * - "upgrade": a dearer plan has it (show "available from plan X");
 * - "disabled": the club's plan has it, but the platform turned it off for this club;
 * - "nowhere": no plan has it.
 */
export type LockReason = "upgrade" | "disabled" | "nowhere";

export interface PlanFeature {
  code: string;
  /** The server's (English) name; the page shows its own translation by code. */
  name: string;
  state: "on" | "locked";
  variant: string | null;
  unlockedBy: string | null;
  lock: LockReason | null;
}

export interface FeatureGroup {
  letter: string;
  features: PlanFeature[];
  on: number;
}

function lockReason(entry: FeatureEntry, plan: string, plans: readonly string[]): LockReason | null {
  if (entry.on) return null;
  if (!entry.unlockedBy) return "nowhere";
  return planRank(entry.unlockedBy, plans) > planRank(plan, plans) ? "upgrade" : "disabled";
}

/**
 * The club's features grouped by docs/plans.md's letters (A dashboard & rules ... L support), each on or
 * locked with the plan that unlocks it, from the catalogue of GET /features, in the order of the
 * plan matrix of GET /plans (a letter it does not know last).
 */
export function groupFeatures(list: FeatureList, matrix: PlanMatrix): FeatureGroup[] {
  const plans = matrix.plans;
  const letters = groupLetters(matrix);
  const byLetter = new Map<string, PlanFeature[]>();
  for (const e of list.catalogue ?? []) {
    const letter = e.code.charAt(0).toUpperCase();
    const feature: PlanFeature = {
      code: e.code,
      name: e.name,
      state: e.on ? "on" : "locked",
      variant: e.on ? (e.variant ?? null) : null,
      unlockedBy: e.unlockedBy ?? null,
      lock: lockReason(e, list.plan, plans),
    };
    const group = byLetter.get(letter) ?? [];
    group.push(feature);
    byLetter.set(letter, group);
  }
  const order = (l: string) => {
    const i = letters.indexOf(l);
    return i < 0 ? letters.length : i;
  };
  return [...byLetter.entries()]
    .sort(([a], [b]) => order(a) - order(b) || a.localeCompare(b))
    .map(([letter, features]) => ({ letter, features, on: features.filter((f) => f.state === "on").length }));
}

/** How many features each plan includes (by the plan that unlocks each), for the plan ladder. */
export function featuresPerPlan(groups: FeatureGroup[], plans: readonly string[]): Record<string, number> {
  const all = groups.flatMap((g) => g.features);
  return Object.fromEntries(plans.map((p) => [p, all.filter((f) => f.unlockedBy && planRank(f.unlockedBy, plans) <= planRank(p, plans)).length]));
}

/** The letters of the matrix's features in its order (A, B, ... L): docs/plans.md's groups. */
export function groupLetters(matrix: PlanMatrix): string[] {
  return [...new Set(matrix.features.map((f) => f.code.charAt(0).toUpperCase()))];
}
