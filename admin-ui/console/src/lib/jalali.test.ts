import { describe, expect, it } from "vitest";
import { groupDaily } from "./jalali";

const days = (from: string, n: number) =>
  Array.from({ length: n }, (_, i) => {
    const d = new Date(`${from}T12:00:00Z`);
    d.setUTCDate(d.getUTCDate() + i);
    return { date: d.toISOString().slice(0, 10), newMembers: 1, sales: 1000 };
  });

describe("grouping the dashboard's days", () => {
  it("sums days into Jalali months, whose borders are not Gregorian ones", () => {
    // 1 Azar 1405 is 22 November 2026; 1 Dey is 22 December.
    const rows = groupDaily(days("2026-11-20", 40), "month", ["newMembers", "sales"], "fa");
    expect(rows.map((r) => r.label)).toEqual(["آبان ۱۴۰۵", "آذر ۱۴۰۵", "دی ۱۴۰۵"]);
    expect(rows.map((r) => r.values.newMembers)).toEqual([2, 30, 8]);
    expect(rows[1].values.sales).toBe(30000);
  });
  it("sums days into weeks that start on Saturday", () => {
    // 21 November 2026 is a Saturday.
    const rows = groupDaily(days("2026-11-19", 10), "week", ["newMembers"], "en");
    expect(rows.map((r) => r.start)).toEqual(["2026-11-14", "2026-11-21", "2026-11-28"]);
    expect(rows.map((r) => r.values.newMembers)).toEqual([2, 7, 1]);
  });
  it("keeps one row per day, in order, when asked for days", () => {
    const rows = groupDaily(days("2026-11-22", 3).reverse(), "day", ["sales"], "fa");
    expect(rows.map((r) => r.start)).toEqual(["2026-11-22", "2026-11-23", "2026-11-24"]);
  });
});
