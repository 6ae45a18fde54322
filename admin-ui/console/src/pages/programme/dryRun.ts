import { toLatinDigits } from "../../lib/digits";
import { normalizeTime, tehranOffset } from "../../lib/tehran";
import { parseWhole } from "./numbers";
import { rowKey } from "./rules";
import type { Errors } from "./validate";

export { normalizeTime, tehranOffset };

/**
 * The sample invoice of the preview: what the operator types, and the body of the dry run (the
 * same invoice a till sends to POST /pos/invoices/dry-run; the staff's twin is
 * POST /programmes/{code}/dry-run). Nothing is stored.
 */

export interface DryRunLine {
  $key: string;
  productGroup: string;
  quantity: string;
  unitPrice: string;
}

export interface DryRunPayment {
  $key: string;
  method: string;
  /** Empty: whatever the lines total that the other payments leave. */
  amount: string;
}

export interface DryRunForm {
  memberCode: string;
  /** The Tehran calendar date (ISO, 2026-11-23); the operator picks it in Jalali. */
  date: string;
  /** Tehran wall-clock time, HH:mm. */
  time: string;
  lines: DryRunLine[];
  payments: DryRunPayment[];
}

export interface DryRunBody {
  memberCode: string;
  issuedAt: string;
  lines: { sku: string; productGroup: string; quantity: number; unitPrice: number }[];
  payments: { method: string; amount: number }[];
}

/** What the server answers (QuoteSale.Quote). */
export interface DryRunQuote {
  total: number;
  eligible: number;
  pointsEarned: number;
  creditEarned: number;
  cashback: number;
  availableAt: string | null;
  programme: string;
  level: string;
  earnMultiplier: number;
  memberGroupCoefficient: number;
  period: string | null;
  periodCoefficient: number;
  discountPercent: number;
}

export function newLine(productGroup = ""): DryRunLine {
  return { $key: rowKey(), productGroup, quantity: "1", unitPrice: "" };
}

export function newPayment(method = "CASH"): DryRunPayment {
  return { $key: rowKey(), method, amount: "" };
}

/** Each line's total (quantity × unit price), null where it cannot be read yet. */
export function lineTotal(line: DryRunLine): number | null {
  const q = parseWhole(line.quantity);
  const p = parseWhole(line.unitPrice);
  return q == null || p == null ? null : q * p;
}

export function linesTotal(form: DryRunForm): number {
  return form.lines.reduce((sum, l) => sum + (lineTotal(l) ?? 0), 0);
}

/** The amount each payment stands for: its own, or for an empty one what the others leave of the total. */
export function paymentAmounts(form: DryRunForm): (number | null)[] {
  const given = form.payments.map((p) => (p.amount.trim() === "" ? null : parseWhole(p.amount)));
  const empties = form.payments.filter((p) => p.amount.trim() === "").length;
  const rest = linesTotal(form) - given.reduce<number>((s, a) => s + (a ?? 0), 0);
  return form.payments.map((p, i) => {
    if (p.amount.trim() !== "") return given[i];
    // Only one payment may take "the rest"; two empty ones are a question the operator answers.
    return empties === 1 && rest > 0 ? rest : null;
  });
}

/**
 * The dry run's body, or the mistakes to fix first (by the server's field names: memberCode,
 * issuedAt, lines[0].unitPrice, payments[1].amount, payments).
 */
export function dryRunBody(form: DryRunForm): { body: DryRunBody | null; errors: Errors } {
  const errors: Errors = {};
  const add = (path: string, key: string, values?: Record<string, string | number>) => {
    if (!errors[path]) errors[path] = { key, values };
  };
  const memberCode = toLatinDigits(form.memberCode).trim();
  if (!memberCode) add("memberCode", "required");
  const time = normalizeTime(form.time);
  if (!/^\d{4}-\d{2}-\d{2}$/.test(form.date)) add("date", "required");
  if (!time) add("time", "time");
  if (form.lines.length === 0) add("lines", "lineNeeded");
  const lines = form.lines.map((l, i) => {
    const group = l.productGroup.trim();
    if (!group) add(`lines[${i}].productGroup`, "required");
    else if (group.length > 64) add(`lines[${i}].productGroup`, "tooLong", { max: 64 });
    const quantity = parseWhole(l.quantity);
    if (quantity == null || quantity < 1) add(`lines[${i}].quantity`, "positive");
    const unitPrice = parseWhole(l.unitPrice);
    if (unitPrice == null) add(`lines[${i}].unitPrice`, l.unitPrice.trim() ? "whole" : "required");
    return { sku: `preview-${i + 1}`, productGroup: group, quantity: quantity ?? 0, unitPrice: unitPrice ?? 0 };
  });
  if (form.payments.length === 0) add("payments", "paymentNeeded");
  const amounts = paymentAmounts(form);
  const payments = form.payments.map((p, i) => {
    const amount = amounts[i];
    if (amount == null || amount < 1) add(`payments[${i}].amount`, p.amount.trim() ? "positive" : "required");
    return { method: p.method, amount: amount ?? 0 };
  });
  const total = linesTotal(form);
  const paid = payments.reduce((s, p) => s + p.amount, 0);
  if (Object.keys(errors).length === 0 && paid !== total) add("payments", "paymentsTotal", { paid, total });
  if (Object.keys(errors).length > 0 || !time) return { body: null, errors };
  return {
    body: { memberCode, issuedAt: `${form.date}T${time}:00${tehranOffset(form.date, time)}`, lines, payments },
    errors,
  };
}
