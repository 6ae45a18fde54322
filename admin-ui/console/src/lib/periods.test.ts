import { describe, expect, it } from "vitest";
import { periodOf } from "./periods";

describe("dashboard periods", () => {
  it("counts the last n days including today", () => {
    expect(periodOf("d7", "2026-11-23")).toEqual({ from: "2026-11-17", to: "2026-11-23" });
    expect(periodOf("d30", "2026-11-23")).toEqual({ from: "2026-10-25", to: "2026-11-23" });
  });
  it("starts this month and this year on the Jalali calendar", () => {
    // 2 Azar 1405: Azar began on 22 November, the year 1405 on 21 March 2026.
    expect(periodOf("month", "2026-11-23")).toEqual({ from: "2026-11-22", to: "2026-11-23" });
    expect(periodOf("year", "2026-11-23")).toEqual({ from: "2026-03-21", to: "2026-11-23" });
  });
});
