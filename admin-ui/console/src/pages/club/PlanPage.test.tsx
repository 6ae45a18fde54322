import { describe, expect, it } from "vitest";
import { screen, within } from "@testing-library/react";
import { cleanUpAfterEach, me, renderPage, stubApi } from "../org/testing";
import { PlanPage } from "./PlanPage";

cleanUpAfterEach();

describe("the plan page", () => {
  it("shows each feature on or locked with the plan that unlocks it, and the plans from GET /plans", async () => {
    const { calls } = stubApi({
      "GET /auth/me": me({ plan: "STANDARD" }),
      "GET /features": {
        plan: "STANDARD",
        features: { A1: true, K1: true, K4: false, B4: true },
        catalogue: [
          { code: "A1", name: "dashboard", on: true, variant: null, unlockedBy: "BASIC" },
          { code: "B4", name: "level configuration", on: true, variant: "XP", unlockedBy: "STANDARD" },
          { code: "K1", name: "activity log", on: true, variant: null, unlockedBy: "STANDARD" },
          { code: "K4", name: "multi-factor authentication", on: false, variant: null, unlockedBy: "PROFESSIONAL" },
        ],
      },
    });
    await renderPage(<PlanPage />);
    const k4 = await screen.findByTestId("feature-K4");
    expect(k4).toHaveAttribute("data-state", "locked");
    expect(within(k4).getByTestId("feature-lock-K4")).toHaveTextContent("از طرح حرفه‌ای");
    expect(screen.getByTestId("feature-K1")).toHaveAttribute("data-state", "on");
    expect(screen.getByTestId("feature-K1")).toHaveTextContent("گزارش رویدادها");
    expect(screen.getByTestId("feature-B4")).toHaveTextContent("XP");
    expect(screen.getByTestId("plan-name")).toHaveTextContent("استاندارد");
    expect(screen.getByTestId("plan-step-STANDARD")).toHaveAttribute("data-current", "true");
    expect(screen.getByTestId("plan-step-PREMIUM")).toBeInTheDocument();
    expect(calls.some((c) => c.path === "/plans")).toBe(true);
  });

  it("uses the catalogue when the server sends one; a feature the platform turned off says so", async () => {
    stubApi({
      "GET /auth/me": me({ plan: "PROFESSIONAL" }),
      "GET /features": {
        plan: "PROFESSIONAL",
        features: { B2: false, C5: true },
        catalogue: [
          { code: "B2", name: "member tags", on: false, variant: null, unlockedBy: "PROFESSIONAL" },
          { code: "C5", name: "marketing automation", on: true, variant: null, unlockedBy: "VIP" },
        ],
      },
    });
    await renderPage(<PlanPage />, { lang: "en" });
    const b2 = await screen.findByTestId("feature-B2");
    expect(b2).toHaveAttribute("data-state", "locked");
    expect(b2).toHaveTextContent("Turned off for your club");
    expect(screen.getByTestId("feature-C5")).toHaveAttribute("data-state", "on");
    expect(screen.queryByTestId("feature-A1")).toBeNull();
  });
});
