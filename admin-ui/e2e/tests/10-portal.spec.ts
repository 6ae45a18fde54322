import { existsSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import type { APIRequestContext, Page } from "@playwright/test";
import { ADMIN, bearer, DEMO, demoTerminalKey, expect, SCREENSHOTS, test, tokenOf } from "../fixtures";
import { STATE_FILE } from "../global-setup";

// The member portal (issue 13) on a phone: sign-in by a code from the SMS (the `log` SMS provider writes
// the text into the platform's log), the balances as the API has them, the QR code, a profile edit that
// stays, the history and an invoice, the invoice page of a real sale without a login, the portal as an
// installable app (manifest, service worker) and its home screen offline.

test.use({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });

const toPersian = (s: string) => s.replace(/\d/g, (d) => "۰۱۲۳۴۵۶۷۸۹"[Number(d)]);
const toLatin = (s: string) => s.replace(/[۰-۹]/g, (d) => String("۰۱۲۳۴۵۶۷۸۹".indexOf(d))).replace(/[٠-٩]/g, (d) => String("٠١٢٣٤٥٦٧٨٩".indexOf(d)));
const TOKEN_KEY = `bashgah.portal.${DEMO.club}.token`;

/** The platform's log: the one the global setup started it with, or BASHGAH_E2E_LOG beside a running platform. */
function platformLog(): string {
  if (process.env.BASHGAH_E2E_LOG) return process.env.BASHGAH_E2E_LOG;
  if (existsSync(STATE_FILE)) return (JSON.parse(readFileSync(STATE_FILE, "utf8")) as { log: string }).log;
  throw new Error("No platform log: run through scripts/e2e.sh, or set BASHGAH_E2E_LOG to the running platform's log");
}

/** The texts of the SMS to a mobile the log got after `from` (bytes): what follows "SMS n to <mobile>...: ". */
function smsTexts(log: string, from: number, mobile: string): string[] {
  const national = mobile.slice(1); // 0937... may be logged as 0937..., +98937... or 98937...
  return readFileSync(log).subarray(from).toString("utf8")
    .split("\n")
    .filter((line) => /\bSMS \S+ to /.test(line) && line.includes(national))
    .map((line) => line.slice(line.indexOf(": ", line.indexOf(national)) + 2));
}

/**
 * Waits for an SMS to the mobile that holds what `pick` looks for, running the message delivery job
 * meanwhile (a message may wait in the outbox for it; it runs every minute anyway).
 */
async function awaitSms(request: APIRequestContext, from: number, mobile: string, pick: (text: string) => string | null): Promise<string> {
  const log = platformLog();
  const admin = await tokenOf(request, null, ADMIN.username, ADMIN.password);
  let found: string | null = null;
  await expect
    .poll(
      async () => {
        found = smsTexts(log, from, mobile).map(pick).find((v) => v != null) ?? null;
        if (!found) await request.post(`/api/v1/platform/jobs/message-delivery/runs?tenant=${DEMO.club}`, { headers: bearer(admin) });
        return found;
      },
      { timeout: 60_000, message: `an SMS to ${mobile} in ${log}` },
    )
    .not.toBeNull();
  return found!;
}

const logSize = () => statSync(platformLog()).size;
const sixDigits = (text: string) => /(?<!\d)(\d{6})(?!\d)/.exec(toLatin(text))?.[1] ?? null;

async function portalMe(request: APIRequestContext, token: string) {
  const r = await request.get("/api/v1/portal/me", { headers: bearer(token) });
  expect(r.status(), await r.text()).toBe(200);
  return r.json();
}

/** Opens the portal already signed in (the token of the first test, put where the portal keeps it). */
async function openSignedIn(page: Page, token: string, path = `/p/${DEMO.club}/`) {
  await page.addInitScript(([key, value]) => localStorage.setItem(key, value), [TOKEN_KEY, JSON.stringify({ token, expiresAt: Date.now() + 3_600_000 })] as const);
  await page.goto(path);
}

test.describe.serial("the member portal on a phone", () => {
  const seed = String(Date.now()).slice(-7);
  const mobile = `0937${seed}`;
  const invoiceNumber = `P-${seed}`;
  let memberCode = "";
  let memberToken = "";
  let tillAnswer: Record<string, unknown> = {};
  let logBeforeSale = 0;

  test.beforeAll(async ({ request }) => {
    // A member of the demo club with a purchase at the demo till, so that he has points and an invoice.
    const owner = await tokenOf(request, DEMO.club, DEMO.owner.username, DEMO.owner.password);
    // the club sends every invoice's link (C3) by SMS: the INVOICE_LINK automation with {link} in its template
    const template = await request.post("/api/v1/message-templates", {
      headers: bearer(owner),
      data: { code: `invoice-${seed}`, channel: "SMS", text: "فاکتور خرید شما: {link}" },
    });
    expect(template.status(), await template.text()).toBe(201);
    const automation = await request.put("/api/v1/messaging/automations/INVOICE_LINK", {
      headers: bearer(owner),
      data: { enabled: true, channel: "SMS", template: `invoice-${seed}` },
    });
    expect(automation.status(), await automation.text()).toBe(200);
    const r = await request.post("/api/v1/members", { headers: bearer(owner), data: { firstName: "نگار", lastName: "پرتالی", mobile } });
    expect(r.status(), await r.text()).toBe(201);
    memberCode = (await r.json()).memberCode;
    logBeforeSale = logSize();
    const key = await demoTerminalKey(request);
    const sale = await request.post("/api/v1/pos/invoices", {
      headers: { Authorization: `ApiKey ${key}`, "Idempotency-Key": `portal-${seed}` },
      data: {
        memberCode,
        invoiceNumber,
        issuedAt: new Date().toISOString(),
        lines: [{ sku: "LAT", productGroup: "drinks", quantity: 2, unitPrice: 450000 }],
        payments: [{ method: "CASH", amount: 900000 }],
      },
    });
    expect(sale.status(), await sale.text()).toBe(201);
    tillAnswer = await sale.json();
  });

  test("signs in by the SMS code typed in Persian digits, sees the API's balances and his QR code, installs, and opens offline", async ({ page, context, request, baseURL }) => {
    const club = await (await request.get(`/api/v1/portal/${DEMO.club}/club`)).json();

    // A login link that is no longer good says so and offers the code instead.
    await page.goto(`/p/${DEMO.club}/l/not-a-real-token`);
    await expect(page.getByTestId("link-failed")).toBeVisible();

    // No token: the login page, in the club's name and colours.
    await page.goto(`/p/${DEMO.club}/`);
    await expect(page).toHaveURL(new RegExp(`/p/${DEMO.club}/login$`));
    await expect(page.getByTestId("club-name")).toHaveText(club.name);
    await expect(page.locator("html")).toHaveAttribute("dir", "rtl");

    // A wrong mobile is refused before anything is sent; the right one, in Persian digits, gets a code.
    await page.getByTestId("field-mobile").fill("۰۲۱۱۲۳۴۵۶۷۸");
    await page.getByTestId("send-code").click();
    await expect(page.getByTestId("error-mobile")).toBeVisible();
    const before = logSize();
    await page.getByTestId("field-mobile").fill(toPersian(`+98 ${mobile.slice(1, 4)} ${mobile.slice(4)}`));
    await page.getByTestId("send-code").click();
    await expect(page.getByTestId("code-sent")).toContainText(toPersian(mobile));
    const code = await awaitSms(request, before, mobile, sixDigits);

    // A wrong code is refused under the field; the right one signs in.
    const wrong = code === "000000" ? "111111" : "000000";
    await page.getByTestId("field-code").fill(toPersian(wrong));
    await page.getByTestId("sign-in").click();
    await expect(page.getByTestId("error-code")).toBeVisible();
    await page.getByTestId("field-code").fill(toPersian(code));
    await page.getByTestId("sign-in").click();
    await expect(page).toHaveURL(new RegExp(`/p/${DEMO.club}/$`));
    memberToken = await page.evaluate((key) => JSON.parse(localStorage.getItem(key) ?? "{}").token as string, TOKEN_KEY);
    expect(memberToken).toBeTruthy();

    // The balances are the API's.
    const me = await portalMe(request, memberToken);
    expect(me.memberCode).toBe(memberCode);
    expect(me.balance.points + me.balance.pendingPoints).toBeGreaterThan(0);
    await expect(page.getByTestId("balance-points")).toHaveAttribute("data-value", String(me.balance.points));
    await expect(page.getByTestId("balance-credit")).toHaveAttribute("data-value", String(me.balance.credit));
    if (me.balance.pendingPoints > 0) await expect(page.getByTestId("balance-pending-points")).toHaveAttribute("data-value", String(me.balance.pendingPoints));
    await expect(page.getByTestId("member-code")).toContainText(toPersian(memberCode));
    if (me.levelName) await expect(page.getByTestId("level-name")).toHaveText(me.levelName);
    // the way to the next level, on the programme's own basis, as the API has it
    if (me.progress?.nextThreshold) await expect(page.getByTestId("level-progress")).toHaveAttribute("value", String(me.progress.value));
    if (me.referralCode) await expect(page.getByTestId("referral-code")).toHaveText(me.referralCode);
    await page.screenshot({ path: join(SCREENSHOTS, "portal-home.png"), fullPage: true });

    // The QR code for the till, when the club's plan has it; none offered otherwise.
    if (club.qrAvailable && me.qrAvailable) {
      await page.getByTestId("qr-open").click();
      await expect(page.getByTestId("qr-code")).toBeVisible();
      const payload = await page.getByTestId("qr-code").getAttribute("data-payload");
      expect(payload).toBeTruthy();
      expect(await page.getByTestId("qr-code").locator("path").getAttribute("d")).toMatch(/^M\d/);
      await page.getByTestId("nav-home").click();
    } else {
      await expect(page.getByTestId("qr-open")).toHaveCount(0);
      expect((await request.get("/api/v1/portal/me/qr", { headers: bearer(memberToken) })).status()).toBe(403);
    }

    // Installable: the club's manifest linked and readable, the service worker registered for the club and in control.
    const manifestUrl = await page.locator('link[rel="manifest"]').getAttribute("href");
    expect(manifestUrl).toBe(`/p/${DEMO.club}/manifest.webmanifest`);
    const manifest = await page.evaluate(async (url) => {
      const r = await fetch(url);
      return { status: r.status, body: await r.json() };
    }, manifestUrl!);
    expect(manifest.status).toBe(200);
    expect(manifest.body.name).toContain(club.name);
    expect(manifest.body.start_url).toContain(`/p/${DEMO.club}/`);
    expect(manifest.body.scope).toContain(`/p/${DEMO.club}/`);
    expect(manifest.body.display).toMatch(/standalone|minimal-ui|fullscreen/);
    expect(manifest.body.icons.some((i: { sizes: string }) => i.sizes === "192x192")).toBe(true);
    expect(manifest.body.icons.some((i: { sizes: string }) => i.sizes === "512x512")).toBe(true);
    for (const icon of manifest.body.icons as { src: string }[]) {
      const r = await request.get(new URL(icon.src, new URL(manifestUrl!, baseURL)).href);
      expect(r.status(), icon.src).toBe(200);
    }
    const scope = await page.evaluate(async () => (await navigator.serviceWorker.ready).scope);
    expect(new URL(scope).pathname).toBe(`/p/${DEMO.club}/`);
    await expect.poll(() => page.evaluate(() => navigator.serviceWorker.controller?.scriptURL ?? null)).toContain(`/p/${DEMO.club}/sw.js`);
    // the shell is kept before going offline (the worker keeps it when it installs)
    await expect.poll(() => page.evaluate(async () => (await caches.keys()).length)).toBeGreaterThan(0);
    await page.reload();
    await expect(page.getByTestId("balance-points")).toHaveAttribute("data-value", String(me.balance.points));

    // Offline: the kept shell opens, with the last balances, marked offline.
    await context.setOffline(true);
    await page.reload();
    await expect(page.getByTestId("offline-mark")).toBeVisible();
    await expect(page.getByTestId("offline-mark")).toContainText("بدون اینترنت");
    await expect(page.getByTestId("balance-points")).toHaveAttribute("data-value", String(me.balance.points));
    await context.setOffline(false);
    await page.reload();
    await expect(page.getByTestId("balance-points")).toBeVisible();
    await expect(page.getByTestId("offline-mark")).toHaveCount(0);
  });

  test("edits his profile (the national code checked as he types) and the edit stays", async ({ page, request }) => {
    await openSignedIn(page, memberToken, `/p/${DEMO.club}/profile`);
    await expect(page.getByTestId("profile-form")).toBeVisible();
    await expect(page.getByTestId("field-mobile")).toHaveValue(toPersian(mobile));

    // A wrong national code is caught as he leaves the field, before anything is sent.
    await page.getByTestId("field-nationalCode").fill("۱۲۳۴۵۶۷۸۹۰");
    await page.getByTestId("field-nationalCode").blur();
    await expect(page.getByTestId("error-nationalCode")).toBeVisible();
    await page.getByTestId("field-nationalCode").fill("");

    const city = `شهر ${toPersian(seed)}`;
    await page.getByTestId("field-city").fill(city);
    await page.getByTestId("field-birthDate").fill("۱۳۷۰/۰۶/۱۵");
    await page.getByTestId("profile-save").click();
    await expect(page.getByTestId("profile-notice")).toBeVisible();

    const me = await portalMe(request, memberToken);
    expect(me.profile.city).toBe(city);
    expect(me.profile.birthDate).toBe("1991-09-06");
    await page.reload();
    await expect(page.getByTestId("field-city")).toHaveValue(city);
    await expect(page.getByTestId("field-birthDate")).toHaveValue("۱۳۷۰/۰۶/۱۵");

    // A consent switched on stays on (push: switching SMS off could hold back the receipt the last test reads).
    await page.getByTestId("consent-push").setChecked(true);
    await expect.poll(async () => (await portalMe(request, memberToken)).consents.push).toBe(true);
    await page.reload();
    await expect(page.getByTestId("consent-push")).toBeChecked();
  });

  test("reads his history and the invoice of his purchase", async ({ page, request }) => {
    await openSignedIn(page, memberToken, `/p/${DEMO.club}/history`);
    const ledger = await (await request.get("/api/v1/portal/me/ledger?page=0&size=20", { headers: bearer(memberToken) })).json();
    expect(ledger.items.length).toBeGreaterThan(0);
    await expect(page.getByTestId("ledger-row")).toHaveCount(ledger.items.length);
    await expect(page.getByTestId("ledger-row").first()).toHaveAttribute("data-amount", String(ledger.items[0].amount));
    await page.screenshot({ path: join(SCREENSHOTS, "portal-history.png"), fullPage: true });

    await page.getByTestId("tab-purchases").click();
    const row = page.locator(`[data-testid="invoice-row"][data-number="${invoiceNumber}"]`);
    await expect(row).toBeVisible();
    await row.click();
    await expect(page.getByTestId("invoice")).toHaveAttribute("data-number", invoiceNumber);
    await expect(page.getByTestId("invoice-total")).toHaveAttribute("data-value", "900000");
    await expect(page.getByTestId("invoice-line")).toHaveCount(1);

    await page.getByTestId("nav-offers").click();
    const offers = await (await request.get("/api/v1/portal/me/offers", { headers: bearer(memberToken) })).json();
    if (offers.items.length === 0) await expect(page.getByTestId("offers-empty")).toBeVisible();
    else await expect(page.getByTestId("offers").locator("li")).toHaveCount(offers.items.length);
  });

  test("the invoice page of the sale opens without a login", async ({ page, request }) => {
    // The link to it: in the till's answer, or else in the receipt SMS the sale sent to the member.
    const inAnswer = /\/i\/([\w.-]+)/.exec(JSON.stringify(tillAnswer))?.[1];
    const token = inAnswer ?? (await awaitSms(request, logBeforeSale, mobile, (text) => /\/i\/([\w.-]+)/.exec(text)?.[1] ?? null));
    const api = await request.get(`/api/v1/portal/invoices/${token}`);
    expect(api.status(), await api.text()).toBe(200);
    const invoice = await api.json();
    expect(invoice.invoiceNumber).toBe(invoiceNumber);

    await page.goto(`/i/${token}`);
    await expect(page.getByTestId("invoice")).toHaveAttribute("data-number", invoiceNumber);
    await expect(page.getByTestId("club-name")).toHaveText(invoice.club.name);
    await expect(page.getByTestId("invoice-line")).toHaveCount(invoice.lines.length);
    await expect(page.getByTestId("invoice-total")).toHaveAttribute("data-value", String(invoice.total));
    await expect(page.getByTestId("invoice-points")).toHaveAttribute("data-value", String(invoice.pointsEarned));
    if (invoice.balanceAfter) await expect(page.getByTestId("invoice-balance")).toHaveAttribute("data-points", String(invoice.balanceAfter.points));
    await expect(page.getByTestId("invoice-portal")).toHaveAttribute("href", invoice.portalUrl ?? `/p/${DEMO.club}/`);
    if (invoice.surveyUrl) await expect(page.getByTestId("invoice-survey")).toHaveAttribute("href", invoice.surveyUrl);
    await page.screenshot({ path: join(SCREENSHOTS, "portal-invoice.png"), fullPage: true });

    // Nobody else's: a token that is none is not found.
    await page.goto("/i/not-an-invoice-token");
    await expect(page.getByTestId("invoice-not-found")).toBeVisible();
  });

  test("the portal's pages carry a Content-Security-Policy that runs only the platform's scripts", async ({ request }) => {
    for (const path of [`/p/${DEMO.club}/`, `/p/${DEMO.club}/history`, "/i/whatever"]) {
      const r = await request.get(path);
      expect(r.status(), path).toBe(200);
      expect(r.headers()["content-type"], path).toContain("text/html");
      const csp = r.headers()["content-security-policy"] ?? "";
      const scripts = /script-src([^;]*)/.exec(csp)?.[1] ?? "";
      expect(scripts, path).toContain("'self'");
      expect(scripts, path).not.toMatch(/unsafe-inline|unsafe-eval/);
    }
    const sw = await request.get(`/p/${DEMO.club}/sw.js`);
    expect(sw.status()).toBe(200);
    expect(sw.headers()["content-type"]).toMatch(/javascript/);
  });
});

test("a VIP club's member shows his QR code, and the club's till knows him by it", async ({ page, request }) => {
  // the demo club is on PROFESSIONAL, which has no member QR (B7): a VIP club of its own
  const seed = String(Date.now()).slice(-7);
  const slug = `vip-${seed}`;
  const admin = await tokenOf(request, null, ADMIN.username, ADMIN.password);
  const created = await request.post("/api/v1/platform/tenants", {
    headers: bearer(admin),
    data: { slug, name: `کافه ویژه ${seed}`, plan: "VIP", owner: { username: "owner", password: "Owner-pass-1405" } },
  });
  expect(created.status(), await created.text()).toBe(201);
  const owner = await tokenOf(request, slug, "owner", "Owner-pass-1405");
  expect((await request.post("/api/v1/branches", { headers: bearer(owner), data: { code: "b1", name: "شعبه یک" } })).status()).toBe(201);
  const terminal = await request.post("/api/v1/branches/b1/terminals", { headers: bearer(owner), data: { name: "till-1" } });
  expect(terminal.status(), await terminal.text()).toBe(201);
  const apiKey = (await terminal.json()).apiKey as string;
  const mobile = `0939${seed}`;
  const member = await request.post("/api/v1/members", { headers: bearer(owner), data: { firstName: "رها", lastName: "ویژه", mobile } });
  expect(member.status(), await member.text()).toBe(201);
  const memberCode = (await member.json()).memberCode as string;

  const before = logSize();
  expect((await request.post(`/api/v1/portal/${slug}/otp`, { data: { mobile } })).status()).toBe(202);
  const code = await awaitSms(request, before, mobile, sixDigits);
  const session = await request.post(`/api/v1/portal/${slug}/session`, { data: { mobile, code } });
  expect(session.status(), await session.text()).toBe(200);
  const token = (await session.json()).accessToken as string;

  await page.addInitScript(([key, value]) => localStorage.setItem(key, value), [
    `bashgah.portal.${slug}.token`,
    JSON.stringify({ token, expiresAt: Date.now() + 3_600_000 }),
  ] as const);
  await page.goto(`/p/${slug}/`);
  await page.getByTestId("qr-open").click();
  await expect(page.getByTestId("qr-code")).toBeVisible();
  const payload = await page.getByTestId("qr-code").getAttribute("data-payload");
  expect(payload).toBeTruthy();
  await page.screenshot({ path: join(SCREENSHOTS, "portal-qr.png"), fullPage: true });

  // the code on the phone is the member at the club's till
  const lookup = await request.post("/api/v1/pos/lookup", { headers: { Authorization: `ApiKey ${apiKey}` }, data: { qr: payload } });
  expect(lookup.status(), await lookup.text()).toBe(200);
  expect((await lookup.json()).memberCode).toBe(memberCode);
});
