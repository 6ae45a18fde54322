import { createServer, type IncomingMessage, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { join } from "node:path";
import { ADMIN, bearer, expect, SCREENSHOTS, signIn, test, tokenOf } from "../fixtures";

/**
 * A bot API that speaks Telegram's protocol, on loopback: getMe names the bot, getUpdates answers what
 * the test puts in `updates` (once), sendMessage takes everything and keeps it.
 */
function fakeBotApi(token: string) {
  const state = { updates: [] as object[], sent: [] as { chat_id: number; text: string }[] };
  const server: Server = createServer(async (req: IncomingMessage, res) => {
    let body = "";
    for await (const chunk of req) body += chunk;
    const method = (req.url ?? "").replace(`/bot${token}/`, "");
    const answer = (result: unknown, status = 200) => {
      res.writeHead(status, { "Content-Type": "application/json" });
      res.end(JSON.stringify(status === 200 ? { ok: true, result } : { ok: false, error_code: status, description: String(result) }));
    };
    if (!(req.url ?? "").startsWith(`/bot${token}/`)) return answer("Unauthorized", 401);
    if (method === "getMe") return answer({ id: 7012345678, is_bot: true, first_name: "باشگاه", username: "e2e_club_bot" });
    if (method === "getUpdates") {
      const offset = Number(JSON.parse(body || "{}").offset ?? 0);
      return answer(state.updates.filter((u) => (u as { update_id: number }).update_id >= offset));
    }
    if (method === "sendMessage") {
      state.sent.push(JSON.parse(body));
      return answer({ message_id: state.sent.length });
    }
    return answer("Not Found", 404);
  });
  return { server, state };
}

test.describe.serial("messaging: a VIP club's messenger bot", () => {
  const slug = `bot${String(Date.now()).slice(-6)}`;
  const owner = { username: "boss", password: "Boss-pass-14050" };
  const token = "7012345678:AAE-e2e-token_Q7x9";
  const mobile = `0912${String(Date.now()).slice(-7)}`;
  const { server, state } = fakeBotApi(token);
  let base = "";

  test.beforeAll(async () => {
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  test.afterAll(async () => {
    await new Promise<void>((resolve) => server.close(() => resolve()));
  });

  test("the owner sets the bot; a member links his chat; the bot is removed", async ({ page, request }) => {
    const admin = await tokenOf(request, null, ADMIN.username, ADMIN.password);
    const created = await request.post("/api/v1/platform/tenants", { headers: bearer(admin), data: { slug, name: "کافه‌ی ربات", plan: "VIP", owner } });
    expect(created.status(), await created.text()).toBe(201);
    const ownerToken = await tokenOf(request, slug, owner.username, owner.password);
    const member = await request.post("/api/v1/members", { headers: bearer(ownerToken), data: { firstName: "سارا", lastName: "امینی", mobile } });
    expect(member.status(), await member.text()).toBe(201);

    await signIn(page, slug, owner.username, owner.password);
    await page.getByTestId("nav-messages").click();
    await page.getByTestId("messaging-tab-settings").click();
    await expect(page.getByTestId("messenger-bot")).toBeVisible();

    // A token the bot API does not know is refused under the token; the right one is saved and shown masked.
    await page.getByTestId("bot-other").check();
    await page.getByTestId("bot-address").fill(base);
    await page.getByTestId("bot-token-input").fill("7012345678:AAE-wrong-token_0000");
    await page.getByTestId("bot-save").click();
    await expect(page.getByTestId("messenger-bot")).toContainText("does not know this token");
    await page.getByTestId("bot-token-input").fill(token);
    await page.getByTestId("bot-save").click();
    await expect(page.getByTestId("notice")).toContainText("e2e_club_bot");
    await expect(page.getByTestId("bot-link")).toHaveAttribute("href", "https://t.me/e2e_club_bot");
    await expect(page.getByTestId("bot-token")).toHaveText("…Q7x9");
    await expect(page.getByTestId("messenger-bot")).not.toContainText(token);
    await expect(page.getByTestId("bot-linked")).toContainText("۰");

    // The member presses Start and shares his own number; the next run of messenger-updates links him.
    const chat = 880001;
    const from = { id: chat, is_bot: false, first_name: "سارا" };
    state.updates.push(
      { update_id: 10, message: { message_id: 1, from, chat: { id: chat, type: "private" }, date: 1765100000, text: "/start" } },
      { update_id: 11, message: { message_id: 2, from, chat: { id: chat, type: "private" }, date: 1765100001, contact: { phone_number: `98${mobile.slice(1)}`, first_name: "سارا", user_id: chat } } },
    );
    const run = await request.post(`/api/v1/platform/jobs/messenger-updates/runs?tenant=${slug}`, { headers: bearer(admin) });
    expect(run.status(), await run.text()).toBe(200);
    expect(state.sent.map((m) => m.text).join("\n")).toContain("کافه‌ی ربات وصل شدید");
    await page.reload();
    await expect(page.getByTestId("bot-linked")).toContainText("۱");
    await page.screenshot({ path: join(SCREENSHOTS, "messaging-messenger-bot.png"), fullPage: true });

    await page.getByTestId("bot-remove").click();
    await page.getByTestId("bot-remove-confirm").click();
    await expect(page.getByTestId("notice")).toContainText("ربات حذف شد");
    await expect(page.getByTestId("bot-token-input")).toBeVisible();
  });
});
