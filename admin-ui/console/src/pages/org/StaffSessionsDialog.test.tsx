import { describe, expect, it } from "vitest";
import { fireEvent, screen, waitFor, within } from "@testing-library/react";
import { cleanUpAfterEach, me, renderPage, stubApi } from "./testing";
import { StaffPage, type StaffMember } from "./StaffPage";
import type { OpenSession } from "../../lib/sessions";

cleanUpAfterEach();

const cashier: StaffMember = { username: "cashier", role: "cashier", branch: "tehran-1", active: true, mfaEnabled: false, createdAt: "2026-11-20T08:00:00Z" };
const owner: StaffMember = { ...cashier, username: "owner", role: "owner", branch: null };
const manager: StaffMember = { ...cashier, username: "manager", role: "manager", branch: null };

const till: OpenSession = { id: "7", createdAt: "2026-12-06T06:30:00Z", expiresAt: "2026-12-06T07:30:00Z", clientAddress: "192.0.2.10", userAgent: "Mozilla/5.0 (Linux; Android 14; SM-T220) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36", current: false };
const home: OpenSession = { ...till, id: "8", createdAt: "2026-12-05T16:00:00Z", clientAddress: "198.51.100.4" };

function staffServer(caller = me()) {
  let open = [till, home];
  const stub = stubApi({
    "GET /auth/me": caller,
    "GET /features": { plan: "STANDARD", features: {} },
    "GET /staff": [owner, manager, cashier],
    "GET /branches": [{ code: "tehran-1", name: "تهران", active: true, createdAt: "2026-11-20T08:00:00Z" }],
    "GET /staff/cashier/sessions": () => open,
    "DELETE /staff/cashier/sessions": () => {
      open = [];
      return { status: 204 };
    },
    "DELETE /staff/cashier/sessions/8": () => {
      open = open.filter((s) => s.id !== "8");
      return { status: 204 };
    },
  });
  return stub;
}

describe("a staff member's sessions on the staff page", () => {
  it("lists them in a dialog and ends them all after a confirmation", async () => {
    const { calls } = staffServer();
    await renderPage(<StaffPage />, { path: "/staff" });
    fireEvent.click(await screen.findByTestId("staff-sessions-cashier"));
    const dialog = await screen.findByTestId("staff-sessions-dialog");
    expect(dialog).toHaveTextContent("نشست‌های باز «cashier»");
    await within(dialog).findByTestId("session-7");
    expect(within(dialog).getByTestId("session-7")).toHaveTextContent("Chrome 131 · Android 14");
    expect(within(dialog).getByText("192.0.2.10")).toHaveAttribute("dir", "ltr");
    // Nothing is his "this device": an owner looks at someone else's sessions.
    expect(within(dialog).queryByTestId("session-current")).toBeNull();

    fireEvent.click(within(dialog).getByTestId("dialog-confirm"));
    const confirm = await screen.findByTestId("staff-sessions-end-all-dialog");
    expect(confirm).toHaveTextContent("«cashier» در همه‌ی دستگاه‌ها");
    expect(calls.some((c) => c.method === "DELETE")).toBe(false);
    fireEvent.click(within(confirm).getByTestId("staff-sessions-end-all"));

    await within(dialog).findByTestId("staff-sessions-ended");
    expect(calls.filter((c) => c.method === "DELETE").map((c) => c.path)).toEqual(["/staff/cashier/sessions"]);
    await within(dialog).findByTestId("staff-sessions-empty");
    expect(within(dialog).getByTestId("dialog-confirm")).toBeDisabled();
  });

  it("a change of mind sends nothing", async () => {
    const { calls } = staffServer();
    await renderPage(<StaffPage />, { path: "/staff" });
    fireEvent.click(await screen.findByTestId("staff-sessions-cashier"));
    const dialog = await screen.findByTestId("staff-sessions-dialog");
    await within(dialog).findByTestId("session-7");
    fireEvent.click(within(dialog).getByTestId("dialog-confirm"));
    fireEvent.click(within(await screen.findByTestId("staff-sessions-end-all-dialog")).getByTestId("staff-sessions-end-all-cancel"));
    await waitFor(() => expect(screen.queryByTestId("staff-sessions-end-all-dialog")).toBeNull());
    expect(calls.some((c) => c.method === "DELETE")).toBe(false);
  });

  it("ends one session with DELETE /staff/{username}/sessions/{id}", async () => {
    const { calls } = staffServer();
    await renderPage(<StaffPage />, { path: "/staff" });
    fireEvent.click(await screen.findByTestId("staff-sessions-cashier"));
    const dialog = await screen.findByTestId("staff-sessions-dialog");
    fireEvent.click(await within(dialog).findByTestId("session-end-8"));
    await waitFor(() => expect(within(dialog).queryByTestId("session-8")).toBeNull());
    expect(within(dialog).getByTestId("session-7")).toBeInTheDocument();
    expect(calls.filter((c) => c.method === "DELETE").map((c) => c.path)).toEqual(["/staff/cashier/sessions/8"]);
  });

  it("offers no change of one's own account: the own row points to the profile", async () => {
    staffServer();
    await renderPage(<StaffPage />, { path: "/staff" });
    expect(await screen.findByTestId("staff-edit-owner")).toBeDisabled();
    expect(screen.getByTestId("staff-reset-owner")).toBeDisabled();
    expect(screen.getByTestId("staff-sessions-owner")).toHaveAttribute("href", "/profile#sessions");
    expect(screen.getByTestId("staff-edit-cashier")).toBeEnabled();
    expect(screen.getByTestId("staff-sessions-manager")).toBeEnabled();
  });

  it("a manager may not see the owner's or another manager's sessions", async () => {
    staffServer(me({ username: "manager", role: "manager" }));
    await renderPage(<StaffPage />, { path: "/staff" });
    expect(await screen.findByTestId("staff-sessions-owner")).toBeDisabled();
    expect(screen.getByTestId("staff-sessions-cashier")).toBeEnabled();
    expect(screen.getByTestId("staff-sessions-manager")).toHaveAttribute("href", "/profile#sessions");
  });
});
