import { describe, expect, it } from "vitest";
import { fireEvent, screen, waitFor } from "@testing-library/react";
import { cleanUpAfterEach, PLATFORM_ADMIN, renderPage, stubApi, type Call } from "../org/testing";
import { TenantPage } from "./TenantPage";
import type { TenantFeatureState } from "./overrides";

cleanUpAfterEach();

const tenant = { slug: "acme", name: "Acme", plan: "STANDARD", status: "ACTIVE", createdAt: "2026-11-20T08:00:00Z" };
const state = (code: string, enabled: boolean, overridden: boolean, inPlan: boolean): TenantFeatureState => ({ tenant: "acme", code, name: code, enabled, overridden, inPlan });

describe("a club's feature overrides", () => {
  it("sends on and off as a PUT of {enabled}, the plan's default as a DELETE, and shows the answer", async () => {
    const { calls } = stubApi({
      "GET /auth/me": PLATFORM_ADMIN,
      "GET /platform/tenants/acme": tenant,
      "GET /platform/tenants/acme/features": [state("K1", true, false, true), state("K4", false, false, false)],
      "PUT /platform/tenants/acme/features/K4": (c: Call) => state("K4", (c.body as { enabled: boolean }).enabled, true, false),
      "DELETE /platform/tenants/acme/features/K1": state("K1", true, false, true),
      "PUT /platform/tenants/acme/features/K1": state("K1", false, true, true),
    });
    await renderPage(<TenantPage />, { path: "/platform/tenants/acme?tab=features", route: "/platform/tenants/:slug" });

    expect(await screen.findByTestId("override-K4")).toHaveAttribute("data-state", "default");
    fireEvent.click(screen.getByTestId("override-K4-on"));
    await waitFor(() => expect(screen.getByTestId("override-K4")).toHaveAttribute("data-state", "on"));
    expect(calls.find((c) => c.method === "PUT" && c.path.endsWith("/K4"))?.body).toEqual({ enabled: true });
    expect(screen.getByTestId("tenant-feature-K4")).toHaveAttribute("data-enabled", "true");

    fireEvent.click(screen.getByTestId("override-K1-off"));
    await waitFor(() => expect(screen.getByTestId("override-K1")).toHaveAttribute("data-state", "off"));
    expect(calls.filter((c) => c.path.endsWith("/K1") && c.method === "PUT").map((c) => c.body)).toEqual([{ enabled: false }]);

    fireEvent.click(screen.getByTestId("override-K1-default"));
    await waitFor(() => expect(screen.getByTestId("override-K1")).toHaveAttribute("data-state", "default"));
    const reset = calls.find((c) => c.method === "DELETE");
    expect(reset?.path).toBe("/platform/tenants/acme/features/K1");
    expect(reset?.body).toBeUndefined();
  });

  it("suspends only after confirmation", async () => {
    const { calls } = stubApi({
      "GET /auth/me": PLATFORM_ADMIN,
      "GET /platform/tenants/acme": tenant,
      "PATCH /platform/tenants/acme": (c: Call) => ({ ...tenant, ...(c.body as object) }),
    });
    await renderPage(<TenantPage />, { path: "/platform/tenants/acme", route: "/platform/tenants/:slug" });
    fireEvent.click(await screen.findByTestId("tenant-suspend"));
    expect(calls.some((c) => c.method === "PATCH")).toBe(false);
    fireEvent.click(await screen.findByTestId("tenant-status-confirm"));
    await waitFor(() => expect(calls.find((c) => c.method === "PATCH")?.body).toEqual({ status: "SUSPENDED" }));
    expect(await screen.findByTestId("tenant-resume")).toBeInTheDocument();
  });
});
