import { describe, expect, it } from "vitest";
import { retryAfterSeconds } from "./api";

describe("Retry-After", () => {
  it("is read as seconds or as an HTTP date", () => {
    expect(retryAfterSeconds("42")).toBe(42);
    expect(retryAfterSeconds(" 0 ")).toBe(0);
    const now = Date.parse("2026-12-06T08:00:00Z");
    expect(retryAfterSeconds("Sun, 06 Dec 2026 08:01:30 GMT", now)).toBe(90);
    expect(retryAfterSeconds("Sun, 06 Dec 2026 07:59:00 GMT", now)).toBe(0);
  });

  it("is nothing when absent or unreadable", () => {
    expect(retryAfterSeconds(null)).toBeNull();
    expect(retryAfterSeconds("")).toBeNull();
    expect(retryAfterSeconds("soon")).toBeNull();
  });
});
