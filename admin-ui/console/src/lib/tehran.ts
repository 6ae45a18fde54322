import { toLatinDigits } from "./digits";

/** The ISO calendar date (yyyy-MM-dd) of a local Date, as the API's from/to parameters take it. */
export function isoDateOf(date: Date): string {
  const y = date.getFullYear();
  const m = String(date.getMonth() + 1).padStart(2, "0");
  const d = String(date.getDate()).padStart(2, "0");
  return `${y}-${m}-${d}`;
}

/** Today's date in Tehran (ISO), whatever zone the browser is in. */
export function tehranToday(now: Date = new Date()): string {
  return new Intl.DateTimeFormat("en-CA", { timeZone: "Asia/Tehran", year: "numeric", month: "2-digit", day: "2-digit" }).format(now);
}

/** An ISO date moved by whole days. */
export function shiftIsoDate(iso: string, days: number): string {
  const d = new Date(`${iso}T12:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

/** The offset of Tehran's clock at that wall time (+03:30; +04:30 in the summers before 1402). */
export function tehranOffset(date: string, time: string): string {
  const [y, m, d] = date.split("-").map(Number);
  const [h, mi] = time.split(":").map(Number);
  const wall = Date.UTC(y, m - 1, d, h, mi);
  const offsetAt = (instant: number) => {
    const parts = new Intl.DateTimeFormat("en-US", {
      timeZone: "Asia/Tehran",
      hourCycle: "h23",
      year: "numeric",
      month: "2-digit",
      day: "2-digit",
      hour: "2-digit",
      minute: "2-digit",
    }).formatToParts(new Date(instant));
    const n = (t: string) => Number(parts.find((p) => p.type === t)?.value);
    return (Date.UTC(n("year"), n("month") - 1, n("day"), n("hour") % 24, n("minute")) - instant) / 60_000;
  };
  let minutes = 210;
  for (let i = 0; i < 2; i++) minutes = offsetAt(wall - minutes * 60_000);
  const sign = minutes < 0 ? "-" : "+";
  const abs = Math.abs(minutes);
  return `${sign}${String(Math.floor(abs / 60)).padStart(2, "0")}:${String(abs % 60).padStart(2, "0")}`;
}

/** The time as HH:mm, from what was typed (۸:۳۰, 8:30, 08:30). */
export function normalizeTime(input: string): string | null {
  const m = /^(\d{1,2}):(\d{2})$/.exec(toLatinDigits(input).trim());
  if (!m) return null;
  const h = Number(m[1]);
  const mi = Number(m[2]);
  if (h > 23 || mi > 59) return null;
  return `${String(h).padStart(2, "0")}:${m[2]}`;
}

/** The instant of a Tehran wall time (2026-11-23, 09:30) as ISO with its offset: 2026-11-23T09:30:00+03:30. */
export function tehranInstant(date: string, time: string): string {
  return `${date}T${time}:00${tehranOffset(date, time)}`;
}
