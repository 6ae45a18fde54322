import { parseDecimal, parseWhole } from "./numbers";

/**
 * A loyalty programme as the server keeps it (ProgrammeRules in tenant-modules/loyalty: one JSON
 * document with a version) and as the screen edits it. The form mirrors the document key for key,
 * so a JSON path the server names in an error ("rules.earning.periods[1].toHour") is also the path of
 * the input to show it beside. Every object of the form remembers the object it came from ($base):
 * what the form does not know (a field a newer server added) and what the operator did not touch
 * go back exactly as they came.
 */

export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
export type JsonObject = { [key: string]: Json };

export interface Programme {
  code: string;
  name: string;
  isDefault: boolean;
  version: number;
  rules: JsonObject | null;
  updatedAt?: string;
}

export const WEEKDAYS = ["SATURDAY", "SUNDAY", "MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY"] as const;
export const MONTHS = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12] as const;
export const WEEKS_OF_MONTH = [1, 2, 3, 4, 5] as const;
export const METHODS = ["CASH", "CARD", "ONLINE", "CREDIT"] as const;
export const PERIOD_KINDS = ["LOW", "HIGH", "PROMO"] as const;
export const EXPIRY_RULES = ["NEVER", "DAYS", "END_OF_MONTH", "END_OF_YEAR"] as const;
export const LEVEL_BASES = ["TURNOVER", "PURCHASES", "POINTS"] as const;

// ---- The form ----------------------------------------------------------------------------------

interface Based {
  $base: JsonObject;
}
interface Row extends Based {
  /** A stable React key for a row the operator may add, move or remove. */
  $key: string;
}

export interface GroupCoefficientRow extends Row {
  group: string;
  points: string;
  credit: string;
}
export interface PeriodRow extends Row {
  name: string;
  kind: string;
  from: string;
  to: string;
  weekdays: string[];
  months: number[];
  weeksOfMonth: number[];
  fromHour: string;
  toHour: string;
  points: string;
  credit: string;
}
export interface EarningForm extends Based {
  rialsPerPoint: string;
  creditPercent: string;
  methods: string[];
  productGroups: GroupCoefficientRow[];
  memberGroups: GroupCoefficientRow[];
  periods: PeriodRow[];
  returnWindowDays: string;
}
export interface ExpiryRuleForm extends Based {
  rule: string;
  count: string;
}
export interface ExpiryForm extends Based {
  points: ExpiryRuleForm;
  credit: ExpiryRuleForm;
}
export interface AwardForm extends Based {
  points: string;
  credit: string;
}
export interface ReferralForm extends Based {
  referrerPoints: string;
  referrerCredit: string;
  refereePoints: string;
  refereeCredit: string;
  maxPerReferrer: string;
}
export interface ThresholdRow extends Row {
  name: string;
  memberGroup: string;
  points: string;
  withinDays: string;
  bonusPoints: string;
  bonusCredit: string;
}
export interface BonusForm extends Based {
  joining: AwardForm;
  referral: ReferralForm;
  thresholds: ThresholdRow[];
}
export interface RateRow extends Row {
  memberGroup: string;
  points: string;
  rials: string;
}
export interface ConversionForm extends Based {
  enabled: boolean;
  minimumPoints: string;
  rates: RateRow[];
}
export interface WeightRow extends Row {
  group: string;
  weight: string;
}
export interface TierRow extends Row {
  code: string;
  name: string;
  nameEn: string;
  threshold: string;
  earnMultiplier: string;
  discountPercent: string;
  cashbackPercent: string;
}
export interface LevelsForm extends Based {
  basis: string;
  windowDays: string;
  graceDays: string;
  productGroupWeights: WeightRow[];
  tiers: TierRow[];
}
export interface RulesForm extends Based {
  earning: EarningForm;
  expiry: ExpiryForm;
  bonuses: BonusForm;
  conversion: ConversionForm;
  levels: LevelsForm;
  allowNegativeBalance: boolean;
}
export interface ProgrammeForm extends Based {
  name: string;
  rules: RulesForm;
}

/** The document a form saves: the programme's name and rules (the PUT adds the version). */
export interface ProgrammeBody {
  name?: string;
  rules: JsonObject;
}

// ---- The schema both directions walk ------------------------------------------------------------

type Leaf = "whole" | "decimal" | "text" | "bool" | "date";
interface SetOf {
  set: readonly (string | number)[];
}
interface RowsOf {
  rows: Schema;
}
type Node = Leaf | SetOf | RowsOf | Schema;
interface Schema {
  [key: string]: Node;
}

const coefficient: Schema = { group: "text", points: "decimal", credit: "decimal" };

const SCHEMA: Schema = {
  name: "text",
  rules: {
    earning: {
      rialsPerPoint: "whole",
      creditPercent: "decimal",
      methods: { set: METHODS },
      productGroups: { rows: coefficient },
      memberGroups: { rows: coefficient },
      periods: {
        rows: {
          name: "text",
          kind: "text",
          from: "date",
          to: "date",
          weekdays: { set: WEEKDAYS },
          months: { set: MONTHS },
          weeksOfMonth: { set: WEEKS_OF_MONTH },
          fromHour: "whole",
          toHour: "whole",
          points: "decimal",
          credit: "decimal",
        },
      },
      returnWindowDays: "whole",
    },
    expiry: {
      points: { rule: "text", count: "whole" },
      credit: { rule: "text", count: "whole" },
    },
    bonuses: {
      joining: { points: "whole", credit: "whole" },
      referral: { referrerPoints: "whole", referrerCredit: "whole", refereePoints: "whole", refereeCredit: "whole", maxPerReferrer: "whole" },
      thresholds: { rows: { name: "text", memberGroup: "text", points: "whole", withinDays: "whole", bonusPoints: "whole", bonusCredit: "whole" } },
    },
    conversion: {
      enabled: "bool",
      minimumPoints: "whole",
      rates: { rows: { memberGroup: "text", points: "whole", rials: "whole" } },
    },
    levels: {
      basis: "text",
      windowDays: "whole",
      graceDays: "whole",
      productGroupWeights: { rows: { group: "text", weight: "decimal" } },
      tiers: {
        rows: { code: "text", name: "text", nameEn: "text", threshold: "whole", earnMultiplier: "decimal", discountPercent: "decimal", cashbackPercent: "decimal" },
      },
    },
    allowNegativeBalance: "bool",
  },
};

const isLeaf = (n: Node): n is Leaf => typeof n === "string";
const isSet = (n: Node): n is SetOf => typeof n === "object" && "set" in n && Array.isArray((n as SetOf).set);
const isRows = (n: Node): n is RowsOf => typeof n === "object" && "rows" in n && typeof (n as RowsOf).rows === "object" && !Array.isArray((n as RowsOf).rows);

export function isObject(v: unknown): v is JsonObject {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}

let rowCounter = 0;
/** A fresh row key. */
export function rowKey(): string {
  rowCounter += 1;
  return `r${rowCounter}`;
}

/** How a stored scalar shows in a text input. */
function scalarText(v: Json | undefined): string {
  if (v === null || v === undefined) return "";
  if (typeof v === "number") return Number.isInteger(v) ? String(v) : numberText(v);
  return String(v);
}

/** A decimal without exponent notation (0.0001, never 1e-4). */
function numberText(v: number): string {
  const s = String(v);
  if (!/e/i.test(s)) return s;
  return v.toFixed(10).replace(/0+$/, "").replace(/\.$/, "");
}

function formOf(schema: Schema, json: JsonObject): Record<string, unknown> {
  const out: Record<string, unknown> = { $base: json };
  for (const [key, node] of Object.entries(schema)) {
    const v = json[key];
    if (isLeaf(node)) out[key] = node === "bool" ? v === true : scalarText(v);
    else if (isSet(node)) out[key] = Array.isArray(v) ? [...v] : [];
    else if (isRows(node)) {
      out[key] = (Array.isArray(v) ? v : []).map((item) => ({ ...formOf(node.rows, isObject(item) ? item : {}), $key: rowKey() }));
    } else out[key] = formOf(node, isObject(v) ? v : {});
  }
  return out;
}

/** A new, empty row of the list at {@code path} ("rules.earning.periods"), as the form holds it. */
export function emptyRow<T>(listPath: string, values: Partial<Record<string, unknown>> = {}): T {
  let node: Node = SCHEMA;
  for (const key of listPath.split(".")) {
    if (isLeaf(node) || isSet(node)) throw new Error(`no list at ${listPath}`);
    node = isRows(node) ? node.rows[key] : (node as Schema)[key];
  }
  if (!node || !isRows(node)) throw new Error(`no list at ${listPath}`);
  return { ...formOf(node.rows, {}), $key: rowKey(), ...values } as T;
}

function sameSet(a: readonly unknown[], b: readonly unknown[]): boolean {
  return a.length === b.length && a.every((x) => b.includes(x));
}

function parseLeaf(kind: Leaf, text: string): Json | undefined {
  const t = text.trim();
  if (t === "") return undefined;
  switch (kind) {
    case "whole":
      return parseWhole(t) ?? t;
    case "decimal":
      return parseDecimal(t) ?? t;
    default:
      return t;
  }
}

function bodyOf(schema: Schema, form: Record<string, unknown>): JsonObject {
  const base = (form.$base as JsonObject | undefined) ?? {};
  const out: JsonObject = { ...base };
  for (const [key, node] of Object.entries(schema)) {
    const value = form[key];
    const had = Object.prototype.hasOwnProperty.call(base, key);
    if (isLeaf(node)) {
      if (node === "bool") {
        if (value === (base[key] === true)) continue;
        out[key] = value === true;
        continue;
      }
      // A field the operator left as it came goes back exactly as it came (absent, null, 1.50).
      if (value === scalarText(base[key])) continue;
      const parsed = parseLeaf(node, String(value ?? ""));
      if (parsed === undefined) delete out[key];
      else out[key] = parsed;
    } else if (isSet(node)) {
      const chosen = (value as (string | number)[]) ?? [];
      if (sameSet(chosen, Array.isArray(base[key]) ? (base[key] as Json[]) : [])) continue;
      out[key] = node.set.filter((x) => chosen.includes(x)) as Json[];
    } else if (isRows(node)) {
      const rows = (value as Record<string, unknown>[]) ?? [];
      if (!had && rows.length === 0) continue;
      out[key] = rows.map((r) => bodyOf(node.rows, r));
    } else {
      const child = bodyOf(node, (value as Record<string, unknown>) ?? {});
      if (!had && Object.keys(child).length === 0) continue;
      out[key] = child;
    }
  }
  return out;
}

/** The form of a programme; a programme without stored rules (the code's default) starts from the server's defaults. */
export function toForm(programme: Pick<Programme, "name" | "rules">): ProgrammeForm {
  return formOf(SCHEMA, { name: programme.name, rules: programme.rules ?? {} }) as unknown as ProgrammeForm;
}

/** What the form saves: PUT /programmes/{code} takes this with the version it was loaded at. */
export function toBody(form: ProgrammeForm): ProgrammeBody {
  const body = bodyOf(SCHEMA, form as unknown as Record<string, unknown>);
  return { name: body.name as string | undefined, rules: isObject(body.rules) ? body.rules : {} };
}

/** The body of PUT /programmes/{code}. */
export function updateBody(form: ProgrammeForm, version: number): { name?: string; version: number; rules: JsonObject } {
  const { name, rules } = toBody(form);
  return { name, version, rules };
}

/** The body of PUT /programmes/{code}/levels (B4 without A3: the levels alone). */
export function levelsBody(form: ProgrammeForm, version: number): { version: number; levels: JsonObject } {
  const levels = toBody(form).rules.levels;
  return { version, levels: isObject(levels) ? levels : {} };
}

// ---- Paths -------------------------------------------------------------------------------------

type Token = string | number;

export function parsePath(path: string): Token[] {
  const tokens: Token[] = [];
  for (const part of path.split(".")) {
    const m = /^([^[\]]*)((?:\[\d+\])*)$/.exec(part);
    if (!m) {
      tokens.push(part);
      continue;
    }
    if (m[1]) tokens.push(m[1]);
    for (const idx of m[2].matchAll(/\[(\d+)\]/g)) tokens.push(Number(idx[1]));
  }
  return tokens;
}

export function getIn(obj: unknown, path: string): unknown {
  let at: unknown = obj;
  for (const t of parsePath(path)) {
    if (at == null || typeof at !== "object") return undefined;
    at = (at as Record<string | number, unknown>)[t];
  }
  return at;
}

/** A copy of {@code obj} with {@code value} at {@code path}, sharing everything else. */
export function setIn<T>(obj: T, path: string, value: unknown): T {
  const tokens = parsePath(path);
  const go = (at: unknown, i: number): unknown => {
    if (i === tokens.length) return value;
    const t = tokens[i];
    if (Array.isArray(at)) {
      const copy = [...at];
      copy[t as number] = go(at[t as number], i + 1);
      return copy;
    }
    const o = (at ?? {}) as Record<string, unknown>;
    return { ...o, [t]: go(o[t as string], i + 1) };
  };
  return go(obj, 0) as T;
}

// ---- Deep equality and the three-way rebase after a 409 ----------------------------------------

export function deepEqual(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((x, i) => deepEqual(x, b[i]));
  if (isObject(a) && isObject(b)) {
    const ka = Object.keys(a);
    const kb = Object.keys(b);
    return ka.length === kb.length && ka.every((k) => Object.prototype.hasOwnProperty.call(b, k) && deepEqual(a[k], b[k]));
  }
  return false;
}

/**
 * Someone saved the programme while this operator was editing it (409): his edits ({@code mine}
 * against {@code original}) laid over their version ({@code theirs}). A field he did not change takes
 * theirs; a field he changed keeps his. Lists he changed are kept whole as he left them.
 */
export function rebase(original: Json | undefined, mine: Json | undefined, theirs: Json | undefined): Json | undefined {
  if (deepEqual(original, mine)) return theirs;
  if (isObject(original) && isObject(mine) && isObject(theirs)) {
    const out: JsonObject = {};
    const keys = new Set([...Object.keys(theirs), ...Object.keys(mine), ...Object.keys(original)]);
    for (const k of keys) {
      const v = rebase(original[k], mine[k], theirs[k]);
      if (v !== undefined) out[k] = v;
    }
    return out;
  }
  return mine;
}
