import { describe, expect, it } from "vitest";
import demo from "./__fixtures__/demo-programme.json";
import { canonicalDecimal, canonicalWhole } from "./numbers";
import { deepEqual, emptyRow, getIn, levelsBody, rebase, setIn, toBody, toForm, updateBody, type JsonObject, type PeriodRow, type Programme, type ProgrammeForm, type TierRow } from "./rules";
import { formPath, isPlaced, sectionOf, validate } from "./validate";

const programme = demo as unknown as Programme;
const clone = <T>(x: T): T => JSON.parse(JSON.stringify(x)) as T;
const everything = { has: () => true, memberGroups: ["A", "B"] };

describe("the programme form", () => {
  it("gives back the demo programme's document exactly when nothing is edited", () => {
    const body = toBody(toForm(programme));
    expect(body).toEqual({ name: programme.name, rules: programme.rules });
    // Fields the server left out (a product group's credit coefficient) stay left out, not null.
    expect(Object.keys((body.rules.earning as JsonObject).productGroups as unknown as object)).toHaveLength(2);
    expect(((body.rules.earning as { productGroups: JsonObject[] }).productGroups[0])).not.toHaveProperty("credit");
    expect(JSON.stringify(body.rules)).toBe(JSON.stringify(programme.rules));
  });

  it("keeps fields it does not know, at every depth, through edits of others", () => {
    const doc = clone(programme);
    const rules = doc.rules as Record<string, any>;
    rules.futureSection = { enabled: true, list: [1, 2] };
    rules.earning.roundingMode = "DOWN";
    rules.earning.periods[0].note = "برای ماه رمضان";
    rules.levels.tiers[1].colour = "#c0c0c0";
    rules.expiry.points.notify = 7;
    rules.earning.productGroups[1].credit = null;

    let form = toForm(doc);
    form = setIn(form, "rules.earning.rialsPerPoint", canonicalWhole("۲۰٬۰۰۰"));
    form = setIn(form, "rules.levels.tiers[1].name", "نقره");
    form = setIn(form, "rules.earning.periods[1].points", canonicalDecimal("۱٫۷۵"));
    const body = toBody(form).rules as Record<string, any>;

    expect(body.futureSection).toEqual({ enabled: true, list: [1, 2] });
    expect(body.earning.roundingMode).toBe("DOWN");
    expect(body.earning.periods[0].note).toBe("برای ماه رمضان");
    expect(body.levels.tiers[1].colour).toBe("#c0c0c0");
    expect(body.expiry.points.notify).toBe(7);
    // An untouched null stays null.
    expect(body.earning.productGroups[1].credit).toBeNull();
    // The edits, as numbers the server reads.
    expect(body.earning.rialsPerPoint).toBe(20000);
    expect(body.levels.tiers[1].name).toBe("نقره");
    expect(body.earning.periods[1].points).toBe(1.75);
    // Everything else as it was.
    const expected = clone(rules);
    expected.earning.rialsPerPoint = 20000;
    expected.levels.tiers[1].name = "نقره";
    expected.earning.periods[1].points = 1.75;
    expect(body).toEqual(expected);
  });

  it("turns edits into the server's types and drops cleared fields", () => {
    let form = toForm(programme);
    form = setIn(form, "rules.earning.creditPercent", "");
    form = setIn(form, "rules.earning.memberGroups[0].points", "1.50");
    form = setIn(form, "rules.earning.periods[0].weekdays", ["FRIDAY", "THURSDAY"]);
    form = setIn(form, "rules.earning.periods[1].months", [12, 1]);
    form = setIn(form, "rules.conversion.enabled", false);
    form = setIn(form, "rules.allowNegativeBalance", true);
    form = setIn(form, "rules.expiry.points", { ...form.rules.expiry.points, rule: "DAYS", count: "365" });
    const rules = toBody(form).rules as Record<string, any>;
    expect(rules.earning).not.toHaveProperty("creditPercent");
    expect(rules.earning.memberGroups[0].points).toBe(1.5);
    expect(rules.earning.memberGroups[0].credit).toBe(1.2);
    // Weekdays and months in the calendar's order, whatever order they were clicked in.
    expect(rules.earning.periods[0].weekdays).toEqual(["THURSDAY", "FRIDAY"]);
    expect(rules.earning.periods[1].months).toEqual([1, 12]);
    expect(rules.conversion.enabled).toBe(false);
    expect(rules.allowNegativeBalance).toBe(true);
    expect(rules.expiry.points).toEqual({ rule: "DAYS", count: 365 });
  });

  it("keeps the order of a list of days it did not change", () => {
    const doc = clone(programme);
    (doc.rules as any).earning.periods[0].weekdays = ["FRIDAY", "SATURDAY"];
    const form = toForm(doc);
    expect((toBody(form).rules as any).earning.periods[0].weekdays).toEqual(["FRIDAY", "SATURDAY"]);
  });

  it("adds, removes and reorders rows, carrying each row's own unknown fields", () => {
    const doc = clone(programme);
    (doc.rules as any).levels.tiers[2].colour = "gold";
    let form = toForm(doc);
    const tiers = [...form.rules.levels.tiers];
    tiers.splice(1, 1); // SILVER goes
    tiers.push(emptyRow<TierRow>("rules.levels.tiers", { code: "VIP", name: "ویژه", threshold: "50000000", earnMultiplier: "2" }));
    form = setIn(form, "rules.levels.tiers", tiers);
    form = setIn(form, "rules.earning.periods", [...form.rules.earning.periods, emptyRow<PeriodRow>("rules.earning.periods", { name: "صبح جمعه", weekdays: ["FRIDAY"], fromHour: "8", toHour: "12", points: "2" })]);
    const rules = toBody(form).rules as Record<string, any>;
    expect(rules.levels.tiers.map((t: { code: string }) => t.code)).toEqual(["BRONZE", "GOLD", "VIP"]);
    expect(rules.levels.tiers[1].colour).toBe("gold");
    expect(rules.levels.tiers[2]).toEqual({ code: "VIP", name: "ویژه", threshold: 50000000, earnMultiplier: 2 });
    expect(rules.earning.periods[2]).toEqual({ name: "صبح جمعه", weekdays: ["FRIDAY"], fromHour: 8, toHour: 12, points: 2 });
  });

  it("wraps the document in the bodies of the two PUTs", () => {
    const form = setIn(toForm(programme), "rules.levels.graceDays", "14");
    const update = updateBody(form, 7);
    expect(update.version).toBe(7);
    expect(update.name).toBe(programme.name);
    expect((update.rules.levels as any).graceDays).toBe(14);
    const levels = levelsBody(form, 7);
    expect(levels).toEqual({ version: 7, levels: { ...(programme.rules as any).levels, graceDays: 14 } });
  });

  it("starts a programme without stored rules from nothing and sends nothing it was not given", () => {
    const form = toForm({ name: "تازه", rules: null });
    expect(toBody(form)).toEqual({ name: "تازه", rules: {} });
    const edited = setIn(form, "rules.earning.rialsPerPoint", "5000");
    expect(toBody(edited).rules).toEqual({ earning: { rialsPerPoint: 5000 } });
  });

  it("reads and writes the form by JSON path", () => {
    const form = toForm(programme);
    expect(getIn(form, "rules.levels.tiers[2].code")).toBe("GOLD");
    expect(getIn(form, "rules.earning.periods[0].weekdays")).toEqual(["FRIDAY"]);
    const next = setIn(form, "rules.levels.tiers[2].name", "زرین");
    expect(getIn(next, "rules.levels.tiers[2].name")).toBe("زرین");
    expect(getIn(form, "rules.levels.tiers[2].name")).toBe("طلایی");
    expect(next.rules.earning).toBe(form.rules.earning);
  });
});

describe("after someone else saved (409)", () => {
  it("keeps this operator's edits and takes the rest from their version", () => {
    const original = { name: programme.name, rules: clone(programme.rules) } as unknown as JsonObject;
    const mine = clone(original) as any;
    mine.rules.earning.rialsPerPoint = 20000;
    const theirs = clone(original) as any;
    theirs.rules.levels.graceDays = 60;
    theirs.rules.earning.rialsPerPoint = 15000;
    theirs.rules.expiry.credit = { rule: "NEVER" };
    const merged = rebase(original, mine, theirs) as any;
    expect(merged.rules.earning.rialsPerPoint).toBe(20000);
    expect(merged.rules.levels.graceDays).toBe(60);
    expect(merged.rules.expiry.credit).toEqual({ rule: "NEVER" });
    expect(deepEqual(merged.rules.bonuses, theirs.rules.bonuses)).toBe(true);
  });
});

describe("checking the form", () => {
  const check = (edit: (f: ProgrammeForm) => ProgrammeForm, ctx = everything) => validate(edit(toForm(programme)), ctx);

  it("finds nothing wrong with the demo programme", () => {
    expect(validate(toForm(programme), everything)).toEqual({});
  });

  it("names each mistake by the server's JSON path", () => {
    const errors = check((f) => {
      f = setIn(f, "rules.earning.productGroups[0].points", "1.23456");
      f = setIn(f, "rules.earning.creditPercent", "2.555");
      f = setIn(f, "rules.earning.periods[1].toHour", "");
      f = setIn(f, "rules.levels.tiers[2].threshold", "5000000");
      f = setIn(f, "rules.levels.tiers[0].threshold", "10");
      f = setIn(f, "rules.conversion.rates[0].memberGroup", "Z");
      f = setIn(f, "rules.expiry.credit.count", "");
      f = setIn(f, "rules.bonuses.thresholds[0].bonusPoints", "0");
      return f;
    });
    expect(Object.keys(errors).sort()).toEqual(
      [
        "rules.earning.productGroups[0].points",
        "rules.earning.creditPercent",
        "rules.earning.periods[1].toHour",
        "rules.levels.tiers[2].threshold",
        "rules.levels.tiers[0].threshold",
        "rules.conversion.rates[0].memberGroup",
        "rules.expiry.credit.count",
        "rules.bonuses.thresholds[0].bonusPoints",
      ].sort(),
    );
    expect(errors["rules.levels.tiers[2].threshold"]).toEqual({ key: "thresholdAscending", values: undefined });
    expect(errors["rules.conversion.rates[0].memberGroup"]).toEqual({ key: "unknownGroup", values: { group: "Z" } });
  });

  it("refuses a level discount or cashback the plan does not have", () => {
    const errors = validate(toForm(programme), { has: (f) => f !== "D1" && f !== "D5" });
    expect(errors["rules.levels.tiers[1].discountPercent"]).toEqual({ key: "featureLocked", values: { feature: "D1" } });
    expect(errors["rules.levels.tiers[2].cashbackPercent"]).toEqual({ key: "featureLocked", values: { feature: "D5" } });
    expect(errors["rules.levels.tiers[0].discountPercent"]).toBeUndefined();
  });

  it("checks only the levels when only the levels are saved", () => {
    const form = setIn(setIn(toForm(programme), "rules.earning.rialsPerPoint", "x"), "rules.levels.windowDays", "0");
    expect(Object.keys(validate(form, { ...everything, levelsOnly: true }))).toEqual(["rules.levels.windowDays"]);
  });
});

describe("the server's errors", () => {
  it("are placed beside the input of their path", () => {
    expect(formPath("rules.earning.periods[1].toHour", false)).toBe("rules.earning.periods[1].toHour");
    expect(formPath("rules.earning.periods[0].weekdays[2]", false)).toBe("rules.earning.periods[0].weekdays");
    expect(formPath("tiers[0].code", true)).toBe("rules.levels.tiers[0].code");
    expect(formPath("basis", true)).toBe("rules.levels.basis");
    expect(formPath("version", true)).toBe("version");
    expect(isPlaced("rules.earning.periods[1].toHour")).toBe(true);
    expect(isPlaced("rules.bonuses.referral")).toBe(true);
    expect(isPlaced("version")).toBe(false);
    expect(isPlaced("rules.earning.productGroups[0]")).toBe(false);
    expect(sectionOf("rules.bonuses.joining")).toBe("conversion");
    expect(sectionOf("rules.allowNegativeBalance")).toBe("earning");
  });
});
