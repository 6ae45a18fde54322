import { test as base, expect, type APIRequestContext, type Page } from "@playwright/test";
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

export const test = base.extend({
  // The platform's address is chosen by the global setup (a free port), after this file is read.
  baseURL: async ({}, use) => {
    await use(process.env.BASHGAH_E2E_URL);
  },
});

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
