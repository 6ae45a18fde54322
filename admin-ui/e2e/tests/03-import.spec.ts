import { join } from "node:path";
import { DEMO, expect, signIn, test } from "../fixtures";

test("the owner imports existing customers from a CSV and reads the error report", async ({ page }) => {
  const seed = String(Date.now()).slice(-6);
  // Two good rows with opening points and credit, one with a mobile that is not one.
  const csv = [
    "نام,نام خانوادگی,موبایل,گروه,امتیاز اولیه,اعتبار اولیه",
    `مریم,کاظمی,0936${seed}1,B,120,50000`,
    `رضا,حسینی,0936${seed}2,A,0,0`,
    `علی,رضایی,12345,B,10,0`,
  ].join("\n");

  await signIn(page, DEMO.club, DEMO.owner.username, DEMO.owner.password);
  await expect(page).toHaveURL(/dashboard/);
  await page.getByTestId("nav-imports").click();
  await page.getByTestId("import-file").setInputFiles({ name: `customers-${seed}.csv`, mimeType: "text/csv", buffer: Buffer.from(csv, "utf8") });
  await page.getByTestId("import-start").click();

  await expect(page.getByTestId("import-status")).toHaveAttribute("data-status", "DONE", { timeout: 60_000 });
  await expect(page.getByTestId("import-rows-read")).toHaveAttribute("data-value", "3");
  await expect(page.getByTestId("import-imported")).toHaveAttribute("data-value", "2");
  await expect(page.getByTestId("import-failed")).toHaveAttribute("data-value", "1");
  const errorRow = page.getByTestId("import-error-row");
  await expect(errorRow).toHaveCount(1);
  await expect(errorRow).toContainText("۴");

  // The imported member is there with the opening balance the file gave him.
  await page.getByTestId("nav-members").click();
  await page.getByTestId("member-search").fill(`0936${seed}1`);
  await page.keyboard.press("Enter");
  await expect(page.getByTestId("member-row")).toHaveCount(1);
  await page.getByTestId("member-row").click();
  await expect(page.getByTestId("member-name")).toContainText("مریم کاظمی");
  await expect(page.getByTestId("points-available")).toHaveAttribute("data-value", "120");
  await expect(page.getByTestId("credit")).toHaveAttribute("data-value", "50000");
  await page.screenshot({ path: join(import.meta.dirname, "..", "target", "imported-member.png") });
});
