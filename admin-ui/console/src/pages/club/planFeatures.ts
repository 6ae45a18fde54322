import type { FeatureEntry, FeatureList } from "../../lib/session";

/** The five plans, cheapest first (tenancy Plan.java). */
export const PLANS = ["BASIC", "STANDARD", "PROFESSIONAL", "VIP", "PREMIUM"] as const;
export type PlanName = (typeof PLANS)[number];

/** PLANS.md's groups, in its order; each feature's group is its code's letter. */
export const GROUPS = ["A", "B", "C", "D", "E", "F", "G", "H", "J", "K", "L"] as const;

/**
 * PLANS.md's matrix (code|Basic|Standard|Professional|VIP|Premium; "-" off, "Y" on, other text the
 * plan's variant), for an answer of GET /features that has no catalogue yet (a server from before
 * the catalogue): the page still tells which plan unlocks what. The catalogue wins when present.
 */
const MATRIX = `
A1|Y|Y|Y|Y|Y
A2|-|-|Y|Y|Y
A3|-|-|Y|Y|Y
A4|-|-|Y|Y|Y
A5|-|-|Y|Y|Y
A6|Y|Y|Y|Y|Y
B1|Y|Y|Y|Y|Y
B2|-|-|Y|Y|Y
B3|-|-|Y|Y|Y
B4|-|XP|XP + RFM|XP + RFM + custom|XP + RFM + custom
B5|-|-|RFM|RFM, LRFM, CLV, ABC, CES, NPS|all of VIP + custom
B6|-|-|Y|Y|Y
B7|-|-|-|Y|Y
C1|Y|Y|Y|Y|Y
C2|-|-|Y|Y|Y
C3|-|-|Y|Y|Y
C4|-|-|Y|Y|Y
C5|-|-|-|Y|Y
C6|-|-|-|Y|Y
C7|-|-|Y|Y|Y
C8|-|-|-|Y|Y
D1|-|-|Y|Y|Y
D2|-|-|Y|Y|Y
D3|-|-|Y|Y|Y
D4|-|Y|Y|Y|Y
D5|Y|Y|Y|Y|Y
D6|-|-|-|Y|Y
D7|Y|Y|Y|Y|Y
D8|Y|Y|Y|Y|Y
E1|Y|Y|Y|Y|Y
E2|-|-|Y|Y|Y
E3|-|-|-|Y|Y
E4|-|-|-|-|Y
F1|Y|Y|Y|Y|Y
F2|-|-|Y|Y|Y
F3|-|-|-|Y|Y
F4|-|-|-|-|Y
G1|-|-|-|Y|Y
G2|-|-|Y|Y|Y
G3|-|-|-|Y|Y
H1|-|-|Y|Y|Y
H2|-|-|Y|Y|Y
H3|-|-|Y|Y|Y
H4|-|-|Y|Y|Y
J1|-|-|-|-|Y
J2|-|-|-|-|Y
J3|-|-|-|-|Y
K1|-|Y|Y|Y|Y
K2|Y|Y|Y|Y|Y
K3|-|-|-|-|Y
K4|-|-|Y|Y|Y
K5|-|-|-|Y|Y
K6|Y|Y|Y|Y|Y
K7|Y|Y|Y|Y|Y
L1|unlimited|unlimited|unlimited|unlimited|unlimited
L2|Y|Y|Y|Y|Y
L3|-|-|-|Y|Y
L4|-|-|-|-|Y
L5|-|3 months|6 months|12 months|12 months + SLA`;

export const PLAN_MATRIX: ReadonlyMap<string, Record<PlanName, string>> = new Map(
  MATRIX.trim()
    .split("\n")
    .map((line) => {
      const [code, ...cells] = line.split("|");
      return [code, Object.fromEntries(PLANS.map((p, i) => [p, cells[i]])) as Record<PlanName, string>];
    }),
);

export function planRank(plan: string | null | undefined): number {
  return plan ? PLANS.indexOf(plan as PlanName) : -1;
}

/** The variant text of a plan's cell, null for plain on ("Y") or off ("-"). */
function variantOf(cell: string | undefined): string | null {
  return !cell || cell === "Y" || cell === "-" ? null : cell;
}

/** The cheapest plan whose cell is not "-", or null when no plan has the feature. */
export function cheapestPlanWith(code: string): PlanName | null {
  const cells = PLAN_MATRIX.get(code);
  return cells ? (PLANS.find((p) => cells[p] !== "-") ?? null) : null;
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

function entries(list: FeatureList): FeatureEntry[] {
  if (list.catalogue && list.catalogue.length > 0) return list.catalogue;
  const codes = [...PLAN_MATRIX.keys()];
  for (const code of Object.keys(list.features ?? {})) if (!PLAN_MATRIX.has(code)) codes.push(code);
  return codes.map((code) => ({
    code,
    name: code,
    on: list.features?.[code] === true,
    variant: variantOf(PLAN_MATRIX.get(code)?.[list.plan as PlanName]),
    unlockedBy: cheapestPlanWith(code),
  }));
}

function lockReason(entry: FeatureEntry, plan: string): LockReason | null {
  if (entry.on) return null;
  if (!entry.unlockedBy) return "nowhere";
  return planRank(entry.unlockedBy) > planRank(plan) ? "upgrade" : "disabled";
}

/**
 * The club's features grouped by PLANS.md's letters (A dashboard & rules ... L support), each on or
 * locked with the plan that unlocks it, from an answer of GET /features (with or without catalogue).
 */
export function groupFeatures(list: FeatureList): FeatureGroup[] {
  const byLetter = new Map<string, PlanFeature[]>();
  for (const e of entries(list)) {
    const letter = e.code.charAt(0).toUpperCase();
    const feature: PlanFeature = {
      code: e.code,
      name: e.name,
      state: e.on ? "on" : "locked",
      variant: e.on ? (e.variant ?? null) : null,
      unlockedBy: e.unlockedBy ?? null,
      lock: lockReason(e, list.plan),
    };
    const group = byLetter.get(letter) ?? [];
    group.push(feature);
    byLetter.set(letter, group);
  }
  const order = (l: string) => {
    const i = (GROUPS as readonly string[]).indexOf(l);
    return i < 0 ? GROUPS.length : i;
  };
  return [...byLetter.entries()]
    .sort(([a], [b]) => order(a) - order(b) || a.localeCompare(b))
    .map(([letter, features]) => ({ letter, features, on: features.filter((f) => f.state === "on").length }));
}

/** How many features each plan includes (by the plan that unlocks each), for the plan ladder. */
export function featuresPerPlan(groups: FeatureGroup[]): Record<PlanName, number> {
  const all = groups.flatMap((g) => g.features);
  return Object.fromEntries(PLANS.map((p) => [p, all.filter((f) => f.unlockedBy && planRank(f.unlockedBy) <= planRank(p)).length])) as Record<PlanName, number>;
}
