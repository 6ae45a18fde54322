import { describe, expect, it } from "vitest";
import { isEmail, normalizeMobile, normalizeNationalCode } from "./ids";
import * as console from "../../../console/src/lib/validation";

describe("a member's mobile, typed any way", () => {
  it.each([
    ["09121234567", "09121234567"],
    ["۰۹۱۲۱۲۳۴۵۶۷", "09121234567"],
    ["٠٩١٢١٢٣٤٥٦٧", "09121234567"],
    ["+98 912 123 4567", "09121234567"],
    ["0098-912-123-4567", "09121234567"],
    ["989121234567", "09121234567"],
    ["9121234567", "09121234567"],
    ["(0912) 123 45 67", "09121234567"],
    ["+۹۸۹۳۵۱۲۳۴۵۶۷", "09351234567"],
  ])("%s is stored as %s", (typed, stored) => {
    expect(normalizeMobile(typed)).toBe(stored);
  });

  it.each(["", "0912123456", "091212345678", "02112345678", "+4915112345678", "abc", "0912-abc-4567", "09001234567x"])("%s is refused", (typed) => {
    expect(normalizeMobile(typed)).toBeNull();
  });

  it("answers as the console does on every prefix and range (the console decides by libphonenumber)", () => {
    const prefixes = ["", "0", "+98", "98", "0098", "+980", "980", "+1", "00"];
    const seen: string[] = [];
    // every three-digit start of a number 9xx and 0..9xx, with a fixed tail, in every written form
    for (let start = 0; start < 1000; start++) {
      const head = String(start).padStart(3, "0");
      for (const tail of ["1234567", "0000000", "9999999", "123456", "12345678"]) {
        for (const prefix of prefixes) {
          const typed = prefix + head + tail;
          expect(normalizeMobile(typed), typed).toBe(console.normalizeMobile(typed));
          if (normalizeMobile(typed)) seen.push(typed);
        }
      }
    }
    // the check is not vacuous: many of them are mobiles
    expect(seen.length).toBeGreaterThan(500);
  });
});

describe("a national code", () => {
  it("is kept when its check digit is right, in any digits, padded from 8 or 9", () => {
    expect(normalizeNationalCode("0499370899")).toBe("0499370899");
    expect(normalizeNationalCode("۰۴۹۹۳۷۰۸۹۹")).toBe("0499370899");
    expect(normalizeNationalCode("499370899")).toBe("0499370899");
    expect(normalizeNationalCode("049-937-0899")).toBe("0499370899");
  });

  it("is refused with a wrong check digit, the wrong length, or one digit ten times", () => {
    expect(normalizeNationalCode("0499370898")).toBeNull();
    expect(normalizeNationalCode("1234567890")).toBeNull();
    expect(normalizeNationalCode("1111111111")).toBeNull();
    expect(normalizeNationalCode("12345")).toBeNull();
  });

  it("answers as the console does on many codes", () => {
    for (let i = 0; i < 20000; i++) {
      const code = String((i * 7919 + 12345) % 10_000_000_000).padStart(10, "0");
      expect(normalizeNationalCode(code), code).toBe(console.normalizeNationalCode(code));
    }
  });
});

describe("an e-mail address", () => {
  it("needs a name, an @ and a domain with a dot", () => {
    expect(isEmail("sara@example.ir")).toBe(true);
    expect(isEmail("sara@example")).toBe(false);
    expect(isEmail("sara example@x.ir")).toBe(false);
  });
});
