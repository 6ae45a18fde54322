import { ADMIN, bearer, expect, signIn, test, tokenOf } from "../fixtures";

test.describe.serial("a club on a lower plan, and the platform admin who upgrades it", () => {
  const slug = `basic${String(Date.now()).slice(-6)}`;
  const owner = { username: "boss", password: "Boss-pass-14050" };

  test("a club on the Basic plan sees what it lacks as locked, with the plan that has it", async ({ page, request }) => {
    const admin = await tokenOf(request, null, ADMIN.username, ADMIN.password);
    const created = await request.post("/api/v1/platform/tenants", {
      headers: bearer(admin),
      data: { slug, name: "کافه‌ی پایه", plan: "BASIC", owner },
    });
    expect(created.status(), await created.text()).toBe(201);

    await signIn(page, slug, owner.username, owner.password);
    await expect(page).toHaveURL(/dashboard/);
    // Club rules (A3) and the activity log (K1) are in the menu, locked.
    await expect(page.getByTestId("nav-locked-A3")).toBeVisible();
    await expect(page.getByTestId("nav-locked-K1")).toBeVisible();
    await page.getByTestId("nav-audit").click();
    await expect(page.getByTestId("locked-K1")).toContainText("از طرح استاندارد به بعد در دسترس است");
    await page.getByTestId("nav-plan").click();
    await expect(page.getByTestId("feature-B7")).toHaveAttribute("data-state", "locked");
    await expect(page.getByTestId("feature-A1")).toHaveAttribute("data-state", "on");
  });

  test("the platform admin moves the club to Standard, and its activity log opens", async ({ page }) => {
    await signIn(page, null, ADMIN.username, ADMIN.password);
    await expect(page).toHaveURL(/platform\/tenants/);
    await page.getByTestId(`tenant-row-${slug}`).click();
    await page.getByTestId("plan-select").click();
    await page.getByTestId("plan-option-STANDARD").click();
    await page.getByTestId("plan-save").click();
    await page.getByTestId("plan-confirm").click();
    await expect(page.getByTestId("plan-confirm-dialog")).toBeHidden();

    await page.getByTestId("account-menu").click();
    await page.getByTestId("sign-out").click();
    // Signing out ends on the login page; opening it again before then would cut that navigation short.
    await expect(page).toHaveURL(/\/admin\/login$/);
    await signIn(page, slug, owner.username, owner.password);
    await expect(page).toHaveURL(/dashboard/);
    await expect(page.getByTestId("nav-locked-K1")).toHaveCount(0);
    await page.getByTestId("nav-audit").click();
    await expect(page.getByTestId("locked-K1")).toHaveCount(0);
    await expect(page.getByTestId("audit-filters")).toBeVisible();
  });
});
