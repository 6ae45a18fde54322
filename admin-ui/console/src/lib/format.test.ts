import { describe, expect, it } from "vitest";
import { formatCode, formatDate, formatDateTime, formatMonth, formatNumber, formatRial, formatShortDate } from "./format";
import { shiftIsoDate, tehranToday } from "./tehran";

describe("numbers and money", () => {
  it("shows Persian digits with Persian grouping in Persian, Latin in English", () => {
    expect(formatNumber(1250000, "fa")).toBe("۱٬۲۵۰٬۰۰۰");
    expect(formatNumber(1250000, "en")).toBe("1,250,000");
    expect(formatRial(900000, "fa")).toBe("۹۰۰٬۰۰۰ ریال");
    expect(formatRial(900000, "en")).toBe("900,000 IRR");
  });
  it("never groups a code", () => {
    expect(formatCode("100001", "fa")).toBe("۱۰۰۰۰۱");
    expect(formatCode("100001", "en")).toBe("100001");
  });
});

describe("Jalali dates in Tehran time", () => {
  it("shows a calendar date in the Jalali calendar", () => {
    expect(formatDate("2026-11-23", "fa")).toBe("۲ آذر ۱۴۰۵");
    expect(formatShortDate("2026-03-21", "fa")).toBe("۱۴۰۵/۰۱/۰۱");
    expect(formatDate("2026-11-23", "en")).toContain("Azar");
    expect(formatMonth("2026-11-23", "fa")).toBe("آذر ۱۴۰۵");
  });
  it("places an instant on its Tehran day, not the browser's", () => {
    // 21:00 UTC on 20 March is already 00:30 on Nowruz in Tehran.
    expect(formatShortDate("2026-03-20T21:00:00Z", "en")).toMatch(/^01\/01\/1405/);
    expect(formatDateTime("2026-11-23T09:00:00Z", "fa")).toContain("۱۲:۳۰");
  });
  it("knows Tehran's today and moves dates by days across month ends", () => {
    expect(tehranToday(new Date("2026-03-20T21:00:00Z"))).toBe("2026-03-21");
    expect(shiftIsoDate("2026-02-27", 2)).toBe("2026-03-01");
    expect(shiftIsoDate("2026-03-01", -30)).toBe("2026-01-30");
  });
});
