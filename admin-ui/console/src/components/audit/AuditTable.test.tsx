import { describe, expect, it } from "vitest";
import { fireEvent, screen, waitFor, within } from "@testing-library/react";
import { cleanUpAfterEach, me, PLATFORM_ADMIN, renderPage, stubApi } from "../../pages/org/testing";
import { AuditPage } from "../../pages/club/AuditPage";
import { PlatformAuditPage } from "../../pages/platform/PlatformAuditPage";

cleanUpAfterEach();

const entry = {
  id: "1",
  occurredAt: "2026-11-23T10:00:00Z",
  actorKind: "STAFF",
  actorName: "owner",
  action: "STAFF.UPDATE",
  targetType: "staff-user",
  targetId: "cashier",
  before: '{"role":"cashier","active":true}',
  after: '{"role":"support","active":true}',
};

describe("the club's audit log", () => {
  it("asks with the address's filters, the Jalali days as Tehran instants", async () => {
    const { calls } = stubApi({
      "GET /auth/me": me(),
      "GET /features": { plan: "STANDARD", features: { K1: true } },
      "GET /audit": { items: [entry], page: 0, size: 25, total: 1 },
    });
    await renderPage(<AuditPage />, { path: "/audit?action=STAFF.UPDATE&from=2026-11-01&to=2026-11-23" });
    await waitFor(() => expect(calls.some((c) => c.path === "/audit")).toBe(true));
    const q = calls.find((c) => c.path === "/audit")!.query;
    expect(Object.fromEntries(q)).toEqual({ action: "STAFF.UPDATE", from: "2026-11-01T00:00:00+03:30", to: "2026-11-24T00:00:00+03:30", page: "0", size: "25" });
    // The action filter shows the action's Persian name, and searching again sends its code, not the name.
    expect(within(screen.getByTestId("audit-filter-action")).getByRole("combobox")).toHaveValue("ویرایش کاربر");
    fireEvent.change(within(screen.getByTestId("audit-filter-actor")).getByRole("textbox"), { target: { value: "owner" } });
    fireEvent.click(screen.getByTestId("audit-search"));
    await waitFor(() => expect(calls.filter((c) => c.path === "/audit").at(-1)!.query.get("actor")).toBe("owner"));
    expect(calls.filter((c) => c.path === "/audit").at(-1)!.query.get("action")).toBe("STAFF.UPDATE");
  });

  it("opens an entry with its before and after side by side, the changed field marked", async () => {
    stubApi({
      "GET /auth/me": me(),
      "GET /features": { plan: "STANDARD", features: { K1: true } },
      "GET /audit": { items: [entry], page: 0, size: 25, total: 1 },
    });
    await renderPage(<AuditPage />, { path: "/audit" });
    const row = await screen.findByTestId("audit-row");
    expect(row).toHaveTextContent("ویرایش کاربر");
    fireEvent.click(within(row).getByText("ویرایش کاربر"));
    const before = await screen.findByTestId("audit-before");
    const after = screen.getByTestId("audit-after");
    expect(before).toHaveTextContent('"role": "cashier"');
    expect(after).toHaveTextContent('"role": "support"');
    expect(after.querySelector("[data-changed]")).toHaveTextContent("role");
    expect(after.querySelectorAll("[data-changed]")).toHaveLength(1);
  });

  it("is locked below Standard, naming the plan that has it, and asks nothing", async () => {
    const { calls } = stubApi({
      "GET /auth/me": me({ plan: "BASIC" }),
      "GET /features": { plan: "BASIC", features: { K1: false }, catalogue: [{ code: "K1", name: "activity log", on: false, variant: null, unlockedBy: "STANDARD" }] },
    });
    await renderPage(<AuditPage />, { path: "/audit" });
    expect(await screen.findByTestId("locked-K1")).toHaveTextContent("استاندارد");
    expect(calls.some((c) => c.path === "/audit")).toBe(false);
  });
});

describe("the platform's audit log", () => {
  it("filters by club", async () => {
    const { calls } = stubApi({
      "GET /auth/me": PLATFORM_ADMIN,
      "GET /platform/audit": { items: [{ ...entry, tenant: "acme", action: "TENANT.SUSPEND" }], page: 0, size: 25, total: 1 },
    });
    await renderPage(<PlatformAuditPage />, { path: "/platform/audit?tenant=acme", lang: "en" });
    await waitFor(() => expect(calls.find((c) => c.path === "/platform/audit")?.query.get("tenant")).toBe("acme"));
    expect(within(screen.getByTestId("audit-filter-tenant")).getByRole("textbox")).toHaveValue("acme");
  });
});
