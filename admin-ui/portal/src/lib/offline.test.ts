import { beforeEach, describe, expect, it } from "vitest";
import { ApiError, NetworkError } from "./api";
import { keptMe, loadMe } from "./offline";
import { forget, loadToken, saveToken } from "./storage";
import type { Me } from "./types";

const me = (points: number): Me => ({
  memberCode: "100042",
  firstName: "سارا",
  lastName: "محمدی",
  level: "SILVER",
  levelName: "نقره‌ای",
  balance: { points, credit: 50000, pendingPoints: 10, pendingCredit: 0 },
  progress: null,
  expiring: [],
  profile: { mobile: "09121234567", email: null, birthDate: null, nationalCode: null, city: null },
  consents: { sms: true, email: false, push: false },
  referralCode: null,
  qrAvailable: true,
});

beforeEach(() => localStorage.clear());

describe("the last balances, for the phone offline", () => {
  it("are fresh from the server when it answers, and kept", async () => {
    const view = await loadMe("demo", async () => me(120), () => 1000);
    expect(view).toEqual({ me: me(120), offlineSince: null });
    expect(keptMe("demo")?.at).toBe(1000);
  });

  it("are the kept ones, marked with when they were read, when the network is down", async () => {
    await loadMe("demo", async () => me(120), () => 1000);
    const view = await loadMe("demo", () => Promise.reject(new NetworkError()), () => 9000);
    expect(view.me.balance.points).toBe(120);
    expect(view.offlineSince).toBe(1000);
  });

  it("are never shown when the server answered: a 401 is passed on", async () => {
    await loadMe("demo", async () => me(120));
    await expect(loadMe("demo", () => Promise.reject(new ApiError(401, "unauthorized", "Unauthorized", undefined, [])))).rejects.toBeInstanceOf(ApiError);
  });

  it("offline with nothing kept, the member sees the network error", async () => {
    await expect(loadMe("demo", () => Promise.reject(new NetworkError()))).rejects.toBeInstanceOf(NetworkError);
  });

  it("are kept per club and forgotten with the token on sign-out", async () => {
    await loadMe("demo", async () => me(120));
    saveToken("demo", "tok", 3600);
    expect(keptMe("other")).toBeNull();
    expect(loadToken("demo")).toBe("tok");
    forget("demo");
    expect(keptMe("demo")).toBeNull();
    expect(loadToken("demo")).toBeNull();
  });

  it("an expired token is no token", () => {
    saveToken("demo", "tok", 60, 0);
    expect(loadToken("demo", 59_000)).toBe("tok");
    expect(loadToken("demo", 61_000)).toBeNull();
  });
});
