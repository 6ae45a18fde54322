import { test as base, expect, type APIRequestContext, type BrowserContext, type Page } from "@playwright/test";
import { mkdirSync } from "node:fs";
import { join } from "node:path";

export { expect };

/** The demo club's logins, as ./run prints them. */
export const DEMO = {
  club: "demo",
  owner: { username: "owner", password: "Demo-owner-1405" },
  cashier: { username: "cashier", password: "Demo-cashier-1405" },
};
export const ADMIN = { username: "admin", password: process.env.BASHGAH_ADMIN_PASSWORD ?? "E2e-admin-1405" };

/** docs/screenshots at the repository's root: the README and the issue point at them. */
export const SCREENSHOTS = join(import.meta.dirname, "..", "..", "docs", "screenshots");
mkdirSync(SCREENSHOTS, { recursive: true });

/**
 * Collects every Content-Security-Policy violation of a browser context's pages: the
 * securitypolicyviolation events of the document (listened to from an init script, which the policy
 * does not govern) and Chromium's console reports of what it refused.
 */
export async function watchCsp(context: BrowserContext, found: string[]) {
  await context.exposeBinding("__bashgahCspViolation", (_source, text: string) => {
    found.push(text);
  });
  await context.addInitScript(() => {
    document.addEventListener("securitypolicyviolation", (e) => {
      const report = (window as unknown as { __bashgahCspViolation(text: string): void }).__bashgahCspViolation;
      report(`${e.effectiveDirective} refused ${e.blockedURI || "inline"} (${e.sourceFile}:${e.lineNumber}) on ${document.location.pathname}`);
    });
  });
  const listen = (page: Page) =>
    page.on("console", (message) => {
      if (/content.security.policy/i.test(message.text())) found.push(`console on ${page.url()}: ${message.text()}`);
    });
  context.pages().forEach(listen);
  context.on("page", listen);
  // A page served without the policy would let anything run unreported: that counts too.
  context.on("response", (response) => {
    const path = new URL(response.url()).pathname;
    if (response.request().resourceType() === "document" && path.startsWith("/admin") && response.status() < 300 && !response.headers()["content-security-policy"]) {
      found.push(`${path} was served without a Content-Security-Policy`);
    }
  });
}

export const test = base.extend<{ cspViolations: string[]; anotherBrowser: () => Promise<Page> }>({
  // The platform's address is chosen by the global setup (a free port), after this file is read.
  baseURL: async ({}, use) => {
    await use(process.env.BASHGAH_E2E_URL);
  },
  // Every test fails on a CSP violation in any of its pages: the console must run under the policy
  // the platform sends (docs/security.md, Headers), or a screen breaks in production unseen.
  cspViolations: [
    async ({}, use) => {
      const found: string[] = [];
      await use(found);
      expect(found, "Content-Security-Policy violations").toEqual([]);
    },
    { auto: true },
  ],
  context: async ({ context, cspViolations }, use) => {
    await watchCsp(context, cspViolations);
    await use(context);
  },
  /** A page in a browser of its own (another device: its own storage and cookies), watched for CSP violations too. */
  anotherBrowser: async ({ browser, baseURL, cspViolations }, use) => {
    const contexts: BrowserContext[] = [];
    await use(async () => {
      const context = await browser.newContext({ baseURL, locale: "fa-IR", timezoneId: "Asia/Tehran", viewport: { width: 1366, height: 900 } });
      contexts.push(context);
      await watchCsp(context, cspViolations);
      return context.newPage();
    });
    for (const context of contexts) await context.close();
  },
});

/** The access token the console keeps for this tab's session. */
export async function sessionToken(page: Page): Promise<string> {
  return page.evaluate(() => (JSON.parse(sessionStorage.getItem("bashgah.session") ?? "{}") as { token?: string }).token ?? "");
}

export async function tokenOf(request: APIRequestContext, club: string | null, username: string, password: string, otp?: string): Promise<string> {
  const r = await request.post("/api/v1/auth/login", { data: { tenant: club, username, password, otp } });
  expect(r.status(), await r.text()).toBe(200);
  return (await r.json()).accessToken;
}

export function bearer(token: string) {
  return { Authorization: `Bearer ${token}` };
}

/** Fills the login page and presses sign in, as an operator would; nothing is awaited after. */
export async function submitLogin(page: Page, club: string | null, username: string, password: string) {
  await page.goto("/admin/login");
  await page.locator("input[name=tenant]").fill(club ?? "");
  await page.locator("input[name=username]").fill(username);
  await page.locator("input[name=password]").fill(password);
  await page.getByTestId("sign-in").click();
}

/** Signs in through the login page and waits until the console is open. */
export async function signIn(page: Page, club: string | null, username: string, password: string) {
  await submitLogin(page, club, username, password);
  await expect(page.getByTestId("account-menu")).toBeVisible();
}

let terminalKey: string | null = null;

/** A terminal of the demo club's first branch, made through the API (its key is shown only once). */
export async function demoTerminalKey(request: APIRequestContext): Promise<string> {
  if (terminalKey) return terminalKey;
  const token = await tokenOf(request, DEMO.club, DEMO.owner.username, DEMO.owner.password);
  const r = await request.post("/api/v1/branches/tehran-1/terminals", { headers: bearer(token), data: { name: `e2e-${Date.now()}` } });
  expect(r.status(), await r.text()).toBe(201);
  terminalKey = (await r.json()).apiKey as string;
  return terminalKey;
}
