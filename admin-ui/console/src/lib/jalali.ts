import { startOfMonth, startOfWeek, parseISO } from "date-fns-jalali";
import { isoDateOf, shiftIsoDate } from "./tehran";
import { formatMonth, formatShortDate, type Lang } from "./format";

export type Bucket = "day" | "week" | "month";

/** One row of the dashboard's daily series: a Tehran date and numbers. */
export interface DailyRow {
  date: string;
  [figure: string]: number | string;
}

export interface BucketRow {
  /** The first Tehran date of the bucket (ISO), to sort and to key by. */
  start: string;
  /** Its Jalali label: ۱۴۰۵/۰۹/۰۲ for a day, the week's first day for a week, آذر ۱۴۰۵ for a month. */
  label: string;
  values: Record<string, number>;
}

/**
 * Sums a daily series into Jalali weeks (Saturday to Friday, as the Iranian week runs) or Jalali
 * months. The server answers days; the operator chooses how to see them.
 */
export function groupDaily(rows: DailyRow[], bucket: Bucket, figures: string[], lang: Lang): BucketRow[] {
  const buckets = new Map<string, BucketRow>();
  for (const row of rows) {
    const day = parseISO(row.date);
    const first = bucket === "day" ? day : bucket === "week" ? startOfWeek(day, { weekStartsOn: 6 }) : startOfMonth(day);
    const start = isoDateOf(first);
    let b = buckets.get(start);
    if (!b) {
      b = { start, label: bucketLabel(start, bucket, lang), values: Object.fromEntries(figures.map((f) => [f, 0])) };
      buckets.set(start, b);
    }
    for (const f of figures) b.values[f] += Number(row[f] ?? 0);
  }
  return [...buckets.values()].sort((a, b) => a.start.localeCompare(b.start));
}

function bucketLabel(start: string, bucket: Bucket, lang: Lang): string {
  switch (bucket) {
    case "day":
      return formatShortDate(start, lang);
    case "week":
      return `${formatShortDate(start, lang)} – ${formatShortDate(shiftIsoDate(start, 6), lang)}`;
    case "month":
      return formatMonth(start, lang);
  }
}
