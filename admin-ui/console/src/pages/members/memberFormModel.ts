import { toLatinDigits } from "../../lib/digits";
import { normalizeMobile, normalizeNationalCode } from "../../lib/validation";
import type { ApiError } from "../../lib/api";
import type { MemberView } from "./types";

/** The fields of M1 as POST /members takes them (MemberForm in tenant-modules/members), all text. */
export const MEMBER_FIELDS = [
  "title",
  "firstName",
  "lastName",
  "group",
  "category",
  "nationalCode",
  "birthDate",
  "marriageDate",
  "educationDegree",
  "educationField",
  "mobile",
  "phone",
  "otherPhones",
  "address",
  "city",
  "postalCode",
  "email",
  "referrerCode",
  "notes",
  "externalRef",
] as const;

export type MemberField = (typeof MEMBER_FIELDS)[number];
export type MemberValues = Record<MemberField, string>;

/** A message key of the members namespace, with what it needs (the maximum length). */
export interface FieldProblem {
  key: string;
  max?: number;
  /** A server message with no translation, shown as it came. */
  text?: string;
  /** The other member a duplicate belongs to. */
  code?: string;
}
export type FieldProblems = Partial<Record<MemberField | "cardType" | "tags", FieldProblem>>;

export const emptyMember = (): MemberValues => Object.fromEntries(MEMBER_FIELDS.map((f) => [f, ""])) as MemberValues;

/** The same limits as MemberForm.validated. */
const MAX: Partial<Record<MemberField, number>> = {
  title: 40,
  firstName: 100,
  lastName: 100,
  educationDegree: 60,
  educationField: 100,
  otherPhones: 300,
  address: 800,
  city: 100,
  email: 200,
  notes: 2000,
  externalRef: 64,
};

const EMAIL = /^[^@\s]{1,64}@[^@\s]+\.[^@\s]{2,}$/;
const blank = (s: string | null | undefined) => s == null || s.trim() === "";
const compactDigits = (s: string) => toLatinDigits(s).replace(/[\s-]/g, "");
const phoneDigits = (s: string) => toLatinDigits(s).replace(/[\s\-()]/g, "");
/** Arabic yeh and kaf typed on an Arabic keyboard layout, as the Persian letters. */
export const persianLetters = (s: string) => s.replace(/\u064A/g, "\u06CC").replace(/\u0643/g, "\u06A9");

/**
 * One field's problem, or undefined: the rules of the server's MemberForm, so that the operator
 * learns at the field, as he types, what the server would refuse. {@code required} lists the fields
 * that may not be blank (registration: first and last name and mobile).
 */
export function checkField(field: MemberField, value: string, required: boolean): FieldProblem | undefined {
  if (blank(value)) return required ? { key: "errors.required" } : undefined;
  const max = MAX[field];
  if (max != null && value.trim().length > max) return { key: "errors.tooLong", max };
  switch (field) {
    case "mobile":
      return normalizeMobile(value) ? undefined : { key: "errors.mobile" };
    case "nationalCode":
      return normalizeNationalCode(value) ? undefined : { key: "errors.nationalCode" };
    case "email":
      return EMAIL.test(value.trim()) ? undefined : { key: "errors.email" };
    case "postalCode":
      return /^\d{10}$/.test(compactDigits(value)) ? undefined : { key: "errors.postalCode" };
    case "phone":
      return /^\+?\d{4,15}$/.test(phoneDigits(value)) ? undefined : { key: "errors.phone" };
    case "referrerCode":
      return /^\d{1,20}$/.test(compactDigits(value)) ? undefined : { key: "errors.referrerCode" };
    default:
      return undefined;
  }
}

export const REQUIRED: ReadonlySet<MemberField> = new Set(["firstName", "lastName", "mobile"]);

export function checkAll(values: MemberValues, required: ReadonlySet<MemberField> = REQUIRED): FieldProblems {
  const problems: FieldProblems = {};
  for (const f of MEMBER_FIELDS) {
    const p = checkField(f, values[f], required.has(f));
    if (p) problems[f] = p;
  }
  return problems;
}

/** One field as the API stores it: normalised mobile and national code, Latin digits, trimmed text. */
export function normaliseField(field: MemberField, value: string): string | null {
  if (blank(value)) return null;
  switch (field) {
    case "mobile":
      return normalizeMobile(value) ?? value.trim();
    case "nationalCode":
      return normalizeNationalCode(value) ?? value.trim();
    case "postalCode":
    case "referrerCode":
      return compactDigits(value);
    case "phone":
      return phoneDigits(value);
    case "otherPhones":
      return toLatinDigits(value).trim();
    case "email":
      return value.trim().toLowerCase();
    case "title":
    case "firstName":
    case "lastName":
    case "educationDegree":
    case "educationField":
    case "address":
    case "city":
    case "notes":
      return persianLetters(value.trim());
    default:
      return value.trim();
  }
}

/** The body of POST /members: every filled field, normalised; blank ones left out. */
export function registrationBody(values: MemberValues): Record<string, string> {
  const body: Record<string, string> = {};
  for (const f of MEMBER_FIELDS) {
    const v = normaliseField(f, values[f]);
    if (v != null) body[f] = v;
  }
  return body;
}

/** A member's stored fields as the form's values (the national code is masked, so it starts blank). */
export function valuesOf(m: MemberView): MemberValues {
  const v = emptyMember();
  for (const f of MEMBER_FIELDS) {
    if (f === "nationalCode") continue;
    const x = (m as unknown as Record<string, unknown>)[f];
    v[f] = x == null ? "" : String(x);
  }
  return v;
}

/**
 * The body of PATCH /members/{code}: the fields that changed, null for one cleared. A blank national
 * code means "keep it" (the view only shows it masked), never "clear it".
 */
export function editBody(before: MemberValues, after: MemberValues): Record<string, string | null> {
  const body: Record<string, string | null> = {};
  for (const f of MEMBER_FIELDS) {
    if (f === "nationalCode" && blank(after[f])) continue;
    const a = normaliseField(f, after[f]);
    const b = normaliseField(f, before[f]);
    if (a !== b) body[f] = a;
  }
  return body;
}

/** The server's field errors (422, 409) on the form's fields, in the operator's words where known. */
export function serverProblems(error: ApiError | null | undefined): FieldProblems {
  const problems: FieldProblems = {};
  if (!error) return problems;
  for (const e of error.errors) {
    const field = e.field.split(".").pop() as MemberField;
    if (!(MEMBER_FIELDS as readonly string[]).includes(field)) continue;
    problems[field] = translateServerMessage(field, e.message, error.detail);
  }
  return problems;
}

function translateServerMessage(field: MemberField, message: string, detail: string | undefined): FieldProblem {
  const m = message.toLowerCase();
  if (m === "is required") return { key: "errors.required" };
  if (m.startsWith("already registered")) {
    const other = /member (\d+)/.exec(detail ?? "")?.[1];
    return other ? { key: "errors.duplicateOf", code: other } : { key: "errors.duplicate" };
  }
  if (m.startsWith("no member with code")) return { key: "errors.referrerUnknown" };
  if (m.includes("own referrer")) return { key: "errors.referrerSelf" };
  if (m.startsWith("no member group") || m.startsWith("no member category")) return { key: "errors.unknownCatalogue" };
  if (m.includes("must be at most")) return { key: "errors.tooLong", max: Number(/(\d+)/.exec(m)?.[1]) || MAX[field] };
  if (m.includes("past date") || m.includes("yyyy-mm-dd")) return { key: "errors.date" };
  const own: Partial<Record<MemberField, string>> = {
    mobile: "errors.mobile",
    nationalCode: "errors.nationalCode",
    email: "errors.email",
    postalCode: "errors.postalCode",
    phone: "errors.phone",
    referrerCode: "errors.referrerCode",
  };
  const key = own[field];
  return key ? { key } : { key: "", text: message };
}
