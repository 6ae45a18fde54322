import { describe, expect, it } from "vitest";
import { fireEvent, screen, waitFor, within } from "@testing-library/react";
import { cleanUpAfterEach, me, renderPage, stubApi, type Call } from "../org/testing";
import { ProfilePage } from "../ProfilePage";
import type { OpenSession } from "../../lib/sessions";

cleanUpAfterEach();

const CHROME = "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36";
const FIREFOX = "Mozilla/5.0 (X11; Ubuntu; Linux x86_64; rv:133.0) Gecko/20100101 Firefox/133.0";

const here: OpenSession = { id: "1", createdAt: "2026-12-06T06:30:00Z", expiresAt: "2026-12-06T07:30:00Z", clientAddress: "10.0.0.7", userAgent: CHROME, current: true };
const phone: OpenSession = { id: "2", createdAt: "2026-12-06T05:00:00Z", expiresAt: "2026-12-06T06:00:00Z", clientAddress: "2001:db8::1", userAgent: FIREFOX, current: false };
const tablet: OpenSession = { id: "3", createdAt: "2026-12-05T20:00:00Z", expiresAt: "2026-12-05T21:00:00Z", clientAddress: null, userAgent: null, current: false };

/** GET /auth/sessions answers what is still open: the sessions minus those a DELETE ended. */
function sessionsServer(extra: Record<string, unknown> = {}) {
  let open = [here, phone, tablet];
  const stub = stubApi({
    "GET /auth/me": me({ mfaEnabled: true }),
    "GET /features": { plan: "STANDARD", features: { K4: true } },
    "GET /auth/sessions": () => open,
    "DELETE /auth/sessions/2": () => {
      open = open.filter((s) => s.id !== "2");
      return { status: 204 };
    },
    "DELETE /auth/sessions/3": () => {
      open = open.filter((s) => s.id !== "3");
      return { status: 204 };
    },
    ...extra,
  });
  const endOthers = () => {
    open = [here];
  };
  const lists = () => stub.calls.filter((c: Call) => c.method === "GET" && c.path === "/auth/sessions").length;
  return { ...stub, endOthers, lists };
}

describe("the sessions panel of the profile", () => {
  it("lists the open sessions in Jalali Tehran time, this device marked and first, the address left to right", async () => {
    sessionsServer();
    await renderPage(<ProfilePage />, { path: "/profile" });
    const list = await screen.findByTestId("sessions");
    const rows = within(list).getAllByRole("listitem");
    expect(rows.map((r) => r.getAttribute("data-testid"))).toEqual(["session-1", "session-2", "session-3"]);
    expect(within(rows[0]).getByTestId("session-current")).toHaveTextContent("این دستگاه");
    expect(rows[0]).toHaveTextContent("Chrome 131 · Windows 10");
    // 06:30 UTC is 10:00 in Tehran, on 15 Azar 1405.
    expect(rows[0]).toHaveTextContent("۱۵ آذر ۱۴۰۵");
    expect(rows[0]).toHaveTextContent("۱۰:۰۰");
    expect(within(rows[1]).getByText("2001:db8::1")).toHaveAttribute("dir", "ltr");
    expect(rows[1]).toHaveTextContent("Firefox 133 · Linux");
    expect(rows[2]).toHaveTextContent("مرورگر ناشناخته");
    // Only the others can be ended from here.
    expect(within(rows[0]).queryByRole("button")).toBeNull();
    expect(within(rows[1]).getByTestId("session-end-2")).toBeEnabled();
  });

  it("ends one other session with DELETE /auth/sessions/{id} and shows the list without it", async () => {
    const { calls } = sessionsServer();
    await renderPage(<ProfilePage />, { path: "/profile" });
    fireEvent.click(await screen.findByTestId("session-end-2"));
    await waitFor(() => expect(screen.queryByTestId("session-2")).toBeNull());
    expect(calls.filter((c) => c.method === "DELETE").map((c) => c.path)).toEqual(["/auth/sessions/2"]);
    expect(screen.getByTestId("sessions-ended")).toHaveTextContent("نشست پایان یافت");
    expect(screen.getByTestId("session-3")).toBeInTheDocument();
  });

  it("signs out everywhere else: every session but this one, never this one", async () => {
    const { calls } = sessionsServer();
    await renderPage(<ProfilePage />, { path: "/profile" });
    await screen.findByTestId("session-3");
    fireEvent.click(screen.getByTestId("sessions-end-others"));
    await waitFor(() => expect(screen.queryByTestId("session-2")).toBeNull());
    expect(screen.queryByTestId("session-3")).toBeNull();
    expect(calls.filter((c) => c.method === "DELETE").map((c) => c.path).sort()).toEqual(["/auth/sessions/2", "/auth/sessions/3"]);
    expect(screen.getByTestId("session-1")).toBeInTheDocument();
    expect(screen.getByTestId("sessions-ended")).toHaveTextContent("از همه‌ی دستگاه‌های دیگر خارج شدید");
    expect(screen.getByTestId("sessions-end-others")).toBeDisabled();
  });

  it("asks for the list again after a password change, which ended the others", async () => {
    const server = sessionsServer({
      "POST /auth/password": () => {
        server.endOthers();
        return { status: 204 };
      },
    });
    await renderPage(<ProfilePage />, { path: "/profile" });
    await screen.findByTestId("session-2");
    fireEvent.change(document.querySelector("input[name=currentPassword]")!, { target: { value: "Old-pass-1405" } });
    fireEvent.change(document.querySelector("input[name=newPassword]")!, { target: { value: "New-pass-1405" } });
    fireEvent.change(document.querySelector("input[name=repeatPassword]")!, { target: { value: "New-pass-1405" } });
    fireEvent.submit(document.querySelector("input[name=currentPassword]")!.closest("form")!);
    await screen.findByTestId("password-changed");
    await waitFor(() => expect(screen.queryByTestId("session-2")).toBeNull());
    expect(server.lists()).toBe(2);
    expect(server.calls.find((c) => c.path === "/auth/password")?.body).toEqual({ currentPassword: "Old-pass-1405", newPassword: "New-pass-1405" });
  });

  it("turns MFA off with DELETE /auth/mfa {password} and then shows only this device", async () => {
    let mfa = true;
    const server = sessionsServer({
      "GET /auth/me": () => me({ mfaEnabled: mfa }),
      "DELETE /auth/mfa": () => {
        mfa = false;
        server.endOthers();
        return { status: 204 };
      },
    });
    await renderPage(<ProfilePage />, { path: "/profile" });
    await screen.findByTestId("session-2");
    expect(screen.getByTestId("mfa-state")).toHaveTextContent("فعال است");
    fireEvent.change(screen.getByTestId("mfa-password").querySelector("input")!, { target: { value: "Demo-owner-1405" } });
    fireEvent.click(screen.getByTestId("mfa-disable"));
    await screen.findByTestId("mfa-disabled");
    expect(screen.getByTestId("mfa-state")).toHaveTextContent("فعال نیست");
    await waitFor(() => expect(screen.queryByTestId("session-2")).toBeNull());
    const call = server.calls.find((c) => c.method === "DELETE" && c.path === "/auth/mfa");
    expect(call?.body).toEqual({ password: "Demo-owner-1405" });
    expect(call?.headers["Content-Type"]).toBe("application/json");
  });

  it("is there for the platform admin too, in English", async () => {
    stubApi({
      "GET /auth/me": { username: "admin", kind: "PLATFORM_ADMIN", role: "platform-admin", permissions: ["own-account"] },
      "GET /auth/sessions": [here],
    });
    await renderPage(<ProfilePage />, { path: "/profile", lang: "en" });
    expect(await screen.findByTestId("session-current")).toHaveTextContent("This device");
    expect(screen.getByTestId("sessions-end-others")).toBeDisabled();
    expect(screen.getByTestId("session-1")).toHaveTextContent("Azar 15, 1405");
  });
});
