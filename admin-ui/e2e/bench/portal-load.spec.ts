import type { CDPSession, Page } from "@playwright/test";
import { readFileSync, statSync, writeFileSync } from "node:fs";
import { bearer, DEMO, expect, test, tokenOf } from "../fixtures";
import { STATE_FILE } from "../global-setup";

// The member portal's first load on a cheap phone over a slow mobile network (issue 13): Chromium with
// the network throttled as DevTools' "Slow 4G" (150 ms, 1.6 Mbps down, 750 kbps up) and the CPU slowed
// four times, a fresh profile per run (nothing cached). For each of ROUNDS runs: the bytes that crossed
// the network for the page (compressed as sent), and the time from navigation until the member can use
// the page (the login form, or a signed-in member's balances). Figures to BENCH_OUT as key=value lines.
const ROUNDS = Number(process.env.ROUNDS ?? 5);

test.use({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });

async function throttle(page: Page): Promise<CDPSession> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send("Network.enable");
  await cdp.send("Network.emulateNetworkConditions", { offline: false, latency: 150, downloadThroughput: (1.6 * 1024 * 1024) / 8, uploadThroughput: (750 * 1024) / 8 });
  await cdp.send("Emulation.setCPUThrottlingRate", { rate: 4 });
  return cdp;
}

/** Bytes received for the page's own files (document, scripts, styles, fonts, manifest), as sent (compressed). */
function countBytes(cdp: CDPSession) {
  const types = new Map<string, string>();
  const total = { bytes: 0, files: 0 };
  cdp.on("Network.responseReceived", (e) => types.set(e.requestId, e.response.url));
  cdp.on("Network.loadingFinished", (e) => {
    const url = types.get(e.requestId) ?? "";
    if (!url.includes("/api/")) {
      total.bytes += e.encodedDataLength;
      total.files += 1;
    }
  });
  return total;
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

/** A member of the demo club signed in as the portal signs him in: the code read where the `log` SMS gateway writes it. */
async function memberToken(request: import("@playwright/test").APIRequestContext, owner: string): Promise<string> {
  const log = process.env.BASHGAH_E2E_LOG ?? (JSON.parse(readFileSync(STATE_FILE, "utf8")) as { log: string }).log;
  const mobile = `0938${String(Date.now()).slice(-7)}`;
  const created = await request.post("/api/v1/members", { headers: bearer(owner), data: { firstName: "سنجش", lastName: "بار", mobile } });
  expect(created.status()).toBe(201);
  const from = statSync(log).size;
  expect((await request.post(`/api/v1/portal/${DEMO.club}/otp`, { data: { mobile } })).status()).toBe(202);
  let code: string | null = null;
  await expect
    .poll(() => {
      const text = readFileSync(log).subarray(from).toString("utf8");
      code = new RegExp(`to ${mobile}: [^\\n]*?(\\d{6})`).exec(text)?.[1] ?? null;
      return code;
    }, { timeout: 30_000 })
    .not.toBeNull();
  const session = await request.post(`/api/v1/portal/${DEMO.club}/session`, { data: { mobile, code } });
  expect(session.status()).toBe(200);
  return (await session.json()).accessToken;
}

test("the portal's first load on a slow phone", async ({ browser, request }) => {
  const owner = await tokenOf(request, DEMO.club, DEMO.owner.username, DEMO.owner.password);
  // a member of the demo club signed in, for the second measurement (the home with his balances)
  const token = await memberToken(request, owner);
  const figures: Record<string, number[]> = { login_ms: [], login_bytes: [], home_ms: [], home_bytes: [] };
  for (let round = 0; round < ROUNDS; round++) {
    {
      const context = await browser.newContext({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true, locale: "fa-IR" });
      const page = await context.newPage();
      const cdp = await throttle(page);
      const bytes = countBytes(cdp);
      const started = Date.now();
      await page.goto(`/p/${DEMO.club}/`);
      await page.getByTestId("field-mobile").waitFor({ state: "visible" });
      await page.getByTestId("send-code").waitFor({ state: "visible" });
      figures.login_ms.push(Date.now() - started);
      await page.waitForLoadState("networkidle");
      figures.login_bytes.push(bytes.bytes);
      await context.close();
    }
    {
      // the member's token where the portal keeps it after a sign-in (the code's round trip is not the page's)
      const context = await browser.newContext({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true, locale: "fa-IR" });
      {
        await context.addInitScript(([key, value]) => localStorage.setItem(key, value), [`bashgah.portal.${DEMO.club}.token`, JSON.stringify({ token, expiresAt: Date.now() + 3_600_000 })] as const);
        const page = await context.newPage();
        const cdp = await throttle(page);
        const bytes = countBytes(cdp);
        const started = Date.now();
        await page.goto(`/p/${DEMO.club}/`);
        await page.getByTestId("balance-points").waitFor({ state: "visible" });
        figures.home_ms.push(Date.now() - started);
        await page.waitForLoadState("networkidle");
        figures.home_bytes.push(bytes.bytes);
      }
      await context.close();
    }
  }
  const lines = Object.entries(figures)
    .filter(([, xs]) => xs.length)
    .map(([k, xs]) => `${k}_median=${median(xs)}\n${k}_all=${xs.join(",")}`);
  const out = lines.join("\n") + "\n";
  process.stdout.write(out);
  if (process.env.BENCH_OUT) writeFileSync(process.env.BENCH_OUT, out);
});
