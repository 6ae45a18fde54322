import { canonicalWhole, decimalPlaces, parseDecimal, parseWhole } from "./numbers";
import { EXPIRY_RULES, LEVEL_BASES, PERIOD_KINDS, type GroupCoefficientRow, type ProgrammeForm } from "./rules";

/**
 * The form checked before it is sent, by the server's own rules (ProgrammeRulesCheck and
 * ConfigureProgramme), each mistake under the JSON path the server would name it by, so the
 * operator sees every mistake beside its input at once and the server's answer is the exception.
 */

/** A message for one input: a key of the programme namespace's `errors`, or the server's own words. */
export type Message = { key: string; values?: Record<string, string | number> } | { text: string };
export type Errors = Record<string, Message>;

export interface CheckContext {
  /** The club's member group codes, when known: rules may name only those. */
  memberGroups?: string[];
  /** Whether the club's plan has a feature (D1 discount, D5 cashback per level). */
  has: (feature: string) => boolean;
  /** Only the levels are being saved (B4 without A3). */
  levelsOnly?: boolean;
}

const TIER_CODE = /^[A-Z0-9_-]{1,20}$/;

export function validate(form: ProgrammeForm, ctx: CheckContext): Errors {
  const errors: Errors = {};
  const add = (path: string, key: string, values?: Record<string, string | number>) => {
    if (!errors[path]) errors[path] = { key, values };
  };

  /** A whole number in [min, max]; empty is allowed unless required. */
  const whole = (path: string, text: string, min: number, max: number, required = true): number | null => {
    if (text.trim() === "") {
      if (required) add(path, "required");
      return null;
    }
    const n = parseWhole(text);
    if (n == null) {
      add(path, /^-/.test(canonicalWhole(text)) ? "notNegative" : "whole");
      return null;
    }
    if (n < min || n > max) add(path, "range", { min, max });
    return n;
  };
  const coefficient = (path: string, text: string, required = false) => {
    if (text.trim() === "") {
      if (required) add(path, "required");
      return;
    }
    const n = parseDecimal(text);
    if (n == null) add(path, "decimal");
    else if (n > 100 || decimalPlaces(text) > 4) add(path, "coefficient");
  };
  const percent = (path: string, text: string): number => {
    if (text.trim() === "") return 0;
    const n = parseDecimal(text);
    if (n == null) add(path, "decimal");
    else if (n > 100 || decimalPlaces(text) > 2) add(path, "percent");
    return n ?? 0;
  };
  const text = (path: string, value: string, max: number, required = true): string => {
    const t = value.trim();
    if (!t) {
      if (required) add(path, "required");
    } else if (t.length > max) add(path, "tooLong", { max });
    return t;
  };
  const knownGroup = (path: string, group: string) => {
    if (group && ctx.memberGroups && !ctx.memberGroups.includes(group)) add(path, "unknownGroup", { group });
  };

  const r = form.rules;
  if (!ctx.levelsOnly) {
    text("name", form.name, 100);

    const e = r.earning;
    whole("rules.earning.rialsPerPoint", e.rialsPerPoint, 0, 1_000_000_000);
    percent("rules.earning.creditPercent", e.creditPercent);
    const groups = (list: GroupCoefficientRow[], at: string, members: boolean) => {
      const seen = new Set<string>();
      list.forEach((g, i) => {
        const p = `${at}[${i}]`;
        const name = text(`${p}.group`, g.group, 64);
        if (name) {
          if (seen.has(name)) add(`${p}.group`, "duplicate");
          seen.add(name);
          if (members) knownGroup(`${p}.group`, name);
        }
        coefficient(`${p}.points`, g.points);
        coefficient(`${p}.credit`, g.credit);
      });
    };
    groups(e.productGroups, "rules.earning.productGroups", false);
    groups(e.memberGroups, "rules.earning.memberGroups", true);
    const periodNames = new Set<string>();
    e.periods.forEach((x, i) => {
      const p = `rules.earning.periods[${i}]`;
      const name = text(`${p}.name`, x.name, 100);
      if (name) {
        if (periodNames.has(name)) add(`${p}.name`, "duplicate");
        periodNames.add(name);
      }
      if (x.kind && !(PERIOD_KINDS as readonly string[]).includes(x.kind)) add(`${p}.kind`, "choose");
      if (x.from && x.to && x.to < x.from) add(`${p}.to`, "toBeforeFrom");
      const from = whole(`${p}.fromHour`, x.fromHour, 0, 23, false);
      const to = whole(`${p}.toHour`, x.toHour, 1, 24, false);
      if ((x.fromHour.trim() === "") !== (x.toHour.trim() === "")) add(x.fromHour.trim() === "" ? `${p}.fromHour` : `${p}.toHour`, "hoursBoth");
      else if (from != null && to != null && from === to) add(`${p}.toHour`, "hoursSame");
      coefficient(`${p}.points`, x.points);
      coefficient(`${p}.credit`, x.credit);
    });
    whole("rules.earning.returnWindowDays", e.returnWindowDays, 0, 365);

    for (const asset of ["points", "credit"] as const) {
      const x = r.expiry[asset];
      const p = `rules.expiry.${asset}`;
      if (!(EXPIRY_RULES as readonly string[]).includes(x.rule)) add(`${p}.rule`, "choose");
      else if (x.rule === "DAYS") whole(`${p}.count`, x.count, 1, 3650);
      else if (x.rule === "END_OF_MONTH") whole(`${p}.count`, x.count, 0, 120, false);
      else if (x.rule === "END_OF_YEAR") whole(`${p}.count`, x.count, 0, 10, false);
    }

    const b = r.bonuses;
    whole("rules.bonuses.joining.points", b.joining.points, 0, 1_000_000_000, false);
    whole("rules.bonuses.joining.credit", b.joining.credit, 0, 100_000_000_000, false);
    whole("rules.bonuses.referral.referrerPoints", b.referral.referrerPoints, 0, 1_000_000_000, false);
    whole("rules.bonuses.referral.referrerCredit", b.referral.referrerCredit, 0, 100_000_000_000, false);
    whole("rules.bonuses.referral.refereePoints", b.referral.refereePoints, 0, 1_000_000_000, false);
    whole("rules.bonuses.referral.refereeCredit", b.referral.refereeCredit, 0, 100_000_000_000, false);
    whole("rules.bonuses.referral.maxPerReferrer", b.referral.maxPerReferrer, 1, 1_000_000, false);
    const bonusNames = new Set<string>();
    b.thresholds.forEach((x, i) => {
      const p = `rules.bonuses.thresholds[${i}]`;
      const name = text(`${p}.name`, x.name, 60);
      if (name) {
        if (bonusNames.has(name)) add(`${p}.name`, "duplicate");
        bonusNames.add(name);
      }
      knownGroup(`${p}.memberGroup`, x.memberGroup.trim());
      whole(`${p}.points`, x.points, 1, 1_000_000_000);
      whole(`${p}.withinDays`, x.withinDays, 1, 365);
      const bp = whole(`${p}.bonusPoints`, x.bonusPoints, 0, 1_000_000_000, false) ?? 0;
      const bc = whole(`${p}.bonusCredit`, x.bonusCredit, 0, 100_000_000_000, false) ?? 0;
      if (bp + bc === 0 && !errors[`${p}.bonusPoints`] && !errors[`${p}.bonusCredit`]) add(`${p}.bonusPoints`, "bonusEmpty");
    });

    const c = r.conversion;
    whole("rules.conversion.minimumPoints", c.minimumPoints, 0, 1_000_000_000_000, false);
    const rateGroups = new Set<string>();
    c.rates.forEach((x, i) => {
      const p = `rules.conversion.rates[${i}]`;
      const g = x.memberGroup.trim();
      if (rateGroups.has(g)) add(`${p}.memberGroup`, g ? "duplicate" : "oneWithoutGroup");
      rateGroups.add(g);
      knownGroup(`${p}.memberGroup`, g);
      whole(`${p}.points`, x.points, 1, 1_000_000_000);
      whole(`${p}.rials`, x.rials, 1, 100_000_000_000);
    });
    if (c.enabled && c.rates.length === 0) add("rules.conversion.rates", "rateNeeded");
  }

  const l = r.levels;
  if (!(LEVEL_BASES as readonly string[]).includes(l.basis)) add("rules.levels.basis", "choose");
  whole("rules.levels.windowDays", l.windowDays, 1, 3650);
  whole("rules.levels.graceDays", l.graceDays, 0, 365);
  const weighted = new Set<string>();
  l.productGroupWeights.forEach((w, i) => {
    const p = `rules.levels.productGroupWeights[${i}]`;
    const g = text(`${p}.group`, w.group, 64);
    if (g) {
      if (weighted.has(g)) add(`${p}.group`, "duplicate");
      weighted.add(g);
    }
    coefficient(`${p}.weight`, w.weight, true);
  });
  if (l.tiers.length === 0) add("rules.levels.tiers", "tiersRequired");
  const codes = new Set<string>();
  let previous = -1;
  l.tiers.forEach((t, i) => {
    const p = `rules.levels.tiers[${i}]`;
    const code = t.code.trim();
    if (!TIER_CODE.test(code)) add(`${p}.code`, code ? "tierCode" : "required");
    else if (codes.has(code)) add(`${p}.code`, "duplicate");
    codes.add(code);
    text(`${p}.name`, t.name, 60);
    text(`${p}.nameEn`, t.nameEn, 60, false);
    const threshold = whole(`${p}.threshold`, t.threshold, 0, Number.MAX_SAFE_INTEGER, false) ?? (t.threshold.trim() === "" ? 0 : null);
    if (threshold != null) {
      if (i === 0 && threshold !== 0) add(`${p}.threshold`, "firstTierZero");
      if (i > 0 && threshold <= previous) add(`${p}.threshold`, "thresholdAscending");
      previous = threshold;
    }
    coefficient(`${p}.earnMultiplier`, t.earnMultiplier);
    if (percent(`${p}.discountPercent`, t.discountPercent) > 0 && !ctx.has("D1")) add(`${p}.discountPercent`, "featureLocked", { feature: "D1" });
    if (percent(`${p}.cashbackPercent`, t.cashbackPercent) > 0 && !ctx.has("D5")) add(`${p}.cashbackPercent`, "featureLocked", { feature: "D5" });
  });
  return errors;
}

// ---- The server's errors -----------------------------------------------------------------------

/**
 * The path of a server error in the form's terms. PUT /programmes/{code} names fields
 * "rules.earning…"; PUT /programmes/{code}/levels names them from the levels ("tiers[0].code"). A
 * value inside a list of plain values (weekdays[2]) belongs to the list's input.
 */
export function formPath(serverField: string, levelsOnly: boolean): string {
  let p = serverField.replace(/^\$\.?/, "").replace(/^body\./, "");
  if (levelsOnly) {
    if (p === "levels" || p.startsWith("levels.")) p = `rules.${p}`;
    else if (p !== "version") p = p ? `rules.levels.${p}` : "rules.levels";
  }
  return p.replace(/\.(weekdays|months|weeksOfMonth|methods)\[\d+\]$/, ".$1");
}

/** The screen's sections, by the first part of the path they edit. */
export type Section = "earning" | "levels" | "expiry" | "conversion";

export function sectionOf(path: string): Section | null {
  if (path.startsWith("rules.earning") || path === "rules.allowNegativeBalance") return "earning";
  if (path.startsWith("rules.levels")) return "levels";
  if (path.startsWith("rules.expiry")) return "expiry";
  if (path.startsWith("rules.conversion") || path.startsWith("rules.bonuses")) return "conversion";
  return null;
}

// Every path the screen has an input (or a list) for; the server's other errors go to the alert.
const PLACED: RegExp[] = [
  /^name$/,
  /^rules\.allowNegativeBalance$/,
  /^rules\.earning\.(rialsPerPoint|creditPercent|methods|returnWindowDays)$/,
  /^rules\.earning\.(productGroups|memberGroups)\[\d+\]\.(group|points|credit)$/,
  /^rules\.earning\.periods\[\d+\]\.(name|kind|from|to|weekdays|months|weeksOfMonth|fromHour|toHour|points|credit)$/,
  /^rules\.expiry\.(points|credit)\.(rule|count)$/,
  /^rules\.bonuses\.(joining|referral)(\.\w+)?$/,
  /^rules\.bonuses\.thresholds\[\d+\]\.(name|memberGroup|points|withinDays|bonusPoints|bonusCredit)$/,
  /^rules\.conversion\.(minimumPoints|rates)$/,
  /^rules\.conversion\.rates\[\d+\]\.(memberGroup|points|rials)$/,
  /^rules\.levels\.(basis|windowDays|graceDays|tiers)$/,
  /^rules\.levels\.productGroupWeights\[\d+\]\.(group|weight)$/,
  /^rules\.levels\.tiers\[\d+\]\.(code|name|nameEn|threshold|earnMultiplier|discountPercent|cashbackPercent)$/,
];

/** Whether the screen shows an error at this path beside an input. */
export function isPlaced(path: string): boolean {
  return PLACED.some((re) => re.test(path));
}
