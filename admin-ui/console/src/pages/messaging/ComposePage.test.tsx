import { describe, expect, it, vi } from "vitest";
import { act, fireEvent, screen, waitFor, within } from "@testing-library/react";
import { useLocation } from "react-router";
import { cleanUpAfterEach, me, renderPage, stubApi } from "../org/testing";
import { ComposePage } from "./ComposePage";

cleanUpAfterEach();

const MARKETER = ["own-account", "features-read", "branches-read", "members-read", "dashboard-read", "messages-send", "messages-read"];
const session = {
  "GET /auth/me": me({ role: "marketer", permissions: MARKETER }),
  "GET /features": { plan: "PROFESSIONAL", features: { C1: true } },
  "GET /messaging/quiet-hours": { from: "22:00", until: "08:00", timeZone: "Asia/Tehran" },
  "GET /message-templates": [
    { code: "nowruz", channel: "SMS", text: "{firstName} عزیز، نوروز مبارک", placeholders: ["firstName"], characters: 24, smsParts: 1, createdAt: "2026-11-20T08:00:00Z", updatedAt: "2026-11-20T08:00:00Z" },
  ],
};

function Where() {
  return <span data-testid="where">{useLocation().pathname}</span>;
}

const type = (testId: string, value: string) => fireEvent.change(screen.getByTestId(testId), { target: { value } });

/**
 * Runs `steps` on the page's own clock (its timeouts: the pause before the estimate is asked), so that
 * nothing waits for real time; what the clock set going (the estimate's answer) is let through after.
 */
async function onPageClock(steps: (advance: (ms: number) => Promise<void>) => void | Promise<void>) {
  vi.useFakeTimers({ toFake: ["setTimeout", "clearTimeout"] });
  const advance = async (ms: number) => {
    await act(() => vi.advanceTimersByTimeAsync(ms));
  };
  try {
    await steps(advance);
    await advance(100);
  } finally {
    vi.useRealTimers();
  }
}

describe("composing a message", () => {
  it("counts characters and SMS parts as the text is typed, and marks its placeholders", async () => {
    stubApi(session);
    await renderPage(<ComposePage />, { path: "/messages/new" });
    await screen.findByTestId("compose-send");
    type("compose-text", "س".repeat(70));
    expect(screen.getByTestId("sms-count")).toHaveAttribute("data-characters", "70");
    expect(screen.getByTestId("sms-count")).toHaveAttribute("data-parts", "1");
    expect(screen.getByTestId("sms-count")).toHaveTextContent("۷۰ نویسه");
    type("compose-text", "س".repeat(71));
    expect(screen.getByTestId("sms-count")).toHaveAttribute("data-parts", "2");
    expect(screen.getByTestId("sms-count")).toHaveTextContent("۶۳ نویسه تا پیامک بعدی");

    type("compose-text", "Hi {firstName}, {fristName}");
    expect(screen.getByTestId("sms-count")).toHaveAttribute("data-parts", "1");
    const preview = screen.getByTestId("compose-preview");
    expect(preview.querySelector('[data-placeholder="firstName"]')).toHaveAttribute("data-known", "true");
    expect(preview.querySelector('[data-placeholder="fristName"]')).toHaveAttribute("data-known", "false");
    // A misspelt placeholder is named before anything is asked of the server.
    expect(screen.getByTestId("compose-message")).toHaveTextContent("این جای‌خالی‌ها شناخته نیستند: {fristName}");
  });

  it("inserts a placeholder where the caret is", async () => {
    stubApi(session);
    await renderPage(<ComposePage />, { path: "/messages/new" });
    await screen.findByTestId("compose-send");
    const box = screen.getByTestId("compose-text") as HTMLTextAreaElement;
    type("compose-text", "سلام !");
    box.setSelectionRange(5, 5);
    fireEvent.click(screen.getByTestId("insert-firstName"));
    expect(box).toHaveValue("سلام {firstName}!");
  });

  it("estimates the send, asks before sending, sends once with an Idempotency-Key, and opens the batch", async () => {
    const { calls } = stubApi({
      ...session,
      "POST /messages/estimate": { recipients: 2, suppressed: 1, smsParts: 1, estimatedCost: 2_400 },
      "POST /messages": { status: 202, body: { batchId: "77", recipients: 2, suppressed: 1, status: "QUEUED", sendAt: "2026-11-22T06:30:00Z" } },
    });
    await renderPage(
      <>
        <ComposePage />
        <Where />
      </>,
      { path: "/messages/new" },
    );
    await screen.findByTestId("compose-send");
    await onPageClock(async (advance) => {
      type("compose-codes", "۱۰۰۱\n1002, 1003");
      type("compose-text", "  امتیاز شما {points} است ");
      await advance(499);
      expect(screen.getByTestId("compose-recipients")).toHaveTextContent("۳ عضو");
      // Asked once the typing pauses, not on every key.
      expect(calls.some((c) => c.path === "/messages/estimate")).toBe(false);
      await advance(1);
    });
    expect(await screen.findByTestId("estimate-recipients")).toHaveAttribute("data-value", "2");
    expect(screen.getByTestId("estimate-cost")).toHaveTextContent("۲٬۴۰۰ ریال");
    expect(calls.find((c) => c.path === "/messages/estimate")?.body).toEqual({ channel: "SMS", to: { memberCodes: ["1001", "1002", "1003"] }, text: "امتیاز شما {points} است" });

    fireEvent.click(screen.getByTestId("compose-send"));
    expect(screen.getByTestId("compose-confirm-text")).toHaveTextContent("به ۲ عضو، هر پیام ۱ پیامک، هزینه‌ی تقریبی: ۲٬۴۰۰ ریال");
    expect(calls.some((c) => c.method === "POST" && c.path === "/messages")).toBe(false);
    fireEvent.click(screen.getByTestId("compose-confirm"));

    await waitFor(() => expect(screen.getByTestId("where")).toHaveTextContent("/messages/batches/77"));
    const sent = calls.filter((c) => c.method === "POST" && c.path === "/messages");
    expect(sent).toHaveLength(1);
    expect(sent[0].body).toEqual({ channel: "SMS", to: { memberCodes: ["1001", "1002", "1003"] }, text: "امتیاز شما {points} است" });
    expect(sent[0].headers["Idempotency-Key"]).toMatch(/^[0-9a-f-]{36}$/);
  });

  it("says what is missing when sent empty, and sends nothing", async () => {
    const { calls } = stubApi(session);
    await renderPage(<ComposePage />, { path: "/messages/new" });
    await screen.findByTestId("compose-send");
    fireEvent.click(screen.getByTestId("compose-send"));
    expect(screen.getByTestId("compose-recipients")).toHaveTextContent("دست‌کم یک کد عضو بدهید.");
    expect(screen.getByTestId("compose-message")).toHaveTextContent("متن پیام را بنویسید.");
    expect(screen.queryByTestId("compose-confirm-dialog")).toBeNull();
    expect(calls.some((c) => c.method === "POST")).toBe(false);
  });

  it("shows the server's refusal of a member code under the codes, and retries with the same key", async () => {
    let tries = 0;
    const { calls } = stubApi({
      ...session,
      "POST /messages/estimate": { recipients: 1, suppressed: 0, smsParts: 1, estimatedCost: null },
      "POST /messages": () => {
        tries++;
        return {
          status: 422,
          body: { type: "https://bashgah.ir/problems/validation", title: "Invalid request", errors: [{ field: "to.memberCodes", message: "names no member of the club: 9999" }] },
        };
      },
    });
    await renderPage(<ComposePage />, { path: "/messages/new" });
    await screen.findByTestId("compose-send");
    await onPageClock(async (advance) => {
      type("compose-codes", "9999");
      type("compose-text", "سلام");
      await advance(500);
    });
    await screen.findByTestId("estimate-recipients");
    expect(screen.getByTestId("estimate-cost")).toHaveTextContent("قیمت هر پیامک تعیین نشده است");
    fireEvent.click(screen.getByTestId("compose-send"));
    fireEvent.click(screen.getByTestId("compose-confirm"));
    await waitFor(() => expect(screen.getByTestId("compose-recipients")).toHaveTextContent("names no member of the club: 9999"));
    fireEvent.click(screen.getByTestId("compose-send"));
    fireEvent.click(screen.getByTestId("compose-confirm"));
    await waitFor(() => expect(tries).toBe(2));
    const keys = calls.filter((c) => c.path === "/messages").map((c) => c.headers["Idempotency-Key"]);
    expect(keys[0]).toBe(keys[1]);
  });

  it("sends a template to a segment picked from the list", async () => {
    const { calls } = stubApi({
      ...session,
      "GET /segments": [{ code: "gold", name: "طلایی‌ها", filter: { level: "GOLD" }, members: 42 }],
      "POST /messages/estimate": { recipients: 40, suppressed: 2, smsParts: 1, estimatedCost: 48_000, segment: "gold" },
    });
    await renderPage(<ComposePage />, { path: "/messages/new" });
    await screen.findByTestId("compose-send");
    fireEvent.click(screen.getByTestId("compose-to-segment"));
    fireEvent.mouseDown(within(await screen.findByTestId("compose-segment")).getByRole("combobox"));
    fireEvent.click(await screen.findByTestId("compose-segment-option-gold"));
    fireEvent.click(screen.getByTestId("compose-content-template"));
    fireEvent.mouseDown(within(await screen.findByTestId("compose-template")).getByRole("combobox"));
    await onPageClock(async (advance) => {
      fireEvent.click(screen.getByTestId("compose-template-option-nowruz"));
      await advance(500);
    });
    expect(screen.getByTestId("compose-preview").querySelector('[data-placeholder="firstName"]')).not.toBeNull();
    expect(await screen.findByTestId("estimate-recipients")).toHaveAttribute("data-value", "40");
    expect(calls.find((c) => c.path === "/messages/estimate")?.body).toEqual({ channel: "SMS", to: { segment: "gold" }, template: "nowruz" });
  });

  it("offers the server's channels: one outside the plan locked, one the console has no words for by its name, one the platform cannot send on not at all", async () => {
    stubApi({
      ...session,
      "GET /features": { plan: "STANDARD", features: { C1: true }, catalogue: [{ code: "C3", name: "email", on: false, unlockedBy: "PROFESSIONAL" }] },
      "GET /messaging/channels": [
        { channel: "SMS", feature: "C1", inPlan: true, available: true },
        { channel: "EMAIL", feature: "C3", inPlan: false, available: true },
        { channel: "PUSH", feature: "C4", inPlan: false, available: false },
        { channel: "WHATSAPP", feature: "C8", inPlan: true, available: true },
      ],
    });
    await renderPage(<ComposePage />, { path: "/messages/new" });
    await screen.findByTestId("compose-send");
    fireEvent.mouseDown(within(screen.getByTestId("compose-message")).getAllByRole("combobox")[0]);
    const email = await screen.findByTestId("compose-channel-option-EMAIL");
    expect(email).toHaveAttribute("aria-disabled", "true");
    expect(within(email).getByTestId("locked-C3")).toHaveTextContent("حرفه‌ای");
    expect(screen.queryByTestId("compose-channel-option-PUSH")).toBeNull();
    expect(screen.getByTestId("compose-channel-option-WHATSAPP")).toHaveTextContent("راه WHATSAPP");
    expect(screen.getByTestId("compose-channel-option-SMS")).not.toHaveAttribute("aria-disabled");
  });

  it("sends an email with its subject: its templates only, characters but no SMS parts or cost", async () => {
    const { calls } = stubApi({
      ...session,
      "GET /messaging/channels": [
        { channel: "SMS", feature: "C1", inPlan: true, available: true },
        { channel: "EMAIL", feature: "C3", inPlan: true, available: true },
      ],
      "GET /message-templates": [
        ...session["GET /message-templates"],
        { code: "news", channel: "EMAIL", subject: "خبرنامه", text: "{firstName} عزیز", placeholders: ["firstName"], characters: 16, smsParts: 0, createdAt: "2026-11-20T08:00:00Z", updatedAt: "2026-11-20T08:00:00Z" },
      ],
      "POST /messages/estimate": { recipients: 2, suppressed: 0, smsParts: 0, estimatedCost: null },
      "POST /messages/preview": { memberCode: "1001", channel: "EMAIL", recipient: "maryam@example.com", subject: "تخفیف مریم", text: "مریم عزیز، ۱۲۰ امتیاز دارید", characters: 26, smsParts: 0, reachable: true, notReachedBecause: null },
      "POST /messages": { status: 202, body: { batchId: "78", recipients: 2, suppressed: 0, status: "QUEUED", sendAt: "2026-11-22T06:30:00Z" } },
    });
    await renderPage(<ComposePage />, { path: "/messages/new" });
    await screen.findByTestId("compose-send");
    fireEvent.mouseDown(within(screen.getByTestId("compose-message")).getAllByRole("combobox")[0]);
    fireEvent.click(await screen.findByTestId("compose-channel-option-EMAIL"));
    expect(screen.getByTestId("compose-subject")).toBeInTheDocument();

    fireEvent.click(screen.getByTestId("compose-content-template"));
    fireEvent.mouseDown(within(screen.getByTestId("compose-template")).getByRole("combobox"));
    expect(await screen.findByTestId("compose-template-option-news")).toBeInTheDocument();
    expect(screen.queryByTestId("compose-template-option-nowruz")).toBeNull();
    fireEvent.click(screen.getByTestId("compose-template-option-news"));
    expect(screen.getByTestId("compose-preview-subject")).toHaveTextContent("خبرنامه");
    fireEvent.click(screen.getByTestId("compose-content-text"));

    await onPageClock(async (advance) => {
      type("compose-codes", "1001 1002");
      type("compose-subject", "تخفیف {firstName}");
      type("compose-text", "{firstName} عزیز، {points} امتیاز دارید");
      await advance(500);
    });
    expect(screen.getByTestId("sms-count")).toHaveAttribute("data-characters", "39");
    expect(screen.getByTestId("sms-count")).toHaveTextContent("۳۹ از ۲۰٬۰۰۰ نویسه");
    expect(await screen.findByTestId("estimate-recipients")).toHaveAttribute("data-value", "2");
    expect(screen.queryByTestId("estimate-parts")).toBeNull();
    expect(screen.queryByTestId("estimate-cost")).toBeNull();

    fireEvent.click(screen.getByTestId("compose-send"));
    expect(screen.getByTestId("compose-confirm-text")).toHaveTextContent("به ۲ عضو، با ایمیل.");
    fireEvent.click(screen.getByTestId("compose-confirm"));
    await waitFor(() => expect(calls.some((c) => c.method === "POST" && c.path === "/messages")).toBe(true));
    expect(calls.find((c) => c.method === "POST" && c.path === "/messages")?.body).toEqual({
      channel: "EMAIL",
      to: { memberCodes: ["1001", "1002"] },
      subject: "تخفیف {firstName}",
      text: "{firstName} عزیز، {points} امتیاز دارید",
    });
  });

  it("previews the message as the first recipient gets it, or as any member typed, and says why one would not get it", async () => {
    const { calls } = stubApi({
      ...session,
      "POST /messages/estimate": { recipients: 1, suppressed: 1, smsParts: 1, estimatedCost: null },
      "POST /messages/preview": (c: { body: { memberCode: string } }) =>
        c.body.memberCode === "1001"
          ? { memberCode: "1001", channel: "SMS", recipient: "09121234567", subject: null, text: "مریم عزیز، ۱۲۰ امتیاز", characters: 19, smsParts: 1, reachable: true, notReachedBecause: null }
          : c.body.memberCode === "1002"
            ? { memberCode: "1002", channel: "SMS", recipient: null, subject: null, text: "علی عزیز، ۰ امتیاز", characters: 17, smsParts: 1, reachable: false, notReachedBecause: "the member has no mobile" }
            : c.body.memberCode === "1003"
              ? { memberCode: "1003", channel: "SMS", recipient: "09120000000", subject: null, text: "سارا عزیز", characters: 9, smsParts: 1, reachable: false, notReachedBecause: "the member refused SMS messages" }
              : { status: 422, body: { type: "https://bashgah.ir/problems/validation", title: "Invalid request", errors: [{ field: "memberCode", message: "names no member of the club: 9999" }] } },
    });
    await renderPage(<ComposePage />, { path: "/messages/new" });
    await screen.findByTestId("compose-send");
    expect(screen.getByTestId("preview-waiting")).toBeInTheDocument();
    await onPageClock(async (advance) => {
      type("compose-codes", "۱۰۰۱\n1002");
      type("compose-text", "{firstName} عزیز، {points} امتیاز");
      await advance(499);
      expect(calls.some((c) => c.path === "/messages/preview")).toBe(false);
      await advance(1);
    });
    expect(await screen.findByTestId("preview-text")).toHaveTextContent("مریم عزیز، ۱۲۰ امتیاز");
    expect(screen.getByTestId("preview-recipient")).toHaveTextContent("۰۹۱۲۱۲۳۴۵۶۷");
    expect(screen.getByTestId("member-preview")).toHaveTextContent("نخستین گیرنده (۱۰۰۱)");
    expect(screen.queryByTestId("preview-not-reached")).toBeNull();
    expect(calls.find((c) => c.path === "/messages/preview")?.body).toEqual({ channel: "SMS", memberCode: "1001", text: "{firstName} عزیز، {points} امتیاز" });

    await onPageClock(async (advance) => {
      type("preview-code", "۱۰۰۲");
      await advance(500);
    });
    await waitFor(() => expect(screen.getByTestId("preview-result")).toHaveAttribute("data-member", "1002"));
    expect(screen.getByTestId("preview-not-reached")).toHaveTextContent("این عضو پیام را نمی‌گیرد: شماره‌ی همراه ثبت‌شده ندارد");

    await onPageClock(async (advance) => {
      type("preview-code", "1003");
      await advance(500);
    });
    await waitFor(() => expect(screen.getByTestId("preview-result")).toHaveAttribute("data-member", "1003"));
    expect(screen.getByTestId("preview-not-reached")).toHaveTextContent("دریافت پیامک را نپذیرفته است");

    await onPageClock(async (advance) => {
      type("preview-code", "9999");
      await advance(500);
    });
    await waitFor(() => expect(screen.getByTestId("member-preview")).toHaveTextContent("names no member of the club: 9999"));
    expect(screen.getByTestId("compose-recipients")).not.toHaveTextContent("9999");
  });
});
