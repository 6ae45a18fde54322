import { describe, expect, it } from "vitest";
import { interpretSearch, searchParams } from "./searchQuery";
import { chosenReading } from "./MemberSearchBox";

const read = (typed: string) => {
  const c = interpretSearch(typed);
  return c && { kind: c.kind, value: c.value, problem: c.problem, alternatives: c.alternatives.map((a) => `${a.kind}:${a.value}`) };
};

describe("reading the members search box", () => {
  it("asks for nothing when nothing is typed (the newest members)", () => {
    expect(interpretSearch("")).toBeNull();
    expect(interpretSearch("   ")).toBeNull();
    expect(searchParams(null)).toEqual({});
  });

  it.each([
    ["09121234567", "09121234567"],
    ["۰۹۱۲۱۲۳۴۵۶۷", "09121234567"],
    ["0912 123 4567", "09121234567"],
    ["0912-123-4567", "09121234567"],
    ["+989121234567", "09121234567"],
    ["00989121234567", "09121234567"],
    ["989121234567", "09121234567"],
    ["9121234567", "09121234567"],
  ])("reads %s as a mobile", (typed, value) => {
    expect(read(typed)).toMatchObject({ kind: "mobile", value, problem: undefined });
  });

  it("says a mobile-shaped number that is no mobile is wrong, rather than asking", () => {
    expect(read("0912")).toMatchObject({ kind: "mobile", problem: "mobile" });
    expect(read("091212345678")).toMatchObject({ kind: "mobile", problem: "mobile" });
    expect(read("0912123456")).toMatchObject({ kind: "mobile", problem: "mobile" });
    expect(read("+98123")).toMatchObject({ kind: "mobile", problem: "mobile" });
  });

  it.each([
    ["0012345679", "0012345679"],
    ["۰۰۱۲۳۴۵۶۷۹", "0012345679"],
    ["001-234567-9", "0012345679"],
    ["2287654321", "2287654321"],
  ])("reads %s as a national code", (typed, value) => {
    expect(read(typed)).toMatchObject({ kind: "nationalCode", value, problem: undefined, alternatives: [] });
  });

  it("says a ten-digit number with a wrong check digit that is no mobile is a bad national code", () => {
    expect(read("1234567890")).toMatchObject({ kind: "nationalCode", problem: "nationalCode" });
  });

  it("offers the mobile reading of ten digits that are both a national code and a mobile without its 0", () => {
    expect(read("9121234566")).toMatchObject({ kind: "nationalCode", value: "9121234566", alternatives: ["mobile:09121234566"] });
    const chosen = chosenReading(interpretSearch("9121234566"), "mobile");
    expect(chosen).toMatchObject({ kind: "mobile", value: "09121234566" });
    expect(chosen?.alternatives.map((a) => a.kind)).toEqual(["nationalCode"]);
    expect(searchParams(chosen)).toEqual({ mobile: "09121234566" });
  });

  it("reads eight or nine digits with a right check digit as a national code Excel stripped, offering the member code", () => {
    expect(read("12345679")).toMatchObject({ kind: "nationalCode", value: "0012345679", alternatives: ["code:12345679"] });
    expect(searchParams(chosenReading(interpretSearch("12345679"), "code"))).toEqual({ code: "12345679" });
  });

  it.each([
    ["100001", "100001"],
    ["۱۰۰۰۰۱", "100001"],
    ["42", "42"],
    ["12345678", "12345678"],
  ])("reads %s as a member code", (typed, value) => {
    expect(read(typed)).toMatchObject({ kind: "code", value, problem: undefined });
  });

  it("reads sixteen digits starting with 9 as a card number, checking its Luhn digit", () => {
    expect(read("9710647505370734")).toMatchObject({ kind: "cardNumber", value: "9710647505370734", problem: undefined });
    expect(read("۹۷۱۰ ۶۴۷۵ ۰۵۳۷ ۰۷۳۴")).toMatchObject({ kind: "cardNumber", value: "9710647505370734" });
    expect(read("9710647505370735")).toMatchObject({ kind: "cardNumber", problem: "cardNumber" });
    expect(read("123456789012345")).toMatchObject({ kind: "cardNumber", problem: "cardNumber" });
  });

  it.each(["کریمی", "لیلا", "Sara", "علی رضا", "sara2"])("reads %s as the start of a name", (typed) => {
    expect(read(typed)).toMatchObject({ kind: "q", value: typed.trim() });
    expect(searchParams(interpretSearch(typed))).toEqual({ q: typed.trim() });
  });
});
