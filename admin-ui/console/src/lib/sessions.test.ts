import { describe, expect, it } from "vitest";
import { describeUserAgent, sortSessions, type OpenSession } from "./sessions";

describe("a session's user agent", () => {
  it("is a short browser and system", () => {
    expect(describeUserAgent("Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36")).toBe("Chrome 131 · Windows 10");
    expect(describeUserAgent("Mozilla/5.0 (iPhone; CPU iPhone OS 18_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.1 Mobile/15E148 Safari/604.1")).toMatch(/^Safari 18 · iOS 18/);
    expect(describeUserAgent("Mozilla/5.0 (X11; Ubuntu; Linux x86_64; rv:133.0) Gecko/20100101 Firefox/133.0")).toBe("Firefox 133 · Linux");
  });

  it("is the raw text cut short when nobody knows it, and nothing when there is none", () => {
    expect(describeUserAgent("curl/8.5.0")).toMatch(/curl/);
    const odd = "x".repeat(200);
    expect(describeUserAgent(odd)!.length).toBeLessThanOrEqual(60);
    expect(describeUserAgent(null)).toBeNull();
    expect(describeUserAgent("  ")).toBeNull();
  });
});

describe("the order of sessions", () => {
  it("puts this browser first, then the newest", () => {
    const s = (id: string, createdAt: string, current = false): OpenSession => ({ id, createdAt, expiresAt: createdAt, clientAddress: null, userAgent: null, current });
    expect(sortSessions([s("1", "2026-12-01T08:00:00Z"), s("2", "2026-12-03T08:00:00Z"), s("3", "2026-11-01T08:00:00Z", true)]).map((x) => x.id)).toEqual(["3", "2", "1"]);
  });
});
