import { describe, expect, it } from "vitest";
import { fireEvent, screen, waitFor, within } from "@testing-library/react";
import { cleanUpAfterEach, me, renderPage, stubApi } from "./testing";
import { newStaffBody, StaffPage, staffChangeBody, type StaffMember } from "./StaffPage";
import { roleRules } from "./roles";
import { ROLES } from "../../testing/serverRules";

const rules = roleRules(ROLES);

cleanUpAfterEach();

const cashier: StaffMember = { username: "cashier", role: "cashier", branch: "tehran-1", active: true, mfaEnabled: false, createdAt: "2026-11-20T08:00:00Z" };

describe("what the staff forms send", () => {
  it("a create: no branch for a role without one, the mobile as the server stores it", () => {
    const form = { username: "ali", password: "Secret-pass-1", role: "marketer", branch: "tehran-1", mobile: "۰۹۱۲ ۱۲۳ ۴۵۶۷", active: true };
    expect(newStaffBody(form, rules)).toEqual({ username: "ali", password: "Secret-pass-1", role: "marketer", branch: null, mobile: "09121234567" });
    expect(newStaffBody({ ...form, role: "cashier", mobile: "" }, rules)).toMatchObject({ branch: "tehran-1", mobile: null });
    expect(newStaffBody({ ...form, role: "cashier", branch: "" }, rules)).toMatchObject({ branch: null });
  });

  it("an edit: only what changed", () => {
    const form = { username: "cashier", password: "", role: "cashier", branch: "tehran-1", mobile: "", active: true };
    expect(staffChangeBody(cashier, form, rules)).toEqual({});
    expect(staffChangeBody(cashier, { ...form, active: false }, rules)).toEqual({ active: false });
    expect(staffChangeBody(cashier, { ...form, role: "branch-manager", branch: "tehran-2" }, rules)).toEqual({ role: "branch-manager", branch: "tehran-2" });
    expect(staffChangeBody(cashier, { ...form, role: "support" }, rules)).toEqual({ role: "support" });
  });
});

describe("the staff page", () => {
  it("explains a short password beside its field and sends nothing; a username is typed in lower case", async () => {
    const { calls } = stubApi({
      "GET /auth/me": me(),
      "GET /features": { plan: "STANDARD", features: {} },
      "GET /staff": [cashier],
      "GET /branches": [{ code: "tehran-1", name: "تهران", active: true, createdAt: "2026-11-20T08:00:00Z" }],
    });
    await renderPage(<StaffPage />, { path: "/staff" });
    fireEvent.click(await screen.findByTestId("staff-create"));
    fireEvent.change(within(screen.getByTestId("staff-username")).getByRole("textbox"), { target: { value: "Reza.K" } });
    fireEvent.change(screen.getByTestId("staff-password").querySelector("input")!, { target: { value: "short" } });
    fireEvent.click(screen.getByTestId("staff-save"));
    expect(screen.getByTestId("staff-password")).toHaveTextContent("دست‌کم ۱۰ نویسه");
    expect(within(screen.getByTestId("staff-username")).getByRole("textbox")).toHaveValue("reza.k");
    expect(calls.some((c) => c.method === "POST")).toBe(false);
  });

  it("a manager may not touch the owner's account, nor his own role", async () => {
    stubApi({
      "GET /auth/me": me({ username: "manager", role: "manager" }),
      "GET /features": { plan: "STANDARD", features: {} },
      "GET /staff": [cashier, { ...cashier, username: "owner", role: "owner", branch: null }, { ...cashier, username: "manager", role: "manager", branch: null }],
      "GET /branches": [],
    });
    await renderPage(<StaffPage />, { path: "/staff" });
    expect(await screen.findByTestId("staff-edit-owner")).toBeDisabled();
    expect(screen.getByTestId("staff-reset-owner")).toBeDisabled();
    expect(screen.getByTestId("staff-edit-cashier")).toBeEnabled();
  });

  it("sets a new password with PATCH {password}", async () => {
    const { calls } = stubApi({
      "GET /auth/me": me(),
      "GET /features": { plan: "STANDARD", features: {} },
      "GET /staff": [cashier],
      "GET /branches": [],
      "PATCH /staff/cashier": cashier,
    });
    await renderPage(<StaffPage />, { path: "/staff" });
    fireEvent.click(await screen.findByTestId("staff-reset-cashier"));
    fireEvent.change(screen.getByTestId("staff-reset-password").querySelector("input")!, { target: { value: "New-pass-1405" } });
    fireEvent.click(screen.getByTestId("staff-reset-confirm"));
    await waitFor(() => expect(calls.find((c) => c.method === "PATCH")?.body).toEqual({ password: "New-pass-1405" }));
  });
});
