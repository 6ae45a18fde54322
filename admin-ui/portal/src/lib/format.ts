import { toPersianDigits } from "./digits";

export type Lang = "fa" | "en";

// The browser's Intl does the Persian calendar and digits: no date library in the bundle. Both
// languages show Jalali dates (a member in Iran thinks in them); English with Latin month names.
const locales: Record<Lang, string> = { fa: "fa-IR-u-ca-persian-nu-arabext", en: "en-US-u-ca-persian" };
const TEHRAN = "Asia/Tehran";
const numberFormats = new Map<Lang, Intl.NumberFormat>();

/** A whole number with the reader's digits and grouping (۱٬۲۵۰٬۰۰۰ or 1,250,000). */
export function formatNumber(value: number | null | undefined, lang: Lang): string {
  if (value == null) return "—";
  let f = numberFormats.get(lang);
  if (!f) {
    f = new Intl.NumberFormat(lang === "fa" ? "fa-IR" : "en-US", { maximumFractionDigits: 0 });
    numberFormats.set(lang, f);
  }
  return f.format(value);
}

/** A signed amount as a ledger shows it: +۱۲۰ or −۴۰ (a real minus sign, kept left-to-right). */
export function formatSigned(value: number, lang: Lang): string {
  const sign = value > 0 ? "+" : value < 0 ? "−" : "";
  return `\u2066${sign}${formatNumber(Math.abs(value), lang)}\u2069`;
}

/** An amount of Rials (the API's whole Rials). */
export function formatRial(value: number | null | undefined, lang: Lang): string {
  if (value == null) return "—";
  return `${formatNumber(value, lang)} ${lang === "fa" ? "ریال" : "IRR"}`;
}

/** Codes (member code, invoice number, referral code) in the reader's digits, never grouped. */
export function formatCode(value: string | null | undefined, lang: Lang): string {
  if (value == null) return "—";
  return lang === "fa" ? toPersianDigits(value) : value;
}

function toDate(value: string | Date): Date {
  if (value instanceof Date) return value;
  // A bare calendar date (a birth date, 2026-11-23) is a Tehran day; noon keeps it on that day anywhere.
  return /^\d{4}-\d{2}-\d{2}$/.test(value) ? new Date(`${value}T12:00:00+03:30`) : new Date(value);
}

function dateFormat(lang: Lang, options: Intl.DateTimeFormatOptions) {
  return new Intl.DateTimeFormat(locales[lang], { timeZone: TEHRAN, ...options });
}

/** ۲ آذر ۱۴۰۵ */
export function formatDate(value: string | Date | null | undefined, lang: Lang): string {
  if (value == null) return "—";
  return dateFormat(lang, { year: "numeric", month: "long", day: "numeric" }).format(toDate(value));
}

/** ۲ آذر ۱۴۰۵، ۱۴:۳۰ in Tehran time. */
export function formatDateTime(value: string | Date | null | undefined, lang: Lang): string {
  if (value == null) return "—";
  return dateFormat(lang, { year: "numeric", month: "long", day: "numeric", hour: "2-digit", minute: "2-digit", hour12: false }).format(toDate(value));
}

/** The Jalali year, month and day of an ISO date, as numbers (1370, 6, 15), for the birth-date fields. */
export function jalaliParts(iso: string): { year: number; month: number; day: number } {
  const parts = new Intl.DateTimeFormat("en-US-u-ca-persian-nu-latn", { timeZone: TEHRAN, year: "numeric", month: "numeric", day: "numeric" }).formatToParts(toDate(iso));
  const part = (type: string) => Number(parts.find((p) => p.type === type)?.value.replace(/\D/g, ""));
  return { year: part("year"), month: part("month"), day: part("day") };
}

/**
 * The ISO date of a Jalali day, or null when there is none (۳۱ اسفند of a common year). Found by a
 * search over the Gregorian days with Intl, the same calendar the dates are shown in, so the two
 * always agree; a birth date needs no faster way.
 */
export function jalaliToIso(year: number, month: number, day: number): string | null {
  if (!Number.isInteger(year) || !Number.isInteger(month) || !Number.isInteger(day)) return null;
  if (month < 1 || month > 12 || day < 1 || day > 31 || year < 1200 || year > 1600) return null;
  // 1 Farvardin falls on 20 or 21 March of Gregorian year + 621; start near the day and step to it.
  const approx = Date.UTC(year + 621, 2, 21) + ((month - 1) * 30.6 + (day - 1)) * 86_400_000;
  for (let offset = -3; offset <= 3; offset++) {
    const iso = new Date(approx + offset * 86_400_000).toISOString().slice(0, 10);
    const p = jalaliParts(iso);
    if (p.year === year && p.month === month && p.day === day) return iso;
  }
  return null;
}
