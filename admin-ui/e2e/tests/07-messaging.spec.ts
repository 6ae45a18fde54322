import { join } from "node:path";
import type { APIRequestContext, Page } from "@playwright/test";
import { ADMIN, bearer, DEMO, expect, SCREENSHOTS, signIn, test, tokenOf } from "../fixtures";

const fa = (n: number) => new Intl.NumberFormat("fa-IR").format(n);

/** Chooses an option of an MUI select: opens it, clicks the option. */
async function choose(page: Page, select: string, option: string) {
  await page.getByTestId(select).click();
  await page.getByTestId(option).click();
}

/** The batch's counts as the server has them. */
async function counts(request: APIRequestContext, token: string, batchId: string): Promise<Record<string, number>> {
  const r = await request.get(`/api/v1/messages/batches/${batchId}`, { headers: bearer(token) });
  expect(r.status(), await r.text()).toBe(200);
  return (await r.json()).counts;
}

test.describe.serial("messaging: a template, a segment, a send to it and its delivery report", () => {
  const seed = String(Date.now()).slice(-7);
  const tag = `e2e-${seed}`;
  const templateCode = `points-${seed}`;
  const segmentCode = `e2e-${seed}`;
  const members: string[] = [];

  test("the owner writes a template, makes a segment of two tagged members, sends to it, and sees it sent", async ({ page, request }) => {
    // Two members of the demo club with a tag of this run, so the segment holds exactly them.
    const owner = await tokenOf(request, DEMO.club, DEMO.owner.username, DEMO.owner.password);
    for (const [i, name] of ["مریم", "علی"].entries()) {
      const r = await request.post("/api/v1/members", { headers: bearer(owner), data: { firstName: name, lastName: "پیامکی", mobile: `0936${seed.slice(1)}${i}` } });
      expect(r.status(), await r.text()).toBe(201);
      const code = (await r.json()).memberCode as string;
      members.push(code);
      const tagged = await request.put(`/api/v1/members/${code}/tags/${tag}`, { headers: bearer(owner) });
      expect(tagged.status(), await tagged.text()).toBeLessThan(300);
    }

    await signIn(page, DEMO.club, DEMO.owner.username, DEMO.owner.password);
    await page.getByTestId("nav-messages").click();
    await expect(page).toHaveURL(/\/admin\/messages$/);

    // Quiet hours off (the same time twice), so the send does not wait for the morning whenever the test runs.
    await page.getByTestId("messaging-tab-settings").click();
    await expect(page.getByTestId("quiet-from")).not.toHaveValue("");
    await page.getByTestId("quiet-from").fill("۰۰:۰۰");
    await page.getByTestId("quiet-until").fill("00:00");
    await expect(page.getByTestId("quiet-summary")).toContainText("ساعات سکوت ندارید");
    await page.getByTestId("quiet-save").click();
    await expect(page.getByTestId("notice")).toContainText("ساعات سکوت برداشته شد");

    // A template: a misspelt placeholder is refused by the server under the text; fixed, it is saved.
    await page.getByTestId("messaging-tab-templates").click();
    await page.getByTestId("template-create").click();
    await page.getByTestId("template-code").fill(templateCode);
    await page.getByTestId("template-text").fill("{fristName} عزیز، امتیاز شما در {club}: {points}");
    await expect(page.getByTestId("template-preview").locator('[data-placeholder="fristName"]')).toHaveAttribute("data-known", "false");
    await page.getByTestId("template-save").click();
    await expect(page.getByTestId("template-dialog")).toContainText("fristName");
    await expect(page.getByTestId("template-dialog").locator(".Mui-error").first()).toBeVisible();
    await page.getByTestId("template-text").fill("{firstName} عزیز، امتیاز شما در {club}: {points}");
    await expect(page.getByTestId("template-count")).toHaveAttribute("data-parts", "1");
    await page.getByTestId("template-save").click();
    await expect(page.getByTestId("template-dialog")).toBeHidden();
    await expect(page.getByTestId(`template-${templateCode}`)).toContainText("{firstName}");
    await page.screenshot({ path: join(SCREENSHOTS, "messaging-templates.png"), fullPage: true });

    // A segment: the members with this run's tag.
    await page.getByTestId("messaging-tab-segments").click();
    await page.getByTestId("segment-create").click();
    await page.getByTestId("segment-name").fill("اعضای آزمون پیامک");
    await page.getByTestId("segment-code").fill(segmentCode);
    await page.getByTestId("segment-tag").fill(tag);
    await page.getByTestId("segment-save").click();
    await expect(page.getByTestId("segment-dialog")).toBeHidden();
    await expect(page.getByTestId(`segment-members-${segmentCode}`)).toHaveText(fa(2));
    await page.screenshot({ path: join(SCREENSHOTS, "messaging-segments.png"), fullPage: true });

    // The demo club is on Professional: receipts can be switched on, marketing triggers need VIP (C5).
    await page.getByTestId("messaging-tab-automations").click();
    await expect(page.getByTestId("automation-EARN")).toHaveAttribute("data-locked", "false");
    await expect(page.getByTestId("automation-WELCOME").getByTestId("locked-C5")).toContainText("ویژه");
    await page.screenshot({ path: join(SCREENSHOTS, "messaging-automations.png"), fullPage: true });

    // The send: from the segment's row, with the template; the server's estimate before sending.
    await page.getByTestId("messaging-tab-segments").click();
    await page.getByTestId(`segment-send-${segmentCode}`).click();
    await expect(page).toHaveURL(/\/admin\/messages\/new\?segment=/);
    await page.getByTestId("compose-content-template").click();
    await choose(page, "compose-template", `compose-template-option-${templateCode}`);
    await expect(page.getByTestId("compose-preview").locator('[data-placeholder="points"]')).toBeVisible();
    await expect(page.getByTestId("estimate-recipients")).toHaveText(fa(2));
    await expect(page.getByTestId("estimate-parts")).toHaveText(fa(1));
    await page.screenshot({ path: join(SCREENSHOTS, "messaging-compose.png"), fullPage: true });
    await page.getByTestId("compose-send").click();
    await expect(page.getByTestId("compose-confirm-text")).toContainText(`به ${fa(2)} عضو`);
    await page.getByTestId("compose-confirm").click();
    await expect(page).toHaveURL(/\/admin\/messages\/batches\/\d+$/);
    await expect(page.getByTestId("batch-queued")).toContainText(`${fa(2)} عضو`);
    const batchId = page.url().split("/").pop()!;

    // The delivery job, run now for the demo club as the platform admin may (it runs every minute anyway).
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
      .toBe(2);

    // The report reads itself again while messages are queued: it shows them sent without a reload.
    const shown = async () => Number(await page.getByTestId("batch-count-SENT").getAttribute("data-value")) + Number(await page.getByTestId("batch-count-DELIVERED").getAttribute("data-value"));
    await expect.poll(shown, { timeout: 15_000 }).toBe(2);
    await expect(page.getByTestId("batch-count-QUEUED")).toHaveText(fa(0));
    await expect(page.getByTestId("batch-refreshing")).toHaveCount(0);
    await expect(page.getByTestId("batch-total")).toContainText(fa(2));
    // the send's messages, one a member, each linking to him; none of them queued any more
    await expect(page.getByTestId("batch-message-row")).toHaveCount(2);
    await expect(page.getByTestId("batch-filter-QUEUED")).toHaveCount(0);
    await expect(page.getByTestId("batch-message-member").first()).toHaveAttribute("href", /\/admin\/members\/\d+$/);
    await page.screenshot({ path: join(SCREENSHOTS, "messaging-report.png"), fullPage: true });

    // The send in the list, and the message on the member's profile as he received it.
    await page.getByTestId("back-to-batches").click();
    await expect(page.locator(`[data-id="${batchId}"]`)).toContainText(fa(2));
    await page.goto(`/admin/members/${members[0]}`);
    const row = page.getByTestId("member-message-row").first();
    await expect(row).toContainText("مریم عزیز");
    await expect(row.getByTestId("message-status")).toHaveAttribute("data-status", /SENT|DELIVERED/);
    await expect(page.getByTestId("consent-sms")).toBeChecked();
  });
});
