import { describe, expect, it } from "vitest";
import { normalizeMobile, normalizeNationalCode, parseAmount } from "./validation";

describe("national code, as the server checks it", () => {
  it("accepts a valid code typed with Persian digits and dashes, and stores ASCII digits", () => {
    expect(normalizeNationalCode("۰۰۸۴۵۷۵۹۴۸")).toBe("0084575948");
    expect(normalizeNationalCode("008-457594-8")).toBe("0084575948");
  });
  it("pads an 8- or 9-digit code with the zeros a spreadsheet dropped", () => {
    expect(normalizeNationalCode("84575948")).toBe("0084575948");
  });
  it("refuses a wrong check digit, repeated digits and other lengths", () => {
    expect(normalizeNationalCode("0084575947")).toBeNull();
    expect(normalizeNationalCode("1111111111")).toBeNull();
    expect(normalizeNationalCode("12345")).toBeNull();
    expect(normalizeNationalCode("abc")).toBeNull();
  });
});

describe("mobile numbers", () => {
  it("normalises every way an Iranian mobile is written to 09xxxxxxxxx", () => {
    for (const typed of ["09121234567", "۰۹۱۲۱۲۳۴۵۶۷", "+989121234567", "989121234567", "00989121234567", "912 123 4567", "0912-123-4567"]) {
      expect(normalizeMobile(typed), typed).toBe("09121234567");
    }
  });
  it("refuses landlines, foreign and short numbers", () => {
    expect(normalizeMobile("02188776655")).toBeNull();
    expect(normalizeMobile("+447700900123")).toBeNull();
    expect(normalizeMobile("0912123")).toBeNull();
  });
});

describe("amounts", () => {
  it("reads whole numbers with Persian digits and separators", () => {
    expect(parseAmount("۱٬۲۵۰٬۰۰۰")).toBe(1250000);
    expect(parseAmount("1,250,000")).toBe(1250000);
    expect(parseAmount("-500")).toBe(-500);
  });
  it("refuses fractions and words, since Rials are whole", () => {
    expect(parseAmount("12.5")).toBeNull();
    expect(parseAmount("ten")).toBeNull();
    expect(parseAmount("")).toBeNull();
  });
});
