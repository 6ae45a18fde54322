import { describe, expect, it } from "vitest";
import type { FeatureList } from "../../lib/session";
import { PLANS } from "../../testing/serverRules";
import { featuresPerPlan, groupFeatures, groupLetters } from "./planFeatures";

const variant = (cell: string) => (cell === "Y" || cell === "-" ? null : cell);

/** A STANDARD club's GET /features as FeaturesResource builds it from the plan matrix. */
function standard(): FeatureList {
  const catalogue = PLANS.features.map((f) => ({
    code: f.code,
    name: f.name,
    on: f.cells.STANDARD !== "-",
    variant: variant(f.cells.STANDARD),
    unlockedBy: PLANS.plans.find((p) => f.cells[p] !== "-") ?? null,
  }));
  return { plan: "STANDARD", features: Object.fromEntries(catalogue.map((e) => [e.code, e.on])), catalogue };
}

describe("groupFeatures", () => {
  it("groups every feature of docs/plans.md by its letter, in docs/plans.md's order", () => {
    const groups = groupFeatures(standard(), PLANS);
    expect(groups.map((g) => g.letter)).toEqual(["A", "B", "C", "D", "E", "F", "G", "H", "J", "K", "L"]);
    expect(groups.flatMap((g) => g.features)).toHaveLength(59);
    expect(groups[0].features.map((f) => f.code)).toEqual(["A1", "A2", "A3", "A4", "A5", "A6"]);
  });

  it("tells which plan unlocks a locked feature, and the plan's variant of one on", () => {
    const all = groupFeatures(standard(), PLANS).flatMap((g) => g.features);
    const byCode = new Map(all.map((f) => [f.code, f]));
    expect(byCode.get("K1")).toMatchObject({ state: "on", lock: null });
    expect(byCode.get("A3")).toMatchObject({ state: "locked", unlockedBy: "PROFESSIONAL", lock: "upgrade" });
    expect(byCode.get("E4")).toMatchObject({ state: "locked", unlockedBy: "PREMIUM", lock: "upgrade" });
    expect(byCode.get("B4")).toMatchObject({ state: "on", variant: "XP" });
    expect(byCode.get("L5")).toMatchObject({ state: "on", variant: "3 months" });
    expect(byCode.get("A1")).toMatchObject({ state: "on", variant: null });
  });

  it("counts each group's features that are on", () => {
    const groups = groupFeatures(standard(), PLANS);
    const k = groups.find((g) => g.letter === "K")!;
    // Standard: K1, K2, K6, K7 on; K3, K4, K5 locked.
    expect(k.on).toBe(4);
    expect(k.features.filter((f) => f.state === "locked").map((f) => f.code)).toEqual(["K3", "K4", "K5"]);
  });

  it("takes the catalogue's names and orders its groups as the plan matrix does", () => {
    const list: FeatureList = {
      plan: "BASIC",
      features: { K1: false, A1: true, Z9: false },
      catalogue: [
        { code: "K1", name: "activity log", on: false, variant: null, unlockedBy: "STANDARD" },
        { code: "A1", name: "dashboard", on: true, variant: null, unlockedBy: "BASIC" },
        { code: "Z9", name: "future thing", on: false, variant: null, unlockedBy: null },
      ],
    };
    const groups = groupFeatures(list, PLANS);
    expect(groups.map((g) => g.letter)).toEqual(["A", "K", "Z"]);
    expect(groups[1].features[0]).toEqual({ code: "K1", name: "activity log", state: "locked", variant: null, unlockedBy: "STANDARD", lock: "upgrade" });
    expect(groups[2].features[0].lock).toBe("nowhere");
  });

  it("a feature the club's plan has but the platform turned off is locked as disabled, not as an upgrade", () => {
    const list: FeatureList = {
      plan: "PROFESSIONAL",
      features: { B2: false, C5: true },
      catalogue: [
        { code: "B2", name: "tags", on: false, variant: null, unlockedBy: "PROFESSIONAL" },
        { code: "C5", name: "automation", on: true, variant: null, unlockedBy: "VIP" },
      ],
    };
    const [b, c] = groupFeatures(list, PLANS);
    expect(b.features[0]).toMatchObject({ state: "locked", lock: "disabled" });
    // Turned on for this club although its plan lacks it: simply on.
    expect(c.features[0]).toMatchObject({ state: "on", lock: null });
  });

  it("hides the variant of a feature that is locked", () => {
    const list: FeatureList = { plan: "BASIC", features: { B4: false }, catalogue: [{ code: "B4", name: "levels", on: false, variant: "XP", unlockedBy: "STANDARD" }] };
    expect(groupFeatures(list, PLANS)[0].features[0].variant).toBeNull();
  });
});

describe("the plan ladder", () => {
  it("counts the features each plan includes", () => {
    const perPlan = featuresPerPlan(groupFeatures(standard(), PLANS), PLANS.plans);
    expect(perPlan).toEqual({ BASIC: 14, STANDARD: 18, PROFESSIONAL: 41, VIP: 52, PREMIUM: 59 });
  });

  it("knows docs/plans.md's groups from the matrix, in its order", () => {
    expect(groupLetters(PLANS)).toEqual(["A", "B", "C", "D", "E", "F", "G", "H", "J", "K", "L"]);
  });
});
