import { describe, expect, it } from "vitest";
import { fireEvent, screen, waitFor, within } from "@testing-library/react";
import { cleanUpAfterEach, me, renderPage, stubApi } from "../../org/testing";
import { ConsentPanel } from "./ConsentPanel";
import { MessagesPanel } from "./MessagesPanel";

cleanUpAfterEach();

const features = { "GET /features": { plan: "PROFESSIONAL", features: { C1: true } } };

describe("a member's messages and consent on his profile", () => {
  it("switches one channel off, sending only that one", async () => {
    const { calls } = stubApi({
      "GET /auth/me": me({ permissions: ["members-read", "members-write", "messages-read"] }),
      ...features,
      "GET /members/1001/consents": { memberCode: "1001", sms: true, email: true, push: false },
      "PUT /members/1001/consents": { memberCode: "1001", sms: false, email: true, push: false },
    });
    await renderPage(<ConsentPanel code="1001" />);
    const sms = await screen.findByTestId("consent-sms");
    expect(sms).toBeChecked();
    fireEvent.click(sms);
    await waitFor(() => expect(screen.getByTestId("consent-sms")).not.toBeChecked());
    expect(calls.find((c) => c.method === "PUT")?.body).toEqual({ sms: false });
    expect(screen.getByTestId("consent-email")).toBeChecked();
  });

  it("shows the messenger switch when the server answers it", async () => {
    const { calls } = stubApi({
      "GET /auth/me": me({ permissions: ["members-read", "members-write", "messages-read"] }),
      ...features,
      "GET /members/1001/consents": { memberCode: "1001", sms: true, email: true, push: true, messenger: true },
      "PUT /members/1001/consents": { memberCode: "1001", sms: true, email: true, push: true, messenger: false },
    });
    await renderPage(<ConsentPanel code="1001" />);
    fireEvent.click(await screen.findByTestId("consent-messenger"));
    await waitFor(() => expect(screen.getByTestId("consent-messenger")).not.toBeChecked());
    expect(calls.find((c) => c.method === "PUT")?.body).toEqual({ messenger: false });
  });

  it("lets a caller who may not change members only read it", async () => {
    stubApi({
      "GET /auth/me": me({ role: "analyst", permissions: ["members-read"] }),
      ...features,
      "GET /members/1001/consents": { memberCode: "1001", sms: false, email: true, push: false },
    });
    await renderPage(<ConsentPanel code="1001" />);
    expect(await screen.findByTestId("consent-sms")).toBeDisabled();
  });

  it("lists what was sent him, with status and cost", async () => {
    stubApi({
      "GET /auth/me": me({ permissions: ["members-read", "messages-read", "messages-send"] }),
      ...features,
      "GET /members/1001/messages": {
        items: [{ id: "5", channel: "SMS", text: "سارا عزیز، ۱۲۰ امتیاز گرفتید", status: "DELIVERED", createdAt: "2026-11-22T08:00:00Z", sentAt: "2026-11-22T08:01:00Z", cost: 1200 }],
        total: 1,
        page: 0,
        size: 10,
      },
    });
    await renderPage(<MessagesPanel code="1001" />);
    const row = await screen.findByTestId("member-message-row");
    expect(within(row).getByTestId("message-status")).toHaveAttribute("data-status", "DELIVERED");
    expect(row).toHaveTextContent("۱٬۲۰۰ ریال");
    expect(screen.getByTestId("member-message-new")).toHaveAttribute("href", "/messages/new?members=1001");
  });

  it("shows the plan lock instead of the list in a club without messaging", async () => {
    stubApi({ "GET /auth/me": me({ permissions: ["members-read", "messages-read"] }), "GET /features": { plan: "BASIC", features: {} } });
    await renderPage(<MessagesPanel code="1001" />);
    expect(await screen.findByTestId("locked-C1")).toBeInTheDocument();
    expect(screen.queryByTestId("member-message-row")).toBeNull();
  });
});
