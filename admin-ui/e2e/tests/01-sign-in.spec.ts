import * as OTPAuth from "otpauth";
import { bearer, DEMO, expect, signIn, submitLogin, test, tokenOf } from "../fixtures";

test("a wrong password is refused in Persian, and nothing opens", async ({ page }) => {
  await submitLogin(page, DEMO.club, DEMO.owner.username, "not-the-password");
  await expect(page.getByRole("alert")).toContainText("احراز هویت انجام نشد");
  await expect(page).toHaveURL(/\/admin\/login$/);
});

test("the owner signs in to a right-to-left Persian console and can switch it to English", async ({ page }) => {
  await signIn(page, DEMO.club, DEMO.owner.username, DEMO.owner.password);
  await expect(page).toHaveURL(/\/admin\/dashboard/);
  await expect(page.locator("html")).toHaveAttribute("dir", "rtl");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("داشبورد");
  // Every section an owner may use is in the menu; the platform's own are not.
  for (const section of ["dashboard", "members", "imports", "programme", "branches", "staff", "plan", "audit"]) {
    await expect(page.getByTestId(`nav-${section}`)).toBeVisible();
  }
  await expect(page.getByTestId("nav-platform-tenants")).toHaveCount(0);

  await page.getByTestId("language-switch").click();
  await expect(page.locator("html")).toHaveAttribute("dir", "ltr");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Dashboard");
  // The choice survives a reload, and so does the session.
  await page.reload();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Dashboard");
  await page.getByTestId("language-switch").click();
  await expect(page.locator("html")).toHaveAttribute("dir", "rtl");
});

test("a cashier sees only what a cashier may use", async ({ page }) => {
  await signIn(page, DEMO.club, DEMO.cashier.username, DEMO.cashier.password);
  await expect(page.getByTestId("nav-members")).toBeVisible();
  for (const section of ["programme", "staff", "audit", "imports"]) {
    await expect(page.getByTestId(`nav-${section}`)).toHaveCount(0);
  }
  // Typing the address of a screen he may not use shows why, not the screen.
  await page.goto("/admin/programme");
  await expect(page.getByTestId("not-allowed")).toBeVisible();
});

test("a manager with two-step sign-in is asked for the code and gets in with it", async ({ page, request }) => {
  const owner = await tokenOf(request, DEMO.club, DEMO.owner.username, DEMO.owner.password);
  const username = `mfa-${Date.now()}`;
  const password = "Mfa-manager-1405";
  const created = await request.post("/api/v1/staff", { headers: bearer(owner), data: { username, password, role: "manager" } });
  expect(created.status(), await created.text()).toBe(201);
  const token = await tokenOf(request, DEMO.club, username, password);
  const setup = await request.post("/api/v1/auth/mfa/setup", { headers: bearer(token) });
  expect(setup.status(), await setup.text()).toBe(200);
  const totp = new OTPAuth.TOTP({ secret: OTPAuth.Secret.fromBase32((await setup.json()).secret), digits: 6, period: 30, algorithm: "SHA1" });
  const enabled = await request.post("/api/v1/auth/mfa/enable", { headers: bearer(token), data: { otp: totp.generate() } });
  expect(enabled.status(), await enabled.text()).toBe(200);

  await submitLogin(page, DEMO.club, username, password);
  const otp = page.locator("input[name=otp]");
  await expect(otp).toBeVisible();
  await expect(page).toHaveURL(/\/admin\/login$/);
  await otp.fill("000000");
  await page.getByTestId("sign-in").click();
  await expect(page.getByRole("alert")).toContainText("کد یک‌بارمصرف لازم است");
  // A code is good once: the one that turned MFA on is spent, so the next 30-second step's (the
  // server takes the step before and after the current one).
  await otp.fill(totp.generate({ timestamp: Date.now() + 30_000 }));
  await page.getByTestId("sign-in").click();
  await expect(page).toHaveURL(/\/admin\/dashboard/);
  await page.goto("/admin/profile");
  await expect(page.getByTestId("mfa-state")).toHaveText("فعال است");
});
