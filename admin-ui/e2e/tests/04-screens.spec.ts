import { join } from "node:path";
import { DEMO, expect, SCREENSHOTS, signIn, test } from "../fixtures";

test("the dashboard shows the demo club's figures, charts and branches", async ({ page }) => {
  await signIn(page, DEMO.club, DEMO.owner.username, DEMO.owner.password);
  await expect(page).toHaveURL(/dashboard/);
  // The demo club has 200 members and three months of sales.
  await expect(page.getByTestId("kpi-members-value")).not.toHaveText("");
  const members = await page.getByTestId("kpi-members-value").innerText();
  expect(Number(members.replace(/[۰-۹]/g, (d) => String("۰۱۲۳۴۵۶۷۸۹".indexOf(d))).replace(/\D/g, ""))).toBeGreaterThanOrEqual(200);
  await expect(page.getByTestId("dashboard-top-branches").locator("[data-testid^=top-branch-]").first()).toBeVisible();
  await page.getByTestId("dashboard-period").click();
  await page.getByRole("option", { name: "۹۰ روز اخیر" }).click();
  await page.getByTestId("dashboard-bucket").getByRole("button", { name: "هفتگی" }).click();
  await expect(page.locator(".MuiChartsSurface-root").first()).toBeVisible();
  await page.screenshot({ path: join(SCREENSHOTS, "dashboard.png"), fullPage: true });
});

test("the programme screen previews what an invoice would earn under the saved rules", async ({ page }) => {
  await signIn(page, DEMO.club, DEMO.owner.username, DEMO.owner.password);
  await expect(page).toHaveURL(/dashboard/);
  await page.getByTestId("nav-programme").click();
  await expect(page.getByTestId("programme-version")).toBeVisible();
  await page.screenshot({ path: join(SCREENSHOTS, "programme.png"), fullPage: true });
  await page.getByTestId("programme-tab-levels").click();
  await expect(page.getByTestId("levels-ladder")).toBeVisible();
  await page.screenshot({ path: join(SCREENSHOTS, "programme-levels.png"), fullPage: true });

  await page.getByTestId("dryrun-member").fill("۱۰۰۰۰۱");
  await page.getByTestId("dryrun-submit").click();
  await expect(page.getByTestId("dryrun-result")).toBeVisible();
  // What the till's own dry run says for the same invoice is what the screen shows.
  await expect(page.getByTestId("dryrun-points")).toHaveText(/[۰-۹]/);
  await page.screenshot({ path: join(SCREENSHOTS, "programme-preview.png"), fullPage: true });
});
