import { afterEach, describe, expect, it, vi } from "vitest";
import { cleanup, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { CardsPanel } from "./CardsPanel";
import { json, renderPage, stubApi } from "../testing";
import type { CardView } from "../types";

const ACTIVE: CardView = { cardNumber: "9705923135617373", memberCode: "100001", type: "STANDARD", status: "ACTIVE", issuedAt: "2026-11-23T10:00:00Z" };
const BLOCKED: CardView = { ...ACTIVE, cardNumber: "9123456789012349", status: "BLOCKED" };
const REPLACED: CardView = { ...ACTIVE, cardNumber: "9000000000000009", status: "REPLACED", replacedBy: "9705923135617373" };

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
  sessionStorage.clear();
});

describe("a member's cards", { timeout: 30_000 }, () => {
  const show = (permissions?: string[]) => {
    const api = stubApi({
      permissions,
      answer: (c) => (c.method === "POST" && c.path.endsWith("/replace") ? json({ ...ACTIVE, cardNumber: "9811112222333344" }, 201) : undefined),
    });
    const onChanged = vi.fn();
    renderPage([{ path: "/m", element: <CardsPanel memberCode="100001" cards={[ACTIVE, BLOCKED, REPLACED]} onChanged={onChanged} /> }], "/m");
    return { api, onChanged };
  };

  it("offers what each status allows, and nothing to a caller who may only read", async () => {
    show();
    const rows = await screen.findAllByTestId("card-row");
    const buttons = (row: HTMLElement) => within(row).queryAllByRole("button").map((b) => b.getAttribute("data-testid"));
    expect(buttons(rows[0])).toEqual(["card-suspend", "card-block", "card-replace"]);
    expect(buttons(rows[1])).toEqual(["card-replace"]);
    expect(buttons(rows[2])).toEqual([]);
    cleanup();
    show(["members-read"]);
    await screen.findAllByTestId("card-row");
    expect(screen.queryByTestId("card-replace")).toBeNull();
    expect(screen.queryByTestId("card-issue")).toBeNull();
  });

  it("replaces a card only with a reason, and shows the new number", async () => {
    const { api, onChanged } = show();
    const user = userEvent.setup({ delay: null });
    const [active] = await screen.findAllByTestId("card-row");
    await user.click(within(active).getByTestId("card-replace"));
    await user.click(screen.getByTestId("dialog-confirm"));
    expect(screen.getByTestId("dialog-reason")).toHaveAttribute("aria-invalid", "true");
    expect(api.apiCalls()).toEqual([]);

    await user.type(screen.getByTestId("dialog-reason"), "گم شده");
    await user.click(screen.getByTestId("dialog-confirm"));
    expect(await screen.findByTestId("new-card-number")).toHaveAttribute("data-card", "9811112222333344");
    const [call] = api.apiCalls();
    expect(call.method).toBe("POST");
    expect(call.path).toBe("/cards/9705923135617373/replace");
    expect(call.body).toEqual({ reason: "گم شده" });
    expect(call.headers["idempotency-key"]).toBeTruthy();
    await waitFor(() => expect(onChanged).toHaveBeenCalled());
  });
});
