import { render } from "preact";
import { act } from "preact/test-utils";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { App } from "./app";

// The app as a member uses it, with the API answered here: what he types, what is sent, what he sees.

const club = { slug: "demo", name: "کافه دمو", logoUrl: null, primaryColor: "#0b6e4f", backgroundColor: "#ffffff", template: "standard", qrAvailable: true, pushAvailable: false, walletAvailable: true };
const me = {
  memberCode: "100042",
  firstName: "سارا",
  lastName: "محمدی",
  level: "SILVER",
  levelName: "نقره‌ای",
  balance: { points: 1250, credit: 50000, pendingPoints: 30, pendingCredit: 0 },
  progress: { basis: "TURNOVER", value: 4000000, windowDays: 365, nextLevel: "GOLD", nextLevelName: "طلایی", nextThreshold: 10000000 },
  expiring: [{ asset: "POINTS", amount: 200, expiresAt: "2026-12-21T20:30:00Z" }],
  profile: { mobile: "09121234567", email: null, birthDate: null, nationalCode: null, city: null },
  consents: { sms: true, email: false, push: false },
  referralCode: "SARA42",
  qrAvailable: true,
};

type Handler = (body: unknown, init: RequestInit) => Response | Promise<Response>;
const json = (status: number, body: unknown, headers: Record<string, string> = {}) =>
  new Response(JSON.stringify(body), { status, headers: { "Content-Type": status >= 400 ? "application/problem+json" : "application/json", ...headers } });

let routes: Record<string, Handler>;
let sent: { route: string; body: unknown; auth: string | undefined }[];
let root: HTMLElement;

beforeEach(() => {
  localStorage.clear();
  sent = [];
  routes = {
    "GET /api/v1/portal/demo/club": () => json(200, club),
    "GET /api/v1/portal/me": () => json(200, me),
  };
  vi.stubGlobal("fetch", async (url: string, init: RequestInit = {}) => {
    const route = `${init.method ?? "GET"} ${url}`;
    const body = init.body ? JSON.parse(String(init.body)) : undefined;
    sent.push({ route, body, auth: (init.headers as Record<string, string>)?.Authorization });
    const handler = routes[route];
    if (!handler) throw new TypeError("Failed to fetch");
    return handler(body, init);
  });
  window.scrollTo = () => {}; // jsdom has no scrolling
  root = document.createElement("div");
  document.body.appendChild(root);
});

afterEach(() => {
  render(null, root);
  root.remove();
  vi.unstubAllGlobals();
});

async function settle(check: () => boolean, what: string) {
  for (let i = 0; i < 100; i++) {
    if (check()) return;
    await act(() => new Promise<void>((r) => setTimeout(r, 0)));
  }
  throw new Error(`never happened: ${what}\n${root.innerHTML}`);
}

const $ = (testId: string) => root.querySelector<HTMLElement>(`[data-testid="${testId}"]`);

async function type(testId: string, value: string) {
  const input = $(testId) as HTMLInputElement;
  await act(() => {
    input.value = value;
    input.dispatchEvent(new Event("input", { bubbles: true }));
  });
}

async function click(testId: string) {
  await act(() => $(testId)!.click());
}

function open(path: string) {
  history.replaceState(null, "", path);
  render(<App />, root);
}

describe("signing in by a one-time code", () => {
  it("takes the mobile in Persian digits, sends it normalised, signs in with the code and shows the balances", async () => {
    routes["POST /api/v1/portal/demo/otp"] = () => json(202, { expiresIn: 120, codeLength: 6 });
    routes["POST /api/v1/portal/demo/session"] = (body) =>
      (body as { code: string }).code === "123456" ? json(200, { accessToken: "member-token", tokenType: "Bearer", expiresIn: 3600 }) : json(401, { type: "/problems/unauthorized", title: "Unauthorized", status: 401 });
    open("/p/demo/");
    // no token: the login page, in the club's name
    await settle(() => location.pathname === "/p/demo/login" && $("club-name")?.textContent === "کافه دمو", "the login page");

    await type("field-mobile", "۰۹۱۲ ۱۲۳ ۴۵۶۷");
    await click("send-code");
    await settle(() => !!$("code-sent"), "the code sent");
    expect(sent.find((s) => s.route.endsWith("/otp"))?.body).toEqual({ mobile: "09121234567" });
    expect($("code-sent")?.textContent).toContain("۰۹۱۲۱۲۳۴۵۶۷");

    await type("field-code", "۶۵۴۳۲۱");
    await click("sign-in");
    await settle(() => !!$("error-code"), "the wrong code refused");

    await type("field-code", "۱۲۳ ۴۵۶");
    await click("sign-in");
    await settle(() => $("balance-points")?.textContent === "۱٬۲۵۰", "the balances");
    expect(location.pathname).toBe("/p/demo/");
    expect(sent.filter((s) => s.route.endsWith("/session")).map((s) => s.body)).toEqual([
      { mobile: "09121234567", code: "654321" },
      { mobile: "09121234567", code: "123456" },
    ]);
    expect(sent.find((s) => s.route === "GET /api/v1/portal/me")?.auth).toBe("Bearer member-token");
    expect($("balance-credit")?.textContent).toBe("۵۰٬۰۰۰ ریال");
    expect($("level-name")?.textContent).toBe("نقره‌ای");
    // 4,000,000 of GOLD's 10,000,000 Rial: 6,000,000 to go
    expect($("level-progress")?.getAttribute("value")).toBe("4000000");
    expect($("level")?.textContent).toContain("۶٬۰۰۰٬۰۰۰ ریال خرید دیگر تا سطح طلایی");
    expect($("expiring")?.textContent).toContain("۲۰۰ امتیاز");
    expect($("referral-code")?.textContent).toBe("SARA42");
    expect($("qr-open")).not.toBeNull();
  });

  it("opened again with a kept token (a reload), asks for his balances with it from the first call", async () => {
    localStorage.setItem("bashgah.portal.demo.token", JSON.stringify({ token: "kept-token", expiresAt: Date.now() + 3_600_000 }));
    open("/p/demo/");
    await settle(() => $("balance-points")?.getAttribute("data-value") === "1250", "the balances");
    const calls = sent.filter((s) => s.route === "GET /api/v1/portal/me");
    expect(calls.length).toBeGreaterThan(0);
    expect(calls.every((c) => c.auth === "Bearer kept-token")).toBe(true);
  });

  it("refuses a mobile that is not one before sending anything", async () => {
    open("/p/demo/login");
    await settle(() => !!$("field-mobile"), "the login page");
    await type("field-mobile", "۰۲۱۱۲۳۴۵۶۷۸");
    await click("send-code");
    await settle(() => !!$("error-mobile"), "the mobile refused");
    expect(sent.some((s) => s.route.endsWith("/otp"))).toBe(false);
  });

  it("says how long to wait after too many codes", async () => {
    routes["POST /api/v1/portal/demo/otp"] = () => json(429, { type: "https://bashgah.ir/problems/too-many-requests", title: "Too many requests", status: 429 }, { "Retry-After": "600" });
    open("/p/demo/login");
    await settle(() => !!$("field-mobile"), "the login page");
    await type("field-mobile", "09121234567");
    await click("send-code");
    await settle(() => !!$("problem"), "the problem shown");
    expect($("problem")?.textContent).toContain("۱۰ دقیقه");
  });
});

describe("a signed-in member", () => {
  beforeEach(() => {
    localStorage.setItem("bashgah.portal.demo.token", JSON.stringify({ token: "member-token", expiresAt: Date.now() + 3_600_000 }));
  });

  it("offline, sees the last balances marked with their time", async () => {
    open("/p/demo/");
    await settle(() => $("balance-points")?.textContent === "۱٬۲۵۰", "the balances");
    render(null, root);
    delete routes["GET /api/v1/portal/me"];
    delete routes["GET /api/v1/portal/demo/club"];
    open("/p/demo/");
    await settle(() => !!$("offline-mark"), "the offline mark");
    expect($("balance-points")?.textContent).toBe("۱٬۲۵۰");
    expect($("offline-mark")?.textContent).toMatch(/بدون اینترنت/);
  });

  it("whose session ended is sent back to the login page, and his kept balances forgotten", async () => {
    routes["GET /api/v1/portal/me"] = () => json(401, { type: "/problems/unauthorized", title: "Unauthorized", status: 401 });
    open("/p/demo/");
    await settle(() => location.pathname === "/p/demo/login" && !!$("field-mobile"), "the login page");
    expect(localStorage.getItem("bashgah.portal.demo.token")).toBeNull();
  });

  it("sees the server's message under the field it refused", async () => {
    routes["PATCH /api/v1/portal/me"] = () =>
      json(422, { type: "/problems/validation-failed", title: "Validation failed", status: 422, detail: "یک مقدار درست نیست", errors: [{ field: "city", message: "این شهر را نمی‌شناسیم" }] });
    open("/p/demo/profile");
    await settle(() => !!$("field-city"), "the profile form");
    await type("field-city", "ناکجا");
    await click("profile-save");
    await settle(() => !!$("error-city"), "the field's error");
    expect($("error-city")?.textContent).toBe("این شهر را نمی‌شناسیم");
    expect($("profile-problem")?.textContent).toContain("یک مقدار درست نیست");
    expect(sent.find((s) => s.route === "PATCH /api/v1/portal/me")?.body).toEqual({ city: "ناکجا" });
  });
});

describe("the invoice page", () => {
  it("opens without a login, in the club's colours", async () => {
    routes["GET /api/v1/portal/invoices/tok123"] = () =>
      json(200, {
        club: { slug: "demo", name: "کافه دمو", logoUrl: null, primaryColor: "#7b1fa2" },
        invoiceNumber: "INV-9",
        branchName: "تهران ۱",
        issuedAt: "2026-11-23T10:00:00Z",
        lines: [{ sku: "LAT", name: "لاته", quantity: 2, unitPrice: 450000, lineTotal: 900000 }],
        payments: [{ method: "CASH", amount: 900000 }],
        total: 900000,
        pointsEarned: 90,
        creditEarned: 0,
        creditRedeemed: 0,
        balanceAfter: { points: 1340, credit: 0 },
        surveyUrl: null,
        portalUrl: "/p/demo/",
      });
    open("/i/tok123");
    await settle(() => !!$("invoice"), "the invoice");
    expect($("invoice-total")?.textContent).toBe("۹۰۰٬۰۰۰ ریال");
    expect($("invoice-points")?.textContent).toBe("۹۰");
    expect($("invoice-balance")?.textContent).toContain("۱٬۳۴۰");
    expect($("invoice-portal")?.getAttribute("href")).toBe("/p/demo/");
    expect(document.documentElement.style.getPropertyValue("--brand")).toBe("#7b1fa2");
    expect(sent.every((s) => s.auth === undefined)).toBe(true);
  });
});
