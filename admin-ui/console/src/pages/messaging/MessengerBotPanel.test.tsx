import { describe, expect, it } from "vitest";
import { fireEvent, screen, waitFor } from "@testing-library/react";
import { cleanUpAfterEach, me, renderPage, stubApi } from "../org/testing";
import { SettingsPage } from "./SettingsPage";

cleanUpAfterEach();

const OWNER = ["own-account", "features-read", "members-read", "messages-send", "messages-read", "messages-configure"];
const MARKETER = ["own-account", "features-read", "members-read", "messages-send", "messages-read"];
const club = (permissions: string[], features: Record<string, boolean>) => ({
  "GET /auth/me": me({ role: permissions === OWNER ? "owner" : "marketer", permissions }),
  "GET /features": { plan: "VIP", features, catalogue: [{ code: "C8", name: "messengers", on: !!features.C8, unlockedBy: "VIP" }] },
  "GET /messaging/quiet-hours": { from: "22:00", until: "08:00", timeZone: "Asia/Tehran" },
});
const bot = {
  baseUrl: "https://tapi.bale.ai",
  username: "golestan_bot",
  maskedToken: "…Zz99",
  link: "https://ble.ir/golestan_bot",
  linkedMembers: 3,
  updatedAt: "2026-12-07T09:00:00Z",
  tokenRefusedAt: null,
  tokenRefusal: null,
  updatesFailingSince: null,
  updatesFailure: null,
};

describe("the messenger bot", () => {
  it("is set with a token the server checks; its mistakes are shown under the token", async () => {
    let answer: unknown = {
      status: 422,
      body: { type: "https://bashgah.ir/problems/validation-failed", title: "Invalid", errors: [{ field: "token", message: "the messenger does not know this token" }] },
    };
    const { calls } = stubApi({
      ...club(OWNER, { C1: true, C8: true }),
      "GET /messaging/messenger-bot": { status: 404, body: { type: "https://bashgah.ir/problems/not-found", title: "Not found" } },
      "PUT /messaging/messenger-bot": () => answer,
    });
    await renderPage(<SettingsPage />, { path: "/messages/settings" });
    fireEvent.click(await screen.findByTestId("bot-save"));
    expect(await screen.findByText("توکن ربات را وارد کنید.")).toBeInTheDocument();
    expect(calls.filter((c) => c.method === "PUT")).toHaveLength(0);

    fireEvent.click(screen.getByTestId("bot-bale"));
    fireEvent.change(screen.getByTestId("bot-token-input"), { target: { value: " 123456789:AAH-test-token-Zz99 " } });
    fireEvent.click(screen.getByTestId("bot-save"));
    expect(await screen.findByText("the messenger does not know this token")).toBeInTheDocument();
    expect(calls.find((c) => c.method === "PUT")?.body).toEqual({ token: "123456789:AAH-test-token-Zz99", baseUrl: "https://tapi.bale.ai" });

    answer = bot;
    fireEvent.click(screen.getByTestId("bot-save"));
    expect(await screen.findByTestId("bot-link")).toHaveAttribute("href", "https://ble.ir/golestan_bot");
    expect(screen.getByTestId("bot-token")).toHaveTextContent("…Zz99");
    expect(screen.getByTestId("bot-linked")).toHaveTextContent("۳");
    expect(screen.queryByTestId("bot-token-input")).toBeNull();
  });

  it("says when the messenger refused its token, and can be removed", async () => {
    const { calls } = stubApi({
      ...club(OWNER, { C1: true, C8: true }),
      "GET /messaging/messenger-bot": { ...bot, tokenRefusedAt: "2026-12-07T10:00:00Z", tokenRefusal: "HTTP 401" },
      "DELETE /messaging/messenger-bot": { status: 204 },
    });
    await renderPage(<SettingsPage />, { path: "/messages/settings" });
    expect(await screen.findByTestId("bot-token-refused")).toBeInTheDocument();
    fireEvent.click(screen.getByTestId("bot-remove"));
    fireEvent.click(await screen.findByTestId("bot-remove-confirm"));
    await waitFor(() => expect(calls.some((c) => c.method === "DELETE")).toBe(true));
    expect(await screen.findByTestId("bot-token-input")).toBeInTheDocument();
  });

  it("is locked without C8", async () => {
    const { calls } = stubApi(club(OWNER, { C1: true }));
    await renderPage(<SettingsPage />, { path: "/messages/settings" });
    expect(await screen.findByTestId("locked-C8")).toBeInTheDocument();
    expect(calls.some((c) => c.path === "/messaging/messenger-bot")).toBe(false);
  });

  it("is not shown to staff who may not configure messaging", async () => {
    stubApi(club(MARKETER, { C1: true, C8: true }));
    await renderPage(<SettingsPage />, { path: "/messages/settings" });
    await screen.findByTestId("quiet-hours");
    expect(screen.queryByTestId("messenger-bot")).toBeNull();
    expect(screen.queryByTestId("locked-C8")).toBeNull();
  });
});
