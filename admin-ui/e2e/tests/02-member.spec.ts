import { bearer, DEMO, demoTerminalKey, expect, SCREENSHOTS, signIn, test, tokenOf } from "../fixtures";
import { join } from "node:path";

/** A valid national code made from nine digits (the tenth checks them), so each run has its own. */
function nationalCode(nine: string): string {
  let sum = 0;
  for (let i = 0; i < 9; i++) sum += Number(nine[i]) * (10 - i);
  const r = sum % 11;
  return nine + String(r < 2 ? r : 11 - r);
}

const toPersian = (s: string) => s.replace(/\d/g, (d) => "۰۱۲۳۴۵۶۷۸۹"[Number(d)]);

test.describe.serial("a member's life at the club, as the operator sees it", () => {
  const seed = String(Date.now()).slice(-7);
  const mobile = `0935${seed}`;
  const code10 = nationalCode(`00${seed}`);
  let memberCode = "";

  test("the owner registers a member in Persian with a Jalali birth date", async ({ page, request }) => {
    await signIn(page, DEMO.club, DEMO.owner.username, DEMO.owner.password);
    await expect(page).toHaveURL(/dashboard/);
    await page.getByTestId("nav-members").click();
    await page.getByTestId("register-member").click();

    await page.getByTestId("field-firstName").fill("سارا");
    await page.getByTestId("field-lastName").fill("محمدی");
    // A wrong national code is caught as it is typed, before anything is sent.
    await page.getByTestId("field-nationalCode").fill("۱۲۳۴۵۶۷۸۹۰");
    await page.getByTestId("field-nationalCode").blur();
    await expect(page.getByTestId("error-nationalCode")).toBeVisible();
    await page.getByTestId("field-nationalCode").fill(toPersian(code10));
    await page.getByTestId("field-mobile").fill(toPersian(mobile));
    await page.getByTestId("field-group").selectOption("A");
    // ۱۵ شهریور ۱۳۷۰, typed into the Jalali picker section by section.
    await page.getByTestId("date-birthDate").locator(".MuiPickersSectionList-root").click();
    await page.keyboard.type("13700615");
    await page.getByTestId("field-address").fill("تهران، خیابان ولیعصر، کوچه‌ی بهار");

    await page.getByTestId("register-submit").click();
    await expect(page).toHaveURL(/\/admin\/members\/\d+$/);
    memberCode = page.url().split("/").pop()!;
    await expect(page.getByTestId("member-name")).toContainText("سارا محمدی");
    await expect(page.getByTestId("member-details")).toContainText("۱۵ شهریور ۱۳۷۰");

    // What the server stored: the ISO date of that Jalali day, the normalised mobile.
    const owner = await tokenOf(request, DEMO.club, DEMO.owner.username, DEMO.owner.password);
    const stored = await (await request.get(`/api/v1/members/${memberCode}`, { headers: bearer(owner) })).json();
    expect(stored.birthDate).toBe("1991-09-06");
    expect(stored.mobile).toBe(mobile);
    expect(stored.group).toBe("A");
  });

  test("an invoice posted at the till shows on the member's profile: balance and ledger", async ({ page, request }) => {
    const key = await demoTerminalKey(request);
    const invoice = await request.post("/api/v1/pos/invoices", {
      headers: { Authorization: `ApiKey ${key}`, "Idempotency-Key": `e2e-${memberCode}` },
      data: {
        memberCode,
        invoiceNumber: `E2E-${memberCode}`,
        issuedAt: new Date().toISOString(),
        lines: [{ sku: "LAT", productGroup: "drinks", quantity: 2, unitPrice: 450000 }],
        payments: [{ method: "CASH", amount: 900000 }],
      },
    });
    expect(invoice.status(), await invoice.text()).toBe(201);
    const answer = await invoice.json();
    const earned = answer.pointsEarned ?? answer.earned?.points;

    await signIn(page, DEMO.club, DEMO.owner.username, DEMO.owner.password);
    await page.goto(`/admin/members/${memberCode}`);
    const balance = await (await request.get(`/api/v1/members/${memberCode}/balance`, { headers: bearer(await tokenOf(request, DEMO.club, DEMO.owner.username, DEMO.owner.password)) })).json();
    expect(balance.points + balance.pendingPoints).toBeGreaterThan(0);
    await expect(page.getByTestId("points-available")).toHaveAttribute("data-value", String(balance.points));
    await expect(page.getByTestId("points-pending")).toHaveAttribute("data-value", String(balance.pendingPoints));
    // The invoice's earning is on the ledger, newest first, with its amount.
    const rows = page.getByTestId("ledger-row");
    await expect(rows.first()).toBeVisible();
    if (earned) await expect(page.getByTestId("ledger").locator(`[data-amount="${earned}"]`).first()).toBeVisible();
    await page.screenshot({ path: join(SCREENSHOTS, "member-profile.png"), fullPage: true });
  });

  test("the owner blocks the member's card, and the till refuses it", async ({ page, request }) => {
    await signIn(page, DEMO.club, DEMO.owner.username, DEMO.owner.password);
    await page.goto(`/admin/members/${memberCode}`);
    const card = page.locator('[data-testid=card-row][data-status="ACTIVE"]').first();
    const cardNumber = await card.getAttribute("data-card");
    expect(cardNumber).toBeTruthy();
    await card.getByTestId("card-block").click();
    await page.getByTestId("dialog-reason").fill("کارت گم شده است");
    await page.getByTestId("dialog-confirm").click();
    await expect(page.locator(`[data-testid=card-row][data-card="${cardNumber}"]`)).toHaveAttribute("data-status", "BLOCKED");

    const key = await demoTerminalKey(request);
    const lookup = await request.post("/api/v1/pos/lookup", { headers: { Authorization: `ApiKey ${key}`, "Idempotency-Key": `lookup-${cardNumber}` }, data: { cardNumber } });
    expect(lookup.status()).toBe(423);
  });
});
