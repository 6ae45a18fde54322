import { join } from "node:path";
import { ADMIN, bearer, DEMO, expect, SCREENSHOTS, signIn, test, tokenOf } from "../fixtures";

/** A figure as the console shows it in Persian: the reader's digits and grouping (۴٬۰۰۰٬۰۰۰). */
const fa = (n: number) => new Intl.NumberFormat("fa-IR").format(n);
const rial = (n: number) => `${fa(n)} ریال`;

/** Today's date in Tehran, and the date `days` before it (YYYY-MM-DD). */
function tehranDay(daysBefore = 0): string {
  const today = new Intl.DateTimeFormat("en-CA", { timeZone: "Asia/Tehran" }).format(new Date());
  const d = new Date(`${today}T12:00:00Z`);
  d.setUTCDate(d.getUTCDate() - daysBefore);
  return d.toISOString().slice(0, 10);
}

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

test("the dashboard of a new club shows exactly what its till recorded", async ({ page, request }) => {
  const slug = `dash${String(Date.now()).slice(-6)}`;
  const owner = { username: "boss", password: "Boss-pass-14050" };
  const admin = await tokenOf(request, null, ADMIN.username, ADMIN.password);
  const created = await request.post("/api/v1/platform/tenants", { headers: bearer(admin), data: { slug, name: "کافه‌ی داشبورد", plan: "PROFESSIONAL", owner } });
  expect(created.status(), await created.text()).toBe(201);
  const token = await tokenOf(request, slug, owner.username, owner.password);
  const as = { headers: bearer(token) };
  expect((await request.post("/api/v1/branches", { ...as, data: { code: "b1", name: "شعبه‌ی میدان" } })).status()).toBe(201);
  const terminal = await request.post("/api/v1/branches/b1/terminals", { ...as, data: { name: "till-1" } });
  expect(terminal.status(), await terminal.text()).toBe(201);
  const till = { Authorization: `ApiKey ${(await terminal.json()).apiKey}` };
  const register = async (firstName: string, mobile: string) => {
    const r = await request.post("/api/v1/members", { ...as, data: { firstName, lastName: "آزمون", mobile } });
    expect(r.status(), await r.text()).toBe(201);
    return (await r.json()).memberCode as string;
  };
  const sara = await register("سارا", "09121000001");
  const reza = await register("رضا", "09121000002");
  // Yesterday noon in Tehran, well inside the dashboard's 30 days whenever the test runs.
  const issuedAt = `${tehranDay(1)}T12:00:00+03:30`;
  const sell = async (number: string, memberCode: string, quantity: number, unitPrice: number, method: string) => {
    const r = await request.post("/api/v1/pos/invoices", {
      headers: { ...till, "Idempotency-Key": number },
      data: { invoiceNumber: number, memberCode, issuedAt, lines: [{ sku: "SKU", productGroup: "goods", quantity, unitPrice }], payments: [{ method, amount: quantity * unitPrice }] },
    });
    expect(r.status(), await r.text()).toBe(201);
  };
  // 2,000,000 in cash (200 points) and 3 × 1,000,000 by card (300 points) under the default 10,000 rials a point ...
  await sell("INV-1", sara, 1, 2_000_000, "CASH");
  await sell("INV-2", reza, 3, 1_000_000, "CARD");
  // ... and one of the three units comes back: 1,000,000 and its 100 points.
  const back = await request.post("/api/v1/pos/returns", {
    headers: { ...till, "Idempotency-Key": "R-1" },
    data: { invoiceNumber: "INV-2", returnNumber: "R-1", lines: [{ sku: "SKU", quantity: 1 }] },
  });
  expect(back.status(), await back.text()).toBe(201);

  await signIn(page, slug, owner.username, owner.password);
  await expect(page).toHaveURL(/dashboard/);
  await expect(page.getByTestId("kpi-members-value")).toHaveText(fa(2));
  await expect(page.getByTestId("kpi-members")).toContainText(`${fa(2)} عضو فعال`);
  await expect(page.getByTestId("kpi-new-members-value")).toHaveText(fa(2));
  await expect(page.getByTestId("kpi-sales-value")).toHaveText(rial(4_000_000));
  await expect(page.getByTestId("kpi-sales")).toContainText(`${fa(2)} فاکتور · ${fa(1)} مرجوعی`);
  await expect(page.getByTestId("kpi-points-value")).toHaveText(fa(400));
  await expect(page.getByTestId("kpi-points")).toContainText(`امتیاز مصرف‌شده: ${fa(0)}`);
  await expect(page.getByTestId("kpi-credit-value")).toHaveText(rial(0));
  const branch = page.getByTestId("top-branch-b1");
  await expect(branch.locator("td")).toHaveText(["شعبه‌ی میدان", rial(4_000_000), fa(2), fa(2)]);
  await expect(page.getByTestId("dashboard-top-branches").locator("[data-testid^=top-branch-]")).toHaveCount(1);
});

test("the programme screen previews what an invoice would earn under the saved rules", async ({ page, request }) => {
  // A member of the demo club who has bought nothing yet: Bronze (earn ×1), member group B (no coefficient).
  const token = await tokenOf(request, DEMO.club, DEMO.owner.username, DEMO.owner.password);
  const mobile = `0913${String(Date.now()).slice(-7)}`;
  const registered = await request.post("/api/v1/members", { headers: bearer(token), data: { firstName: "پیش", lastName: "نمایش", mobile, group: "B" } });
  expect(registered.status(), await registered.text()).toBe(201);
  const memberCode = (await registered.json()).memberCode as string;

  await signIn(page, DEMO.club, DEMO.owner.username, DEMO.owner.password);
  await expect(page).toHaveURL(/dashboard/);
  await page.getByTestId("nav-programme").click();
  await expect(page.getByTestId("programme-version")).toBeVisible();
  await page.screenshot({ path: join(SCREENSHOTS, "programme.png"), fullPage: true });
  await page.getByTestId("programme-tab-levels").click();
  await expect(page.getByTestId("levels-ladder")).toBeVisible();
  await page.screenshot({ path: join(SCREENSHOTS, "programme-levels.png"), fullPage: true });

  // Today at midnight: past whenever the test runs (the till may not date an invoice ahead), and not one of
  // the quiet mornings (8 to 11, ×1.25); on a Friday the Friday promotion (×1.5) applies.
  await page.getByTestId("dryrun-member").fill(memberCode);
  await page.getByTestId("dryrun-time").fill("00:00");
  await page.getByTestId("dryrun-line-0-group").fill("drinks");
  await page.getByTestId("dryrun-line-0-price").fill("2500000");
  const friday = new Intl.DateTimeFormat("en-US", { timeZone: "Asia/Tehran", weekday: "long" }).format(new Date()) === "Friday";
  await page.getByTestId("dryrun-submit").click();
  await expect(page.getByTestId("dryrun-result")).toBeVisible();
  // The demo programme: a point per 10,000 rials, drinks ×1.5 for points; 1% of it back as credit; rounded down once.
  // 2,500,000 / 10,000 × 1.5 = 375 points (× 1.5 on a Friday: 562.5, so 562); 1% of 2,500,000 = 25,000 rials.
  await expect(page.getByTestId("dryrun-points")).toHaveText(fa(friday ? 562 : 375));
  await expect(page.getByTestId("dryrun-credit")).toHaveText(rial(25_000));
  await expect(page.getByTestId("dryrun-result-total")).toHaveText(rial(2_500_000));
  await expect(page.getByTestId("dryrun-eligible")).toHaveText(rial(2_500_000));
  await expect(page.getByTestId("dryrun-level")).toContainText("برنزی");
  await expect(page.getByTestId("dryrun-member-group-coefficient")).toHaveText(`${fa(1)} برابر`);
  await expect(page.getByTestId("dryrun-cashback")).toHaveText(rial(0));
  // Earned points wait out the three days in which the invoice may come back.
  await expect(page.getByTestId("dryrun-available-at")).toContainText("در انتظار تا");
  await page.screenshot({ path: join(SCREENSHOTS, "programme-preview.png"), fullPage: true });
});
