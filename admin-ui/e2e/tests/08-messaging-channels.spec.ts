import { join } from "node:path";
import type { APIRequestContext } from "@playwright/test";
import { ADMIN, bearer, DEMO, expect, SCREENSHOTS, signIn, test, tokenOf } from "../fixtures";

const fa = (n: number) => new Intl.NumberFormat("fa-IR").format(n);

/** The batch's counts as the server has them. */
async function counts(request: APIRequestContext, token: string, batchId: string): Promise<Record<string, number>> {
  const r = await request.get(`/api/v1/messages/batches/${batchId}`, { headers: bearer(token) });
  expect(r.status(), await r.text()).toBe(200);
  return (await r.json()).counts;
}

test.describe.serial("messaging beyond SMS: an email previewed as a real member gets it, and a club's own SMS line", () => {
  const seed = String(Date.now()).slice(-7);

  test("the owner sends an email, previewed with a member's own values, and sees it sent", async ({ page, request }) => {
    const owner = await tokenOf(request, DEMO.club, DEMO.owner.username, DEMO.owner.password);
    // Quiet hours off, so the send goes whenever the test runs (a marketing message waits them out).
    const quiet = await request.put("/api/v1/messaging/quiet-hours", { headers: bearer(owner), data: { from: "00:00", until: "00:00" } });
    expect(quiet.status(), await quiet.text()).toBe(200);
    // Two members of the demo club (Professional: email, C3, is in its plan): one with an email, one without.
    const email = `sara.${seed}@example.com`;
    const codes: string[] = [];
    for (const [i, person] of [
      { firstName: "سارا", email },
      { firstName: "رضا", email: undefined },
    ].entries()) {
      const r = await request.post("/api/v1/members", { headers: bearer(owner), data: { ...person, lastName: "ایمیلی", mobile: `0937${seed.slice(1)}${i}` } });
      expect(r.status(), await r.text()).toBe(201);
      codes.push((await r.json()).memberCode as string);
    }

    await signIn(page, DEMO.club, DEMO.owner.username, DEMO.owner.password);
    // The club's own SMS line needs VIP (C6): Professional sees it locked, with the plan that has it.
    await page.goto("/admin/messages/settings");
    await expect(page.getByTestId("sms-line").getByTestId("locked-C6")).toContainText("ویژه");

    await page.goto(`/admin/messages/new?members=${codes.join(",")}`);
    await page.getByTestId("compose-channel").click();
    await page.getByTestId("compose-channel-option-EMAIL").click();
    await page.getByTestId("compose-subject").fill("خبر تازه برای {firstName}");
    await page.getByTestId("compose-text").fill("{firstName} عزیز، امتیاز شما در {club}: {points}");
    // Email is not billed by the SMS part: characters only.
    await expect(page.getByTestId("sms-count")).toHaveAttribute("data-characters", "48");
    await expect(page.getByTestId("sms-count-parts")).toHaveCount(0);

    // The preview is the first recipient's message, filled with her own name, from the server.
    await expect(page.getByTestId("preview-result")).toHaveAttribute("data-member", codes[0]);
    await expect(page.getByTestId("preview-subject")).toHaveText("خبر تازه برای سارا");
    await expect(page.getByTestId("preview-text")).toContainText("سارا عزیز، امتیاز شما در");
    await expect(page.getByTestId("preview-recipient")).toHaveText(email);
    await expect(page.getByTestId("preview-not-reached")).toHaveCount(0);
    await expect(page.getByTestId("estimate-recipients")).toHaveText(fa(1));
    await expect(page.getByTestId("estimate-suppressed")).toHaveText(fa(1));
    await expect(page.getByTestId("estimate-parts")).toHaveCount(0);
    await page.screenshot({ path: join(SCREENSHOTS, "messaging-compose-email.png"), fullPage: true });

    // The other recipient has no email: the preview says he would not get it, and why.
    await page.getByTestId("preview-code").fill(codes[1]);
    await expect(page.getByTestId("preview-result")).toHaveAttribute("data-member", codes[1]);
    await expect(page.getByTestId("preview-not-reached")).toContainText("ایمیل ثبت‌شده ندارد");
    await page.getByTestId("preview-code").fill("");

    await page.getByTestId("compose-send").click();
    await expect(page.getByTestId("compose-confirm-text")).toContainText(`به ${fa(1)} عضو، با ایمیل`);
    await page.getByTestId("compose-confirm").click();
    await expect(page).toHaveURL(/\/admin\/messages\/batches\/\d+$/);
    const batchId = page.url().split("/").pop()!;
    await expect(page.getByTestId("batch-channel")).toHaveAttribute("data-channel", "EMAIL");

    // The delivery job, run now for the demo club as the platform admin may; the platform without an
    // SMTP server writes the email to its log and counts it sent.
    const admin = await tokenOf(request, null, ADMIN.username, ADMIN.password);
    await expect
      .poll(
        async () => {
          const run = await request.post(`/api/v1/platform/jobs/message-delivery/runs?tenant=${DEMO.club}`, { headers: bearer(admin) });
          expect(run.status(), await run.text()).toBe(200);
          const c = await counts(request, owner, batchId);
          return (c.SENT ?? 0) + (c.DELIVERED ?? 0);
        },
        { timeout: 30_000 },
      )
      .toBe(1);
    const shown = async () => Number(await page.getByTestId("batch-count-SENT").getAttribute("data-value")) + Number(await page.getByTestId("batch-count-DELIVERED").getAttribute("data-value"));
    await expect.poll(shown, { timeout: 15_000 }).toBe(1);
    await expect(page.getByTestId("batch-count-SUPPRESSED")).toHaveText(fa(1));
    await expect(page.getByTestId("batch-total")).toContainText(fa(2));

    // In the list with its channel, and on the member's profile as she received it.
    await page.getByTestId("back-to-batches").click();
    await expect(page.locator(`[data-id="${batchId}"]`).getByTestId("batch-channel")).toHaveAttribute("data-channel", "EMAIL");
    await page.goto(`/admin/members/${codes[0]}`);
    const row = page.getByTestId("member-message-row").first();
    await expect(row).toContainText("سارا عزیز");
    await expect(row).toContainText("ایمیل");
  });

  test("the owner of a VIP club sets the club's own SMS line, sees its key only masked, and removes it", async ({ page, request }) => {
    const slug = `vip${seed.slice(1)}`;
    const owner = { username: "boss", password: "Boss-pass-14050" };
    const admin = await tokenOf(request, null, ADMIN.username, ADMIN.password);
    const created = await request.post("/api/v1/platform/tenants", { headers: bearer(admin), data: { slug, name: "کافه‌ی ویژه", plan: "VIP", owner } });
    expect(created.status(), await created.text()).toBe(201);
    const token = await tokenOf(request, slug, owner.username, owner.password);
    const key = `E2eKey${seed}Ab7F3C`;

    await signIn(page, slug, owner.username, owner.password);
    await page.goto("/admin/messages/settings");
    await expect(page.getByTestId("sms-line-platform")).toBeVisible();
    await page.getByTestId("sms-line-edit").click();
    await expect(page.getByTestId("sms-line-key")).toHaveAttribute("type", "password");
    await page.getByTestId("sms-line-key").fill(key);
    await page.getByTestId("sms-line-sender").fill("۱۰۰۰۴۳۴۶");
    // An address the platform does not allow for clubs' lines: the server's refusal lands under it.
    await page.getByTestId("sms-line-base-url").fill("https://sms.example.com");
    await page.getByTestId("sms-line-save").click();
    const baseUrl = page.getByTestId("sms-line-dialog").locator(".MuiFormControl-root", { has: page.getByTestId("sms-line-base-url") });
    await expect(baseUrl).toContainText("must be on a host the platform allows");
    await page.getByTestId("sms-line-base-url").fill("");
    await page.getByTestId("sms-line-save").click();
    await expect(page.getByTestId("sms-line-dialog")).toBeHidden();

    await expect(page.getByTestId("sms-line-current")).toHaveAttribute("data-provider", "kavenegar");
    await expect(page.getByTestId("sms-line-current-key")).toContainText("7F3C");
    await expect(page.getByTestId("sms-line-current-sender")).toHaveText("۱۰۰۰۴۳۴۶");
    await expect(page.locator("body")).not.toContainText(key);
    await page.screenshot({ path: join(SCREENSHOTS, "messaging-sms-line.png"), fullPage: true });
    // Nor does the server answer it whole, here or after a reload.
    const line = await request.get("/api/v1/messaging/sms-gateway", { headers: bearer(token) });
    expect(line.status()).toBe(200);
    expect(await line.text()).not.toContain(key);
    await page.reload();
    await expect(page.getByTestId("sms-line-current-key")).toContainText("7F3C");

    await page.getByTestId("sms-line-remove").click();
    await page.getByTestId("sms-line-remove-confirm").click();
    await expect(page.getByTestId("sms-line-platform")).toBeVisible();
    await expect(page.getByTestId("notice")).toContainText("خط باشگاه برداشته شد");
    expect((await request.get("/api/v1/messaging/sms-gateway", { headers: bearer(token) })).status()).toBe(404);
  });
});
