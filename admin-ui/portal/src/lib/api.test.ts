import { afterEach, describe, expect, it, vi } from "vitest";
import { api, ApiError, configureApi, NetworkError, retryAfterSeconds } from "./api";

function answer(status: number, body: unknown, headers: Record<string, string> = {}) {
  return new Response(body == null ? null : JSON.stringify(body), { status, headers: { "Content-Type": status >= 400 ? "application/problem+json" : "application/json", ...headers } });
}

afterEach(() => vi.unstubAllGlobals());

describe("the API client", () => {
  it("sends the member's token and the language, and reads JSON", async () => {
    const fetch = vi.fn().mockResolvedValue(answer(200, { memberCode: "100042" }));
    vi.stubGlobal("fetch", fetch);
    configureApi({ token: () => "tok", lang: () => "en", unauthorised: () => {} });
    expect(await api("/portal/me")).toEqual({ memberCode: "100042" });
    const [url, init] = fetch.mock.calls[0];
    expect(url).toBe("/api/v1/portal/me");
    expect(init.headers.Authorization).toBe("Bearer tok");
    expect(init.headers["Accept-Language"]).toBe("en");
  });

  it("turns a problem into its detail and each field's message", async () => {
    vi.stubGlobal(
      "fetch",
      vi.fn().mockResolvedValue(
        answer(422, { type: "https://bashgah.ir/problems/validation-failed", title: "Invalid", status: 422, detail: "Some fields are wrong", errors: [{ field: "body.nationalCode", message: "کد ملی درست نیست" }] }),
      ),
    );
    configureApi({ token: () => "tok", lang: () => "fa", unauthorised: () => {} });
    const error = (await api("/portal/me", { method: "PATCH", body: {} }).catch((e: unknown) => e)) as ApiError;
    expect(error).toBeInstanceOf(ApiError);
    expect(error.message).toBe("Some fields are wrong");
    expect(error.slug).toBe("validation-failed");
    expect(error.fieldError("nationalCode")).toBe("کد ملی درست نیست");
    expect(error.fieldError("email")).toBeUndefined();
  });

  it("ends the session on a 401 to a call made with a token, not on a wrong code at login", async () => {
    const unauthorised = vi.fn();
    vi.stubGlobal("fetch", vi.fn().mockImplementation(() => Promise.resolve(answer(401, { type: "/problems/unauthorized", title: "Unauthorized", status: 401 }))));
    configureApi({ token: () => "old", lang: () => "fa", unauthorised });
    await expect(api("/portal/me")).rejects.toBeInstanceOf(ApiError);
    expect(unauthorised).toHaveBeenCalledTimes(1);
    await expect(api("/portal/demo/session", { body: { mobile: "09121234567", code: "000000" }, auth: false })).rejects.toMatchObject({ status: 401 });
    expect(unauthorised).toHaveBeenCalledTimes(1);
  });

  it("says how long to wait after too many requests", async () => {
    vi.stubGlobal("fetch", vi.fn().mockResolvedValue(answer(429, { type: "/problems/too-many-requests", title: "Too many", status: 429 }, { "Retry-After": "120" })));
    configureApi({ token: () => null, lang: () => "fa", unauthorised: () => {} });
    await expect(api("/portal/demo/otp", { body: { mobile: "x" } })).rejects.toMatchObject({ status: 429, retryAfter: 120 });
    expect(retryAfterSeconds("Wed, 21 Oct 2026 07:28:00 GMT", Date.parse("Wed, 21 Oct 2026 07:27:00 GMT"))).toBe(60);
    expect(retryAfterSeconds(null)).toBeNull();
  });

  it("an answer that is not problem+json still becomes an error with its status", async () => {
    vi.stubGlobal("fetch", vi.fn().mockResolvedValue(new Response("<html>Bad gateway</html>", { status: 502, statusText: "Bad Gateway" })));
    await expect(api("/portal/me")).rejects.toMatchObject({ status: 502, title: "Bad Gateway" });
  });

  it("no network at all is a NetworkError, not a server's answer", async () => {
    vi.stubGlobal("fetch", vi.fn().mockRejectedValue(new TypeError("Failed to fetch")));
    await expect(api("/portal/me")).rejects.toBeInstanceOf(NetworkError);
  });

  it("a 202 or 204 without a body is fine", async () => {
    vi.stubGlobal("fetch", vi.fn().mockResolvedValue(new Response(null, { status: 204 })));
    expect(await api("/portal/session", { method: "DELETE" })).toBeUndefined();
  });
});
