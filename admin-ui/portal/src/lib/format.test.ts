import { describe, expect, it } from "vitest";
import { formatCode, formatDate, formatDateTime, formatNumber, formatRial, formatSigned, jalaliParts, jalaliToIso } from "./format";
import { digitsOnly, toLatinDigits, toPersianDigits } from "./digits";

describe("numbers as a Persian reader reads them", () => {
  it("in Persian digits with Persian grouping, or Latin in English", () => {
    expect(formatNumber(1250000, "fa")).toBe("۱٬۲۵۰٬۰۰۰");
    expect(formatNumber(1250000, "en")).toBe("1,250,000");
    expect(formatRial(900000, "fa")).toBe("۹۰۰٬۰۰۰ ریال");
    expect(formatRial(900000, "en")).toBe("900,000 IRR");
    expect(formatNumber(null, "fa")).toBe("—");
  });

  it("codes in the reader's digits, never grouped", () => {
    expect(formatCode("100042", "fa")).toBe("۱۰۰۰۴۲");
    expect(formatCode("INV-7", "en")).toBe("INV-7");
  });

  it("ledger amounts with their sign", () => {
    expect(formatSigned(120, "fa")).toContain("+۱۲۰");
    expect(formatSigned(-40, "en")).toContain("−40");
  });

  it("typed digits of any script read as ASCII, and back", () => {
    expect(toLatinDigits("۰۹۱۲ ٣٤٥")).toBe("0912 345");
    expect(toPersianDigits("0912")).toBe("۰۹۱۲");
    expect(digitsOnly("۱۲۳ ۴۵۶")).toBe("123456");
  });
});

describe("Jalali dates from the browser's Intl", () => {
  it("a day in Persian with Persian month names, in English with Latin ones", () => {
    expect(formatDate("1991-09-06", "fa")).toBe("۱۵ شهریور ۱۳۷۰");
    expect(formatDate("2026-03-21", "en")).toMatch(/Farvardin 1, 1405/);
  });

  it("an instant in Tehran's time (UTC+3:30)", () => {
    const text = formatDateTime("2026-11-23T10:00:00Z", "fa");
    expect(text).toContain("۲ آذر ۱۴۰۵");
    expect(text).toContain("۱۳:۳۰");
  });

  it("a typed Jalali day is the right Gregorian day, and back", () => {
    expect(jalaliToIso(1370, 6, 15)).toBe("1991-09-06");
    expect(jalaliToIso(1405, 1, 1)).toBe("2026-03-21");
    expect(jalaliToIso(1403, 12, 30)).toBe("2025-03-20"); // 1403 is a leap year
    expect(jalaliToIso(1404, 12, 30)).toBeNull();
    expect(jalaliToIso(1404, 13, 1)).toBeNull();
    expect(jalaliParts("1991-09-06")).toEqual({ year: 1370, month: 6, day: 15 });
    for (const iso of ["2000-01-01", "2024-02-29", "2025-12-31", "1980-07-15"]) {
      const p = jalaliParts(iso);
      expect(jalaliToIso(p.year, p.month, p.day)).toBe(iso);
    }
  });
});
