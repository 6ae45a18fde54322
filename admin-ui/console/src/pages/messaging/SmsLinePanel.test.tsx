import { describe, expect, it } from "vitest";
import { fireEvent, screen, waitFor, within } from "@testing-library/react";
import { cleanUpAfterEach, me, renderPage, stubApi } from "../org/testing";
import { SettingsPage } from "./SettingsPage";

cleanUpAfterEach();

const OWNER = ["own-account", "features-read", "members-read", "messages-send", "messages-read", "messages-configure"];
const MARKETER = ["own-account", "features-read", "members-read", "messages-send", "messages-read"];
const club = (permissions: string[], features: Record<string, boolean>) => ({
  "GET /auth/me": me({ role: permissions === OWNER ? "owner" : "marketer", permissions }),
  "GET /features": { plan: features.C6 ? "VIP" : "PROFESSIONAL", features, catalogue: [{ code: "C6", name: "dedicated SMS sender line", on: !!features.C6, unlockedBy: "VIP" }] },
  "GET /messaging/quiet-hours": { from: "22:00", until: "08:00", timeZone: "Asia/Tehran" },
});
const NONE = { status: 404, body: { type: "https://bashgah.ir/problems/not-found", title: "Not found", detail: "The club has no SMS line of its own" } };
const text = (testId: string, value: string) => fireEvent.change(screen.getByTestId(testId), { target: { value } });

describe("the club's own SMS line", () => {
  it("is locked with the plan that has it when the club lacks C6, and not asked for", async () => {
    const { calls } = stubApi(club(OWNER, { C1: true }));
    await renderPage(<SettingsPage />, { path: "/messages/settings" });
    const panel = await screen.findByTestId("sms-line");
    expect(panel).toHaveAttribute("data-locked", "true");
    expect(within(panel).getByTestId("locked-C6")).toHaveTextContent("ویژه (VIP)");
    expect(within(panel).queryByTestId("sms-line-edit")).toBeNull();
    expect(calls.some((c) => c.path === "/messaging/sms-gateway")).toBe(false);
  });

  it("says who sets it to staff who may not", async () => {
    const { calls } = stubApi(club(MARKETER, { C1: true, C6: true }));
    await renderPage(<SettingsPage />, { path: "/messages/settings" });
    expect(await screen.findByTestId("sms-line-not-allowed")).toHaveTextContent("فقط مالک یا مدیر");
    expect(calls.some((c) => c.path === "/messaging/sms-gateway")).toBe(false);
  });

  it("is set with a key typed as a password and shown after only masked; the server's refusal lands on its field", async () => {
    let line: unknown = NONE;
    const { calls } = stubApi({
      ...club(OWNER, { C1: true, C6: true }),
      "GET /messaging/sms-gateway": () => line,
      "PUT /messaging/sms-gateway": (c: { body: { baseUrl?: string; provider: string; sender?: string } }) =>
        c.body.baseUrl
          ? {
              status: 422,
              body: {
                type: "https://bashgah.ir/problems/validation",
                title: "Invalid request",
                errors: [{ field: "baseUrl", message: "must be on a host the platform allows for clubs' lines: api.kavenegar.com, api.sms.ir" }],
              },
            }
          : (line = { provider: c.body.provider, sender: c.body.sender ?? null, baseUrl: null, maskedApiKey: "…55AB", updatedAt: "2026-11-22T08:00:00Z" }),
    });
    await renderPage(<SettingsPage />, { path: "/messages/settings" });
    expect(await screen.findByTestId("sms-line-platform")).toHaveTextContent("از خط سامانه");
    fireEvent.click(screen.getByTestId("sms-line-edit"));

    fireEvent.mouseDown(within(screen.getByTestId("sms-line-dialog")).getByRole("combobox"));
    fireEvent.click(await screen.findByTestId("sms-line-provider-smsir"));
    expect(screen.getByTestId("sms-line-key")).toHaveAttribute("type", "password");
    text("sms-line-key", "abc");
    expect(screen.getByTestId("sms-line-dialog")).toHaveTextContent("۸ تا ۲۵۶ حرف");
    text("sms-line-key", "SECRET-KEY-1234-55AB");
    fireEvent.click(screen.getByTestId("sms-line-save"));
    // SMS.ir names the line in every send: asked for before the server is.
    expect(screen.getByTestId("sms-line-dialog")).toHaveTextContent("SMS.ir شماره‌ی خط را لازم دارد.");
    expect(calls.some((c) => c.method === "PUT")).toBe(false);

    text("sms-line-sender", "۳۰۰۰۱۲۳۴");
    text("sms-line-base-url", "https://evil.example.com");
    fireEvent.click(screen.getByTestId("sms-line-save"));
    const refusal = await screen.findByText(/must be on a host the platform allows/);
    expect(refusal.closest(".MuiFormControl-root")?.querySelector("[data-testid=sms-line-base-url]")).not.toBeNull();
    expect(screen.getByTestId("sms-line-dialog").querySelector("[role=alert]")).toBeNull();

    text("sms-line-base-url", "");
    fireEvent.click(screen.getByTestId("sms-line-save"));
    await waitFor(() => expect(screen.queryByTestId("sms-line-dialog")).toBeNull());
    expect(calls.filter((c) => c.method === "PUT").at(-1)?.body).toEqual({ provider: "smsir", apiKey: "SECRET-KEY-1234-55AB", sender: "30001234" });
    expect(screen.getByTestId("notice")).toHaveTextContent("کلید دیگر نشان داده نمی‌شود");
    expect(screen.getByTestId("sms-line-current-provider")).toHaveTextContent("SMS.ir");
    expect(screen.getByTestId("sms-line-current-key")).toHaveTextContent("…55AB");
    expect(screen.getByTestId("sms-line-current-sender")).toHaveTextContent("۳۰۰۰۱۲۳۴");
    expect(document.body).not.toHaveTextContent("SECRET-KEY");

    // A change asks for the key again: the saved one is never shown, not even in the form.
    fireEvent.click(screen.getByTestId("sms-line-edit"));
    expect(screen.getByTestId("sms-line-key")).toHaveValue("");
    expect(screen.getByTestId("sms-line-sender")).toHaveValue("30001234");
  });

  it("is removed after a question, and the club is back on the platform's line", async () => {
    const { calls } = stubApi({
      ...club(OWNER, { C1: true, C6: true }),
      "GET /messaging/sms-gateway": { provider: "kavenegar", sender: null, baseUrl: null, maskedApiKey: "…9F3C", updatedAt: "2026-11-22T08:00:00Z" },
      "DELETE /messaging/sms-gateway": { status: 204 },
    });
    await renderPage(<SettingsPage />, { path: "/messages/settings" });
    expect(await screen.findByTestId("sms-line-current-provider")).toHaveTextContent("کاوه‌نگار");
    expect(screen.getByTestId("sms-line-current-sender")).toHaveTextContent("خط پیش‌فرض حساب");
    fireEvent.click(screen.getByTestId("sms-line-remove"));
    expect(calls.some((c) => c.method === "DELETE")).toBe(false);
    fireEvent.click(screen.getByTestId("sms-line-remove-confirm"));
    expect(await screen.findByTestId("sms-line-platform")).toBeInTheDocument();
    expect(calls.filter((c) => c.method === "DELETE")).toHaveLength(1);
    expect(screen.queryByTestId("sms-line-current")).toBeNull();
  });
});
