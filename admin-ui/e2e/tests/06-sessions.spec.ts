import { join } from "node:path";
import * as OTPAuth from "otpauth";
import { bearer, DEMO, expect, SCREENSHOTS, sessionToken, signIn, submitLogin, test, tokenOf } from "../fixtures";
import type { APIRequestContext } from "@playwright/test";

/** Whether a token still opens anything (its session open): 200, or 401 once it ended. */
async function meStatus(request: APIRequestContext, token: string): Promise<number> {
  return (await request.get("/api/v1/auth/me", { headers: bearer(token) })).status();
}

test("the owner signed in twice sees both sessions, ends the other one, and that browser lands on the login page", async ({ page, anotherBrowser, request }) => {
  await signIn(page, DEMO.club, DEMO.owner.username, DEMO.owner.password);
  await page.goto("/admin/profile");
  const panel = page.getByTestId("sessions-panel");
  const rows = panel.locator("li[data-testid^=session-]");
  await expect(panel.getByTestId("session-current")).toBeVisible();
  // The owner's logins of the tests before are still open: sign out everywhere else first.
  if ((await panel.locator("li[data-current=false]").count()) > 0) await panel.getByTestId("sessions-end-others").click();
  await expect(rows).toHaveCount(1);

  const other = await anotherBrowser();
  await signIn(other, DEMO.club, DEMO.owner.username, DEMO.owner.password);
  await page.reload();
  await expect(rows).toHaveCount(2);
  await expect(panel.locator("li[data-current=true]")).toContainText("این دستگاه");
  await expect(rows.first()).toHaveAttribute("data-current", "true");
  // Jalali date and time (Persian digits), the address left to right.
  await expect(rows.nth(1)).toContainText(/[۰-۹]{4}/);
  await expect(rows.nth(1).locator("bdi[dir=ltr]").first()).toHaveText(/\d/);
  await page.screenshot({ path: join(SCREENSHOTS, "profile-sessions.png"), fullPage: true });

  await panel.locator("li[data-current=false]").getByRole("button").click();
  await expect(rows).toHaveCount(1);
  await expect(panel.getByTestId("sessions-ended")).toBeVisible();

  // The other browser's next step finds its session ended and is sent to sign in again, told why.
  await other.getByTestId("nav-members").click();
  await expect(other).toHaveURL(/\/admin\/login$/);
  await expect(other.getByTestId("session-ended")).toContainText("نشست شما به پایان رسید");

  // Signing out ends this session on the server too: its token opens nothing any more.
  const token = await sessionToken(page);
  expect(await meStatus(request, token)).toBe(200);
  await page.getByTestId("account-menu").click();
  await page.getByTestId("sign-out").click();
  await expect(page).toHaveURL(/\/admin\/login$/);
  await expect(page.getByTestId("session-ended")).toHaveCount(0);
  expect(await meStatus(request, token)).toBe(401);
});

test("the owner ends all sessions of the cashier from the staff page, and the cashier's open console goes to the login page", async ({ page, anotherBrowser }) => {
  const till = await anotherBrowser();
  await signIn(till, DEMO.club, DEMO.cashier.username, DEMO.cashier.password);
  await expect(till).toHaveURL(/\/admin\/members/);

  await signIn(page, DEMO.club, DEMO.owner.username, DEMO.owner.password);
  await page.getByTestId("nav-staff").click();
  // The owner's own row offers no change of his own account.
  await expect(page.getByTestId("staff-edit-owner")).toBeDisabled();
  await expect(page.getByTestId("staff-reset-owner")).toBeDisabled();
  await page.getByTestId("staff-sessions-cashier").click();
  const dialog = page.getByTestId("staff-sessions-dialog");
  await expect(dialog).toContainText("cashier");
  await expect(dialog.locator("li[data-testid^=session-]").first()).toBeVisible();
  await dialog.getByTestId("dialog-confirm").click();
  await page.getByTestId("staff-sessions-end-all").click();
  await expect(dialog.getByTestId("staff-sessions-ended")).toBeVisible();
  await expect(dialog.getByTestId("staff-sessions-empty")).toBeVisible();
  await dialog.getByTestId("dialog-cancel").click();

  await till.getByTestId("nav-branches").click();
  await expect(till).toHaveURL(/\/admin\/login$/);
  await expect(till.getByTestId("session-ended")).toBeVisible();
  // He signs in again as usual.
  await signIn(till, DEMO.club, DEMO.cashier.username, DEMO.cashier.password);
});

test("an owner turns two-step sign-in on and then off from the profile, and each change ends his other sessions", async ({ page, request }) => {
  // An owner of his own, so that nothing of this (MFA on, sessions ended) touches the demo owner of the other tests.
  const demoOwner = await tokenOf(request, DEMO.club, DEMO.owner.username, DEMO.owner.password);
  const username = `mfa-owner-${String(Date.now()).slice(-6)}`;
  const password = "Mfa-owner-14050";
  const created = await request.post("/api/v1/staff", { headers: bearer(demoOwner), data: { username, password, role: "owner" } });
  expect(created.status(), await created.text()).toBe(201);

  const elsewhere = await tokenOf(request, DEMO.club, username, password);
  await signIn(page, DEMO.club, username, password);
  await page.goto("/admin/profile");
  const rows = page.getByTestId("sessions-panel").locator("li[data-testid^=session-]");
  await expect(rows).toHaveCount(2);
  await expect(page.getByTestId("mfa-state")).toHaveText("فعال نیست");

  // On: the QR code's key into an authenticator (computed here), its code back.
  await page.getByTestId("mfa-start").click();
  const secret = await page.getByTestId("mfa-secret").locator("input").inputValue();
  const totp = new OTPAuth.TOTP({ secret: OTPAuth.Secret.fromBase32(secret), digits: 6, period: 30, algorithm: "SHA1" });
  await page.getByTestId("mfa-otp").locator("input").fill(totp.generate());
  await page.getByTestId("mfa-confirm").click();
  await expect(page.getByTestId("mfa-enabled")).toBeVisible();
  await expect(page.getByTestId("mfa-state")).toHaveText("فعال است");
  const recovery = (await page.getByTestId("mfa-enabled").locator("li").allInnerTexts()).map((c) => c.trim());
  expect(recovery.length).toBeGreaterThan(1);
  await expect(rows).toHaveCount(1);
  expect(await meStatus(request, elsewhere)).toBe(401);

  // Out and in again: the code that turned MFA on is spent, the next step's is good.
  await page.getByTestId("account-menu").click();
  await page.getByTestId("sign-out").click();
  await expect(page).toHaveURL(/\/admin\/login$/);
  await submitLogin(page, DEMO.club, username, password);
  const otp = page.locator("input[name=otp]");
  await expect(otp).toBeVisible();
  await otp.fill(totp.generate({ timestamp: Date.now() + 30_000 }));
  await page.getByTestId("sign-in").click();
  await expect(page.getByTestId("account-menu")).toBeVisible();

  // Another session elsewhere (with a recovery code), then off, confirmed with the password.
  const again = await tokenOf(request, DEMO.club, username, password, recovery[0]);
  await page.goto("/admin/profile");
  await expect(rows).toHaveCount(2);
  await page.getByTestId("mfa-password").locator("input").fill(password);
  await page.getByTestId("mfa-disable").click();
  await expect(page.getByTestId("mfa-disabled")).toBeVisible();
  await expect(page.getByTestId("mfa-state")).toHaveText("فعال نیست");
  await expect(rows).toHaveCount(1);
  expect(await meStatus(request, again)).toBe(401);
  // The password alone signs him in again.
  await tokenOf(request, DEMO.club, username, password);
});
