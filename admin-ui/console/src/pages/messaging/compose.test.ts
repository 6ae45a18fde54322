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

  it("sends an email's or a notification's subject with a text, never with a template or on SMS", () => {
    expect(composeBody(form({ channel: "EMAIL", subject: " تخفیف {firstName} ", text: "سلام" }), now).body).toEqual({
      channel: "EMAIL",
      to: { memberCodes: ["1001"] },
      subject: "تخفیف {firstName}",
      text: "سلام",
    });
    expect(composeBody(form({ channel: "PUSH", subject: "", text: "سلام" }), now).body).toEqual({ channel: "PUSH", to: { memberCodes: ["1001"] }, text: "سلام" });
    expect(composeBody(form({ channel: "SMS", subject: "left from email", text: "سلام" }), now).body).toEqual({ channel: "SMS", to: { memberCodes: ["1001"] }, text: "سلام" });
    expect(composeBody(form({ channel: "EMAIL", subject: "x", content: "template", template: "news" }), now).body).toEqual({
      channel: "EMAIL",
      to: { memberCodes: ["1001"] },
      template: "news",
    });
    expect(composeBody(form({ channel: "EMAIL", subject: "س".repeat(201) }), now).errors).toEqual({ subject: { key: "subjectTooLong", values: { max: 200 } } });
    expect(composeBody(form({ channel: "EMAIL", subject: "{fristName}" }), now).errors.subject).toEqual({ key: "unknownPlaceholders", values: { names: "{fristName}" } });
  });

  it("lets an email be longer than an SMS", () => {
    expect(composeBody(form({ channel: "EMAIL", text: "س".repeat(20_000) }), now).errors).toEqual({});
    expect(composeBody(form({ channel: "EMAIL", text: "س".repeat(20_001) }), now).errors.text).toEqual({ key: "textTooLong", values: { max: 20_000 } });
    expect(composeBody(form({ channel: "PUSH", text: "س".repeat(1001) }), now).errors.text?.key).toBe("textTooLong");
  });

  it("previews for the first code of the recipients unless another member's code is typed", () => {
    expect(composeBody(form({ codes: "x ۱۰۰۷ 1002", channel: "EMAIL", subject: "خبر", text: "سلام" }), now).preview).toEqual({
      channel: "EMAIL",
      memberCode: "1007",
      subject: "خبر",
      text: "سلام",
    });
    expect(composeBody(form({ previewCode: " ۲۰۰۱ ", content: "template", template: "nowruz" }), now).preview).toEqual({ channel: "SMS", memberCode: "2001", template: "nowruz" });
    // A segment has no codes: the preview waits for one.
    expect(composeBody(form({ to: "segment", segment: "gold" }), now).preview).toBeNull();
    expect(composeBody(form({ to: "segment", segment: "gold", previewCode: "1001" }), now).preview?.memberCode).toBe("1001");
    const wrong = composeBody(form({ previewCode: "12-3" }), now);
    expect(wrong.errors).toEqual({ previewCode: { key: "previewCode" } });
    expect(wrong.preview).toBeNull();
    // The send does not wait for the preview.
    expect(wrong.body).not.toBeNull();
    expect(composeBody(form({ text: "" }), now).preview).toBeNull();
  });
});
