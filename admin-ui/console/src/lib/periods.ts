import { parseISO, startOfMonth, startOfYear } from "date-fns-jalali";
import { isoDateOf, shiftIsoDate, tehranToday } from "./tehran";

export type Preset = "d7" | "d30" | "d90" | "month" | "year" | "custom";

export interface Period {
  from: string;
  to: string;
}

/** The dates (ISO, Tehran days, inclusive) a preset means today; months and years are Jalali. */
export function periodOf(preset: Exclude<Preset, "custom">, today: string = tehranToday()): Period {
  switch (preset) {
    case "d7":
      return { from: shiftIsoDate(today, -6), to: today };
    case "d30":
      return { from: shiftIsoDate(today, -29), to: today };
    case "d90":
      return { from: shiftIsoDate(today, -89), to: today };
    case "month":
      return { from: isoDateOf(startOfMonth(parseISO(today))), to: today };
    case "year":
      return { from: isoDateOf(startOfYear(parseISO(today))), to: today };
  }
}
