import { toPersianDigits } from "./digits";

export type Lang = "fa" | "en";

const numberFormats = new Map<Lang, Intl.NumberFormat>();

function numberFormat(lang: Lang): Intl.NumberFormat {
  let f = numberFormats.get(lang);
  if (!f) {
    f = new Intl.NumberFormat(lang === "fa" ? "fa-IR" : "en-US", { maximumFractionDigits: 0 });
    numberFormats.set(lang, f);
  }
  return f;
}

/** A whole number with the reader's digits and grouping (۱٬۲۵۰٬۰۰۰ or 1,250,000). */
export function formatNumber(value: number | null | undefined, lang: Lang): string {
  return value == null ? "—" : numberFormat(lang).format(value);
}

/** An amount of Rials; the API keeps Rials as whole numbers, so no fractions ever appear. */
export function formatRial(value: number | null | undefined, lang: Lang): string {
  if (value == null) return "—";
  return `${formatNumber(value, lang)} ${lang === "fa" ? "ریال" : "IRR"}`;
}

/** Codes (member codes, card numbers, branch codes) shown with the reader's digits, never grouped. */
export function formatCode(value: string | null | undefined, lang: Lang): string {
  if (value == null) return "—";
  return lang === "fa" ? toPersianDigits(value) : value;
}

// The Jalali calendar in both languages: an operator in Iran thinks in Jalali dates whatever the
// language of the screen; English shows them with Latin month names (Farvardin, Ordibehesht, ...).
const locales: Record<Lang, string> = { fa: "fa-IR-u-ca-persian-nu-arabext", en: "en-US-u-ca-persian" };
const TEHRAN = "Asia/Tehran";

function dateFormat(lang: Lang, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  return new Intl.DateTimeFormat(locales[lang], { timeZone: TEHRAN, ...options });
}

function toDate(value: string | Date): Date {
  if (value instanceof Date) return value;
  // A bare calendar date (2026-11-23) is a Tehran day; noon keeps it on that day in any zone.
  return /^\d{4}-\d{2}-\d{2}$/.test(value) ? new Date(`${value}T12:00:00+03:30`) : new Date(value);
}

/** ۲ آذر ۱۴۰۵ */
export function formatDate(value: string | Date | null | undefined, lang: Lang): string {
  if (value == null) return "—";
  return dateFormat(lang, { year: "numeric", month: "long", day: "numeric" }).format(toDate(value));
}

/** ۱۴۰۵/۰۹/۰۲ */
export function formatShortDate(value: string | Date | null | undefined, lang: Lang): string {
  if (value == null) return "—";
  return dateFormat(lang, { year: "numeric", month: "2-digit", day: "2-digit" }).format(toDate(value));
}

/** ۲ آذر ۱۴۰۵، ۱۴:۳۰ — in Tehran time, where the club is. */
export function formatDateTime(value: string | Date | null | undefined, lang: Lang): string {
  if (value == null) return "—";
  return dateFormat(lang, { year: "numeric", month: "long", day: "numeric", hour: "2-digit", minute: "2-digit", hour12: false }).format(toDate(value));
}

/** آذر ۱۴۰۵ — month first, as Persian writes it (ICU's fa pattern puts the year first). */
export function formatMonth(value: string | Date, lang: Lang): string {
  const parts = dateFormat(lang, { year: "numeric", month: "long" }).formatToParts(toDate(value));
  const part = (type: string) => parts.find((p) => p.type === type)?.value ?? "";
  return `${part("month")} ${part("year")}`;
}
