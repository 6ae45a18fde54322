import { describe, expect, it } from "vitest";
import { fireEvent, screen, waitFor, within } from "@testing-library/react";
import { cleanUpAfterEach, me, renderPage, stubApi } from "../org/testing";
import { TRIGGERS } from "../../testing/serverRules";
import { TemplatesPage } from "./TemplatesPage";
import { AutomationsPage } from "./AutomationsPage";
import { BatchPage, refreshEvery } from "./BatchPage";
import { SettingsPage } from "./SettingsPage";
import { SegmentsPage } from "./SegmentsPage";
import { BatchesPage } from "./BatchesPage";

cleanUpAfterEach();

const SENDER = ["own-account", "features-read", "branches-read", "members-read", "dashboard-read", "messages-send", "messages-read"];
const SUPPORT = ["own-account", "features-read", "branches-read", "members-read", "members-write", "messages-read"];
const as = (permissions: string[], features: Record<string, boolean> = { C1: true }) => ({
  "GET /auth/me": me({ role: permissions === SUPPORT ? "support" : "marketer", permissions }),
  "GET /features": { plan: "PROFESSIONAL", features, catalogue: [{ code: "C5", name: "marketing automation", on: !!features.C5, unlockedBy: "VIP" }] },
});
const template = { code: "welcome", channel: "SMS", text: "{firstName} خوش آمدید", placeholders: ["firstName"], characters: 19, smsParts: 1, createdAt: "2026-11-20T08:00:00Z", updatedAt: "2026-11-20T08:00:00Z" };
const text = (testId: string, value: string) => fireEvent.change(screen.getByTestId(testId), { target: { value } });

describe("templates", () => {
  it("creates one; the server's 422 on the text is shown under the text", async () => {
    let answer: unknown = {
      status: 422,
      body: { type: "https://bashgah.ir/problems/validation", title: "Invalid request", errors: [{ field: "text", message: "names unknown placeholders {name}" }] },
    };
    const saved: object[] = [];
    const { calls } = stubApi({ ...as(SENDER), "GET /message-templates": () => saved, "POST /message-templates": () => (typeof answer === "function" ? answer() : answer) });
    await renderPage(<TemplatesPage />, { path: "/messages/templates" });
    fireEvent.click(await screen.findByTestId("template-create"));
    text("template-code", "Nowruz-1405");
    expect(screen.getByTestId("template-code")).toHaveValue("nowruz-1405");
    text("template-text", "سلام {name}");
    expect(screen.getByTestId("template-count")).toHaveAttribute("data-parts", "1");
    fireEvent.click(screen.getByTestId("template-save"));

    const field = await screen.findByText("names unknown placeholders {name}");
    expect(field.closest(".MuiFormControl-root")?.querySelector("[data-testid=template-text]")).not.toBeNull();
    expect(screen.getByTestId("template-dialog").querySelector("[role=alert]")).toBeNull();
    expect(calls.find((c) => c.method === "POST")?.body).toEqual({ code: "nowruz-1405", channel: "SMS", text: "سلام {name}" });

    const created = { ...template, code: "nowruz-1405", text: "سلام {firstName}" };
    answer = () => {
      saved.push(created);
      return { status: 201, body: created };
    };
    text("template-text", "سلام ");
    fireEvent.click(screen.getByTestId("template-insert-firstName"));
    fireEvent.click(screen.getByTestId("template-save"));
    expect(await screen.findByTestId("template-nowruz-1405")).toHaveTextContent("سلام {firstName}");
    expect(screen.queryByTestId("template-dialog")).toBeNull();
  });

  it("edits one under its code, which stays", async () => {
    const { calls } = stubApi({ ...as(SENDER), "GET /message-templates": [template], "PUT /message-templates/welcome": { ...template, text: "خوش آمدید" } });
    await renderPage(<TemplatesPage />, { path: "/messages/templates" });
    fireEvent.click(await screen.findByTestId("template-edit-welcome"));
    expect(screen.getByTestId("template-code")).toBeDisabled();
    text("template-text", "خوش آمدید");
    fireEvent.click(screen.getByTestId("template-save"));
    await waitFor(() => expect(calls.find((c) => c.method === "PUT")?.body).toEqual({ code: "welcome", channel: "SMS", text: "خوش آمدید" }));
  });

  it("are written for email with a subject and a longer text, on the channels the server offers (one outside the plan locked)", async () => {
    const { calls } = stubApi({
      ...as(SENDER, { C1: true, C3: true }),
      "GET /features": {
        plan: "PROFESSIONAL",
        features: { C1: true, C3: true },
        catalogue: [{ code: "C4", name: "web push", on: false, unlockedBy: "VIP" }],
      },
      "GET /messaging/channels": [
        { channel: "SMS", feature: "C1", inPlan: true, available: true },
        { channel: "EMAIL", feature: "C3", inPlan: true, available: true },
        { channel: "PUSH", feature: "C4", inPlan: false, available: true },
      ],
      "GET /message-templates": [],
      "POST /message-templates": (c: { body: object }) => ({ status: 201, body: { ...template, ...c.body } }),
    });
    await renderPage(<TemplatesPage />, { path: "/messages/templates" });
    fireEvent.click(await screen.findByTestId("template-create"));
    expect(screen.queryByTestId("template-subject")).toBeNull();
    fireEvent.mouseDown(within(screen.getByTestId("template-dialog")).getAllByRole("combobox")[0]);
    expect(await screen.findByTestId("template-channel-option-PUSH")).toHaveAttribute("aria-disabled", "true");
    expect(within(screen.getByTestId("template-channel-option-PUSH")).getByTestId("locked-C4")).toBeInTheDocument();
    fireEvent.click(screen.getByTestId("template-channel-option-EMAIL"));
    text("template-code", "news");
    text("template-subject", "خبرنامه‌ی {club}");
    const long = "س".repeat(5000);
    text("template-text", long);
    // An email is counted in characters against its own limit, not in SMS parts.
    expect(screen.getByTestId("template-count")).toHaveTextContent("۵٬۰۰۰ از ۲۰٬۰۰۰ نویسه");
    fireEvent.click(screen.getByTestId("template-save"));
    await waitFor(() => expect(calls.find((c) => c.method === "POST")?.body).toEqual({ code: "news", channel: "EMAIL", text: long, subject: "خبرنامه‌ی {club}" }));
  });

  it("show each template's channel, by its name when the console has no words for it", async () => {
    stubApi({ ...as(SUPPORT), "GET /message-templates": [template, { ...template, code: "tg", channel: "WHATSAPP" }] });
    await renderPage(<TemplatesPage />, { path: "/messages/templates" });
    expect(await screen.findByTestId("template-channel-welcome")).toHaveTextContent("پیامک");
    expect(screen.getByTestId("template-channel-tg")).toHaveTextContent("راه WHATSAPP");
  });

  it("are read only for support", async () => {
    stubApi({ ...as(SUPPORT), "GET /message-templates": [template] });
    await renderPage(<TemplatesPage />, { path: "/messages/templates" });
    expect(await screen.findByTestId("template-welcome")).toBeInTheDocument();
    expect(screen.queryByTestId("template-create")).toBeNull();
    expect(screen.queryByTestId("template-edit-welcome")).toBeNull();
  });

  it("show the plan lock when the club has no messaging", async () => {
    stubApi({ ...as(SENDER, {}), "GET /message-templates": [template] });
    await renderPage(<TemplatesPage />, { path: "/messages/templates" });
    expect(await screen.findByTestId("locked-C1")).toBeInTheDocument();
    expect(screen.queryByTestId("template-welcome")).toBeNull();
    expect(screen.queryByTestId("template-create")).toBeNull();
  });
});

const automations = TRIGGERS.map(({ trigger, kind }) => ({ trigger, kind, feature: kind === "MARKETING" ? "C5" : "C1", enabled: false, channel: null, template: null, updatedAt: null }));

describe("automatic messages", () => {
  it("shows marketing triggers locked without C5, and saves a receipt's template and switch as they change", async () => {
    const { calls } = stubApi({
      ...as(SENDER),
      "GET /messaging/automations": automations,
      "GET /message-templates": [template],
      "PUT /messaging/automations/EARN": (c: { body: { enabled: boolean; channel: string; template: string } }) => ({ ...automations[1], ...c.body, updatedAt: "2026-11-22T08:00:00Z" }),
    });
    await renderPage(<AutomationsPage />, { path: "/messages/automations" });
    const welcome = await screen.findByTestId("automation-WELCOME");
    expect(welcome).toHaveAttribute("data-locked", "true");
    expect(within(welcome).getByTestId("locked-C5")).toHaveTextContent("ویژه (VIP)");
    expect(within(welcome).getByTestId("automation-switch-WELCOME")).toBeDisabled();
    expect(screen.getByTestId("automation-EARN")).toHaveAttribute("data-locked", "false");

    // Switched on without a template: it asks for one and sends nothing.
    fireEvent.click(screen.getByTestId("automation-switch-EARN"));
    expect(screen.getByTestId("automation-EARN")).toHaveTextContent("اول قالبی انتخاب کنید.");
    expect(calls.some((c) => c.method === "PUT")).toBe(false);

    fireEvent.mouseDown(within(screen.getByTestId("automation-template-EARN")).getByRole("combobox"));
    fireEvent.click(await screen.findByRole("option", { name: "welcome" }));
    await waitFor(() => expect(calls.filter((c) => c.method === "PUT").map((c) => c.body)).toEqual([{ enabled: false, channel: "SMS", template: "welcome" }]));
    fireEvent.click(screen.getByTestId("automation-switch-EARN"));
    await waitFor(() => expect(screen.getByTestId("automation-EARN")).toHaveAttribute("data-enabled", "true"));
    expect(calls.filter((c) => c.method === "PUT").at(-1)?.body).toEqual({ enabled: true, channel: "SMS", template: "welcome" });
  });

  it("offer the server's channels, one outside the plan locked, and save a receipt on email", async () => {
    const emailTemplate = { ...template, code: "receipt", channel: "EMAIL", subject: "رسید" };
    const { calls } = stubApi({
      ...as(SENDER, { C1: true, C3: true }),
      "GET /features": { plan: "PROFESSIONAL", features: { C1: true, C3: true }, catalogue: [{ code: "C4", name: "web push", on: false, unlockedBy: "VIP" }] },
      "GET /messaging/channels": [
        { channel: "SMS", feature: "C1", inPlan: true, available: true },
        { channel: "EMAIL", feature: "C3", inPlan: true, available: true },
        { channel: "PUSH", feature: "C4", inPlan: false, available: true },
      ],
      "GET /messaging/automations": automations,
      "GET /message-templates": [template, emailTemplate],
      "PUT /messaging/automations/EARN": (c: { body: object }) => ({ ...automations[1], ...c.body }),
    });
    await renderPage(<AutomationsPage />, { path: "/messages/automations" });
    const earn = await screen.findByTestId("automation-EARN");
    fireEvent.mouseDown(within(within(earn).getByTestId("automation-channel-EARN").parentElement!).getByRole("combobox"));
    expect(await screen.findByTestId("automation-channel-EARN-option-PUSH")).toHaveAttribute("aria-disabled", "true");
    fireEvent.click(screen.getByTestId("automation-channel-EARN-option-EMAIL"));
    fireEvent.mouseDown(within(screen.getByTestId("automation-template-EARN").parentElement!).getByRole("combobox"));
    expect(screen.queryByRole("option", { name: "welcome" })).toBeNull();
    fireEvent.click(await screen.findByRole("option", { name: "receipt" }));
    await waitFor(() => expect(calls.filter((c) => c.method === "PUT").map((c) => c.body)).toEqual([{ enabled: false, channel: "EMAIL", template: "receipt" }]));
  });

  it("lets support see the switches but change nothing", async () => {
    stubApi({ ...as(SUPPORT, { C1: true, C5: true }), "GET /messaging/automations": automations.map((a) => (a.trigger === "EARN" ? { ...a, enabled: true, channel: "SMS", template: "welcome" } : a)), "GET /message-templates": [template] });
    await renderPage(<AutomationsPage />, { path: "/messages/automations" });
    const earn = await screen.findByTestId("automation-EARN");
    expect(within(earn).getByTestId("automation-switch-EARN")).toBeChecked();
    expect(within(earn).getByTestId("automation-switch-EARN")).toBeDisabled();
    expect(within(earn).queryByTestId("automation-template-EARN")).toBeNull();
    expect(earn).toHaveTextContent("welcome");
  });
});

describe("a batch's delivery report", () => {
  it("is read again every 3 s while messages are queued, every minute while it waits for its time, and no more once none is", () => {
    const now = Date.parse("2026-11-22T08:00:00Z");
    const batch = { batchId: "1", total: 3, counts: { QUEUED: 1, SENT: 2 }, sendAt: "2026-11-22T07:59:00Z" };
    expect(refreshEvery(batch, now)).toBe(3000);
    expect(refreshEvery({ ...batch, sendAt: "2026-11-23T08:00:00Z" }, now)).toBe(60_000);
    expect(refreshEvery({ ...batch, counts: { SENT: 3 } }, now)).toBe(false);
    expect(refreshEvery(undefined, now)).toBe(false);
    // A segment's rows still being written after the request.
    expect(refreshEvery({ ...batch, counts: { SENT: 3 } }, now, 10)).toBe(3000);
    expect(refreshEvery({ ...batch, counts: { SENT: 3 }, queueing: true }, now)).toBe(3000);
  });

  it("counts the batch's messages per status in Persian digits", async () => {
    stubApi({
      ...as(SUPPORT),
      "GET /messages/batches/77": { batchId: "77", total: 5, counts: { SENT: 3, FAILED: 1, SUPPRESSED: 1 }, channel: "SMS", text: "سلام {firstName}", sendAt: "2026-11-22T08:00:00Z", createdAt: "2026-11-22T08:00:00Z", createdBy: "owner" },
    });
    await renderPage(<BatchPage />, { path: "/messages/batches/77", route: "/messages/batches/:batchId" });
    expect(await screen.findByTestId("batch-count-SENT")).toHaveTextContent("۳");
    expect(screen.getByTestId("batch-count-QUEUED")).toHaveAttribute("data-value", "0");
    expect(screen.getByTestId("batch-total")).toHaveTextContent("۵");
    expect(screen.queryByTestId("batch-refreshing")).toBeNull();
    expect(screen.getByTestId("batch-text").querySelector('[data-placeholder="firstName"]')).not.toBeNull();
    expect(screen.getByTestId("batch-channel")).toHaveTextContent("پیامک");
    expect(screen.queryByTestId("batch-do-not-disturb")).toBeNull();
  });

  it("says how many failed messages the recipients' do-not-disturb stopped, and names an email send's channel", async () => {
    stubApi({
      ...as(SUPPORT),
      "GET /messages/batches/78": { batchId: "78", total: 4, counts: { SENT: 1, FAILED: 3 }, doNotDisturb: 2, channel: "EMAIL", text: "سلام", sendAt: "2026-11-22T08:00:00Z" },
    });
    await renderPage(<BatchPage />, { path: "/messages/batches/78", route: "/messages/batches/:batchId" });
    expect(await screen.findByTestId("batch-do-not-disturb")).toHaveTextContent("۲ پیام ناموفق");
    expect(screen.getByTestId("batch-channel")).toHaveTextContent("ایمیل");
  });

  it("lists the send's messages, those of one status when one is chosen, with why they did not arrive in words", async () => {
    const sara = { id: "1", memberCode: "1001", firstName: "سارا", lastName: "امینی", status: "SENT", text: "سلام", sentAt: "2026-11-22T08:01:00Z", cost: 1200, attempts: 1 };
    const ali = { id: "2", memberCode: "1002", firstName: "علی", lastName: "بهرامی", status: "SUPPRESSED", failure: "the member refused SMS messages", attempts: 0 };
    const { calls } = stubApi({
      ...as(SUPPORT),
      "GET /messages/batches/79": { batchId: "79", total: 2, counts: { SENT: 1, SUPPRESSED: 1 }, channel: "SMS", text: "سلام", sendAt: "2026-11-22T08:00:00Z" },
      "GET /messages/batches/79/messages": (c: { query: URLSearchParams }) =>
        c.query.get("status") === "SUPPRESSED" ? { items: [ali], total: 1, page: 0, size: 10 } : { items: [sara, ali], total: 2, page: 0, size: 10 },
    });
    await renderPage(<BatchPage />, { path: "/messages/batches/79", route: "/messages/batches/:batchId" });
    await waitFor(() => expect(screen.getAllByTestId("batch-message-row")).toHaveLength(2));
    // only the statuses this send has are offered
    expect(screen.queryByTestId("batch-filter-FAILED")).toBeNull();

    fireEvent.click(screen.getByTestId("batch-filter-SUPPRESSED"));

    await waitFor(() => expect(screen.getAllByTestId("batch-message-row")).toHaveLength(1));
    expect(screen.getByTestId("batch-message-failure")).toHaveTextContent("پیامک");
    expect(screen.getByTestId("batch-message-member")).toHaveAttribute("href", "/members/1002");
    expect(calls.some((c) => c.path === "/messages/batches/79/messages" && c.query.get("status") === "SUPPRESSED")).toBe(true);
  });

  it("lists the sends with their counts", async () => {
    stubApi({
      ...as(SENDER),
      "GET /messages/batches": {
        items: [{ batchId: "77", channel: "SMS", template: "welcome", segment: "gold", sendAt: "2026-11-22T08:00:00Z", createdAt: "2026-11-22T08:00:00Z", createdBy: "owner", recipients: 4, suppressed: 1, counts: { DELIVERED: 4, SUPPRESSED: 1 } }],
        total: 1,
        page: 0,
        size: 25,
      },
    });
    await renderPage(<BatchesPage />, { path: "/messages" });
    const row = await screen.findByTestId("batch-row");
    expect(within(row).getByTestId("count-DELIVERED")).toHaveTextContent("رسید ۴");
    expect(within(row).getByTestId("batch-recipients")).toHaveTextContent("۴");
    expect(within(row).getByTestId("batch-channel")).toHaveTextContent("پیامک");
    expect(screen.getByTestId("compose-new")).toBeInTheDocument();
  });
});

describe("quiet hours", () => {
  it("are saved from Persian digits; the same time twice is said to mean none", async () => {
    const { calls } = stubApi({
      ...as(SENDER),
      "GET /messaging/quiet-hours": { from: "22:00", until: "08:00", timeZone: "Asia/Tehran" },
      "PUT /messaging/quiet-hours": (c: { body: object }) => ({ ...c.body, timeZone: "Asia/Tehran" }),
    });
    await renderPage(<SettingsPage />, { path: "/messages/settings" });
    await waitFor(() => expect(screen.getByTestId("quiet-from")).toHaveValue("۲۲:۰۰"));
    text("quiet-from", "۰:۰۰");
    text("quiet-until", "00:00");
    expect(screen.getByTestId("quiet-summary")).toHaveTextContent("ساعات سکوت ندارید");
    fireEvent.click(screen.getByTestId("quiet-save"));
    await waitFor(() => expect(calls.find((c) => c.method === "PUT")?.body).toEqual({ from: "00:00", until: "00:00" }));
    expect(await screen.findByTestId("notice")).toHaveTextContent("ساعات سکوت برداشته شد");
  });

  it("refuse a time that is not one", async () => {
    const { calls } = stubApi({ ...as(SENDER), "GET /messaging/quiet-hours": { from: "22:00", until: "08:00" } });
    await renderPage(<SettingsPage />, { path: "/messages/settings" });
    await waitFor(() => expect(screen.getByTestId("quiet-from")).toHaveValue("۲۲:۰۰"));
    text("quiet-until", "25:00");
    fireEvent.click(screen.getByTestId("quiet-save"));
    expect(screen.getByTestId("quiet-hours")).toHaveTextContent("ساعت را به شکل ۲۲:۰۰ بنویسید.");
    expect(calls.some((c) => c.method === "PUT")).toBe(false);
  });
});

describe("segments", () => {
  it("lists them with their member counts and creates one with only the conditions given", async () => {
    const segments: object[] = [{ code: "gold", name: "طلایی‌ها", filter: { level: "GOLD", lastPurchaseBefore: "2026-09-23" }, members: 1234 }];
    const { calls } = stubApi({
      ...as(SENDER),
      "GET /member-groups": [{ code: "A", name: "مشتریان عمده" }],
      "GET /member-categories": [],
      "GET /card-types": [],
      "GET /segments": () => segments,
      "POST /segments": (c: { body: { code: string; name: string; filter: object } }) => {
        const s = { ...c.body, members: 3 };
        segments.push(s);
        return { status: 201, body: s };
      },
    });
    await renderPage(<SegmentsPage />, { path: "/messages/segments" });
    expect(await screen.findByTestId("segment-members-gold")).toHaveTextContent("۱٬۲۳۴");
    expect(screen.getByTestId("segment-gold")).toHaveTextContent("بی‌خرید از این روز به بعد: ۱ مهر ۱۴۰۵");

    fireEvent.click(screen.getByTestId("segment-create"));
    text("segment-name", "مشتریان عمده‌ی تهران");
    text("segment-code", "Wholesale");
    text("segment-tag", "وفادار");
    fireEvent.mouseDown(within(screen.getByTestId("segment-group")).getByRole("combobox"));
    fireEvent.click(await screen.findByRole("option", { name: "مشتریان عمده" }));
    fireEvent.click(screen.getByTestId("segment-save"));
    await waitFor(() =>
      expect(calls.find((c) => c.method === "POST")?.body).toEqual({ code: "wholesale", name: "مشتریان عمده‌ی تهران", filter: { group: "A", tag: "وفادار" } }),
    );
    expect(await screen.findByTestId("segment-members-wholesale")).toHaveAttribute("data-value", "3");
  });
});
