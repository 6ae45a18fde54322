import { afterEach, describe, expect, it, vi } from "vitest";
import { cleanup, screen, waitFor } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { AdjustDialog, adjustedBalance, signedAmount } from "./AdjustDialog";
import { json, renderPage, stubApi } from "../testing";
import type { BalanceView } from "../types";

const BALANCE: BalanceView = { points: 3512, credit: 170690, pendingPoints: 0, pendingCredit: 0, level: "SILVER", levelName: "نقره‌ای" };

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
  sessionStorage.clear();
});

describe("the figures of a manual adjustment", () => {
  it("reads the amount typed as a whole number above zero, signed by the direction", () => {
    expect(signedAmount("۲٬۵۰۰", "increase")).toBe(2500);
    expect(signedAmount("2,500", "decrease")).toBe(-2500);
    expect(signedAmount("0", "increase")).toBeNull();
    expect(signedAmount("-5", "increase")).toBeNull();
    expect(signedAmount("12.5", "increase")).toBeNull();
    expect(signedAmount("", "decrease")).toBeNull();
  });

  it("says what the balance will be", () => {
    expect(adjustedBalance(BALANCE, "POINTS", -500)).toEqual({ now: 3512, after: 3012 });
    expect(adjustedBalance(BALANCE, "CREDIT", 10_000)).toEqual({ now: 170690, after: 180690 });
    expect(adjustedBalance(BALANCE, "POINTS", null)).toEqual({ now: 3512, after: null });
    expect(adjustedBalance(undefined, "POINTS", 5)).toEqual({ now: null, after: null });
  });
});

describe("the manual adjustment dialog", { timeout: 30_000 }, () => {
  const open = (onDone = vi.fn()) => {
    renderPage([{ path: "/members/:code", element: <AdjustDialog code="100001" balance={BALANCE} onClose={() => {}} onDone={onDone} /> }], "/members/100001");
    return onDone;
  };

  it("refuses a decrease beyond the balance and an adjustment without a reason, sending nothing", async () => {
    const api = stubApi();
    const user = userEvent.setup({ delay: null });
    open();
    await user.click(await screen.findByTestId("adjust-decrease"));
    await user.type(screen.getByTestId("adjust-amount"), "4000");
    expect(screen.getByTestId("adjust-after")).toHaveAttribute("data-value", "-488");
    expect(screen.getByTestId("adjust-amount")).toHaveAttribute("aria-invalid", "true");
    await user.click(screen.getByTestId("dialog-confirm"));
    await user.clear(screen.getByTestId("adjust-amount"));
    await user.type(screen.getByTestId("adjust-amount"), "500");
    expect(screen.getByTestId("adjust-after")).toHaveAttribute("data-value", "3012");
    await user.click(screen.getByTestId("dialog-confirm"));
    expect(screen.getByTestId("adjust-reason")).toHaveAttribute("aria-invalid", "true");
    expect(api.apiCalls()).toEqual([]);
  });

  it("sends the signed amount with one Idempotency-Key, kept for a retry after a failure", async () => {
    let attempt = 0;
    const api = stubApi({
      answer: (c) => {
        if (c.method !== "POST") return undefined;
        attempt++;
        return attempt === 1
          ? json({ type: "https://bashgah.ir/problems/busy", title: "Busy", status: 503 }, 503)
          : json({ entryId: "1", balance: { ...BALANCE, credit: 168190 } }, 201);
      },
    });
    const user = userEvent.setup({ delay: null });
    const onDone = open();
    await user.click(await screen.findByTestId("adjust-credit"));
    await user.click(screen.getByTestId("adjust-decrease"));
    await user.type(screen.getByTestId("adjust-amount"), "۲۵۰۰");
    await user.type(screen.getByTestId("adjust-reason"), "اصلاح خطای صندوق");
    // A double click sends once: confirm is disabled while the request is under way.
    await user.dblClick(screen.getByTestId("dialog-confirm"));
    expect(await screen.findByText("Busy")).toBeInTheDocument();
    await user.click(screen.getByTestId("dialog-confirm"));
    await waitFor(() => expect(onDone).toHaveBeenCalled());

    const posts = api.apiCalls().filter((c) => c.method === "POST");
    expect(posts).toHaveLength(2);
    expect(posts[0].path).toBe("/members/100001/adjustments");
    expect(posts[0].body).toEqual({ asset: "CREDIT", amount: -2500, reason: "اصلاح خطای صندوق" });
    expect(posts[0].headers["idempotency-key"]).toMatch(/^[0-9a-f-]{36}$/);
    expect(posts[1].headers["idempotency-key"]).toBe(posts[0].headers["idempotency-key"]);
  });
});
