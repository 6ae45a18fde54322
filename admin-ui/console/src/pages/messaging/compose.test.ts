import { describe, expect, it } from "vitest";
import { composeBody, emptyCompose, parseCodes, type ComposeForm } from "./compose";

const form = (change: Partial<ComposeForm>): ComposeForm => ({ ...emptyCompose, codes: "1001", text: "سلام", ...change });
// 10:00 in Tehran on 1 Azar 1405.
const now = new Date("2026-11-22T06:30:00Z");

describe("the compose form", () => {
  it("reads member codes pasted from a column, a list with commas, or in Persian digits, each once", () => {
    expect(parseCodes("1001\n۱۰۰۲، 1003,1001\t 1004 ;1005")).toEqual({ codes: ["1001", "1002", "1003", "1004", "1005"], invalid: [] });
    expect(parseCodes("1001 abc 09-12 abc")).toEqual({ codes: ["1001"], invalid: ["abc", "09-12"] });
  });

  it("sends to member codes with a text, trimmed", () => {
    const { body, estimate, errors } = composeBody(form({ codes: "۱۰۰۱ 1002", text: "  امتیاز شما {points} است " }), now);
    expect(errors).toEqual({});
    expect(body).toEqual({ channel: "SMS", to: { memberCodes: ["1001", "1002"] }, text: "امتیاز شما {points} است" });
    expect(estimate).toEqual(body);
  });

  it("sends to a segment with a template", () => {
    const { body } = composeBody(form({ to: "segment", segment: "gold", content: "template", template: "nowruz" }), now);
    expect(body).toEqual({ channel: "SMS", to: { segment: "gold" }, template: "nowruz" });
  });

  it("says what is missing or wrong before anything is sent", () => {
    expect(composeBody(form({ codes: "" }), now).errors).toEqual({ codes: { key: "codesRequired" } });
    expect(composeBody(form({ codes: "12 x" }), now).errors.codes).toEqual({ key: "codesInvalid", values: { codes: "x" } });
    expect(composeBody(form({ to: "segment" }), now).errors).toEqual({ segment: { key: "segmentRequired" } });
    expect(composeBody(form({ content: "template" }), now).errors).toEqual({ template: { key: "templateRequired" } });
    expect(composeBody(form({ text: "  " }), now).errors).toEqual({ text: { key: "textRequired" } });
    expect(composeBody(form({ text: "س".repeat(1001) }), now).errors.text?.key).toBe("textTooLong");
    expect(composeBody(form({ text: "سلام {name}" }), now).errors.text).toEqual({ key: "unknownPlaceholders", values: { names: "{name}" } });
    expect(composeBody(form({ codes: Array.from({ length: 1001 }, (_, i) => 1000 + i).join(" ") }), now).errors.codes?.key).toBe("codesTooMany");
    expect(composeBody(form({ text: "" }), now).body).toBeNull();
  });

  it("schedules at a Tehran day and time, with Tehran's offset", () => {
    const { body, estimate } = composeBody(form({ later: true, date: "2026-11-23", time: "۹:۳۰" }), now);
    expect(body?.sendAt).toBe("2026-11-23T09:30:00+03:30");
    // What it reaches and costs is asked for without waiting for the schedule.
    expect(estimate?.sendAt).toBeUndefined();
  });

  it("refuses a schedule in the past, more than 90 days ahead, or half filled in; the estimate is still asked", () => {
    expect(composeBody(form({ later: true, date: "2026-11-22", time: "09:59" }), now).errors).toEqual({ date: { key: "past" } });
    expect(composeBody(form({ later: true, date: "2027-03-01", time: "10:00" }), now).errors.date).toEqual({ key: "tooFar", values: { days: 90 } });
    const half = composeBody(form({ later: true, date: null, time: "25:00" }), now);
    expect(half.errors).toEqual({ date: { key: "dateRequired" }, time: { key: "time" } });
    expect(half.body).toBeNull();
    expect(half.estimate).not.toBeNull();
  });
});
