import { toLatinDigits, toPersianDigits } from "../../lib/digits";
import type { Lang } from "../../lib/format";

/**
 * Numbers as an operator types them: Persian or Latin digits, thousands separators (, ٬ or a space)
 * in whole numbers, and a decimal point written ".", "٫" (the Persian decimal separator) or "/"
 * (which many Iranians type for it). The form keeps the canonical Latin text ("1.5", "8000000") and
 * shows the reader's digits.
 */

/** The canonical text of what was typed in a whole-number field: Latin digits, no separators. */
export function canonicalWhole(input: string): string {
  return toLatinDigits(input).replace(/[,\s٬،]/g, "");
}

/** The canonical text of what was typed in a decimal field: Latin digits and "." */
export function canonicalDecimal(input: string): string {
  return toLatinDigits(input).replace(/[\s٬]/g, "").replace(/[٫/]/g, ".");
}

/** A whole number 0 or more, or null. */
export function parseWhole(text: string): number | null {
  const t = canonicalWhole(text);
  if (!/^\d{1,15}$/.test(t)) return null;
  return Number(t);
}

/** A decimal 0 or more, or null. */
export function parseDecimal(text: string): number | null {
  const t = canonicalDecimal(text);
  if (!/^(\d{1,15}(\.\d*)?|\.\d+)$/.test(t)) return null;
  return Number(t);
}

/** How many decimal places the typed decimal has, trailing zeros aside (1.50 has one). */
export function decimalPlaces(text: string): number {
  const t = canonicalDecimal(text);
  const dot = t.indexOf(".");
  if (dot < 0) return 0;
  return t.slice(dot + 1).replace(/0+$/, "").length;
}

/** A canonical whole number grouped for reading: 8000000 → ۸٬۰۰۰٬۰۰۰ (fa) or 8,000,000 (en). */
export function groupedWhole(text: string, lang: Lang): string {
  const n = parseWhole(text);
  if (n == null) return localDigits(text, lang);
  return new Intl.NumberFormat(lang === "fa" ? "fa-IR" : "en-US", { maximumFractionDigits: 0 }).format(n);
}

/** Canonical text in the reader's digits (and the Persian decimal separator). */
export function localDigits(text: string, lang: Lang): string {
  return lang === "fa" ? toPersianDigits(text).replace(/\./g, "٫") : text;
}

/** A decimal (a coefficient, a percentage) for reading: 1.5 → ۱٫۵ */
export function formatDecimal(value: number | null | undefined, lang: Lang): string {
  if (value == null || Number.isNaN(value)) return "—";
  return new Intl.NumberFormat(lang === "fa" ? "fa-IR" : "en-US", { maximumFractionDigits: 4 }).format(value);
}
