import { describe, expect, it } from "vitest";
import { fireEvent, screen, waitFor, within } from "@testing-library/react";
import { cleanUpAfterEach, me, renderPage, stubApi } from "./testing";
import { BranchesPage } from "./BranchesPage";

cleanUpAfterEach();

const branch = { code: "tehran-1", name: "تهران، ونک", active: true, createdAt: "2026-11-20T08:00:00Z" };

describe("branches and terminals", () => {
  it("shows a new terminal's API key once, and closes only when the operator says he has it", async () => {
    const { calls } = stubApi({
      "GET /auth/me": me(),
      "GET /features": { plan: "STANDARD", features: {} },
      "GET /branches": [branch],
      "GET /branches/tehran-1/terminals": [],
      "POST /branches/tehran-1/terminals": { status: 201, body: { terminalId: "9127", branch: "tehran-1", name: "صندوق ۱", apiKey: "bgk_demo_secret-key" } },
    });
    await renderPage(<BranchesPage />, { path: "/branches" });
    fireEvent.click(await screen.findByTestId("terminal-create"));
    fireEvent.change(within(screen.getByTestId("terminal-name")).getByRole("textbox"), { target: { value: "  صندوق ۱ " } });
    fireEvent.click(screen.getByTestId("terminal-save"));

    const key = await screen.findByTestId("terminal-api-key");
    expect(within(key).getByRole("textbox")).toHaveValue("bgk_demo_secret-key");
    expect(screen.getByTestId("terminal-key-warning")).toHaveTextContent("فقط همین یک بار");
    expect(calls.find((c) => c.method === "POST")?.body).toEqual({ name: "صندوق ۱" });

    fireEvent.keyDown(screen.getByTestId("terminal-key-dialog"), { key: "Escape" });
    expect(screen.getByTestId("terminal-api-key")).toBeInTheDocument();
    fireEvent.click(screen.getByTestId("terminal-key-done"));
    await waitFor(() => expect(screen.queryByTestId("terminal-api-key")).toBeNull());
  });

  it("checks a new branch's code before sending it", async () => {
    const branches: object[] = [];
    const created = { code: "vanak-2", name: "ونک", active: true, createdAt: "2026-11-23T08:00:00Z" };
    const { calls } = stubApi({
      "GET /auth/me": me(),
      "GET /features": { plan: "STANDARD", features: {} },
      "GET /branches": () => branches,
      "POST /branches": () => {
        branches.push(created);
        return { status: 201, body: created };
      },
      "GET /branches/vanak-2/terminals": [],
    });
    await renderPage(<BranchesPage />, { path: "/branches" });
    fireEvent.click(await screen.findByTestId("branch-create"));
    fireEvent.change(within(screen.getByTestId("branch-name")).getByRole("textbox"), { target: { value: "ونک" } });
    const code = within(screen.getByTestId("branch-code")).getByRole("textbox");
    fireEvent.change(code, { target: { value: "-Vanak" } });
    fireEvent.click(screen.getByTestId("branch-save"));
    expect(screen.getByTestId("branch-code")).toHaveTextContent("۱ تا ۳۲ حرف کوچک");
    expect(calls.some((c) => c.method === "POST")).toBe(false);

    fireEvent.change(code, { target: { value: "Vanak-۲" } });
    expect(code).toHaveValue("vanak-2");
    fireEvent.click(screen.getByTestId("branch-save"));
    await waitFor(() => expect(calls.find((c) => c.method === "POST")?.body).toEqual({ code: "vanak-2", name: "ونک" }));
    // A retried create (a double click, a timeout) answers the first one instead of a conflict.
    expect(calls.find((c) => c.method === "POST")?.headers["Idempotency-Key"]).toMatch(/^[0-9a-f-]{36}$/);
    expect(await screen.findByTestId("branch-row-vanak-2")).toBeInTheDocument();
  });

  it("a cashier sees branches and terminals but no create or revoke", async () => {
    stubApi({
      "GET /auth/me": me({ role: "cashier", permissions: ["features-read", "branches-read"] }),
      "GET /features": { plan: "STANDARD", features: {} },
      "GET /branches": [branch],
      "GET /branches/tehran-1/terminals": [{ terminalId: "9127", branch: "tehran-1", name: "صندوق ۱", active: true, createdAt: "2026-11-20T08:00:00Z" }],
    });
    await renderPage(<BranchesPage />, { path: "/branches" });
    expect(await screen.findByTestId("terminal-row-9127")).toHaveAttribute("data-state", "active");
    expect(screen.queryByTestId("terminal-revoke-9127")).toBeNull();
    expect(screen.queryByTestId("terminal-create")).toBeNull();
    expect(screen.queryByTestId("branch-create")).toBeNull();
  });
});
