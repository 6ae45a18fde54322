import { describe, expect, it } from "vitest";
import { smsCount } from "./smsParts";

const persian = (n: number) => "س".repeat(n);
const latin = (n: number) => "a".repeat(n);

describe("an SMS's parts", () => {
  it("are none for no text", () => {
    expect(smsCount("")).toMatchObject({ characters: 0, parts: 0 });
  });

  it("in Persian: 70 characters in one SMS, then 67 a part", () => {
    expect(smsCount(persian(70))).toEqual({ characters: 70, parts: 1, unicode: true, remaining: 0 });
    expect(smsCount(persian(71))).toEqual({ characters: 71, parts: 2, unicode: true, remaining: 63 });
    expect(smsCount(persian(134))).toMatchObject({ parts: 2, remaining: 0 });
    expect(smsCount(persian(135))).toMatchObject({ parts: 3, remaining: 66 });
  });

  it("in the GSM alphabet: 160 characters in one SMS, then 153 a part", () => {
    expect(smsCount(latin(160))).toEqual({ characters: 160, parts: 1, unicode: false, remaining: 0 });
    expect(smsCount(latin(161))).toMatchObject({ parts: 2, remaining: 145 });
    expect(smsCount(latin(306))).toMatchObject({ parts: 2, remaining: 0 });
    expect(smsCount(latin(307))).toMatchObject({ parts: 3 });
  });

  it("one Persian letter or digit makes the whole text UCS-2", () => {
    expect(smsCount(latin(100) + "۱")).toEqual({ characters: 101, parts: 2, unicode: true, remaining: 33 });
  });

  it("counts GSM's escaped characters twice and an emoji as two UCS-2 units, as the operators bill them", () => {
    expect(smsCount("{firstName}")).toMatchObject({ characters: 13, unicode: false });
    expect(smsCount("€".repeat(80))).toMatchObject({ characters: 160, parts: 1 });
    expect(smsCount("€".repeat(81))).toMatchObject({ characters: 162, parts: 2 });
    expect(smsCount("🎉")).toMatchObject({ characters: 2, parts: 1, unicode: true });
  });

  it("keeps new lines as one character each", () => {
    expect(smsCount("a\nb")).toMatchObject({ characters: 3, unicode: false });
  });
});
