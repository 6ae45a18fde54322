import { describe, expect, it } from "vitest";
import { fireEvent, screen, waitFor, within } from "@testing-library/react";
import { cleanUpAfterEach, PLATFORM_ADMIN, renderPage, stubApi } from "../org/testing";
import { newTenantBody, TenantsPage } from "./TenantsPage";

cleanUpAfterEach();

describe("creating a club", () => {
  it("sends the club and its owner as README.md's curl does", () => {
    expect(newTenantBody({ slug: "acme", name: " Acme ", plan: "STANDARD", username: "boss", password: "Boss-pass-2026", mobile: "" })).toEqual({
      slug: "acme",
      name: "Acme",
      plan: "STANDARD",
      owner: { username: "boss", password: "Boss-pass-2026", mobile: null },
    });
    expect(newTenantBody({ slug: "acme", name: "Acme", plan: "VIP", username: "boss", password: "x", mobile: "+98 912 123 4567" }).owner.mobile).toBe("09121234567");
  });

  it("explains a bad club ID beside its field, then creates the club", async () => {
    const { calls } = stubApi({
      "GET /auth/me": PLATFORM_ADMIN,
      "GET /platform/tenants": [],
      "POST /platform/tenants": { status: 201, body: { slug: "acme", name: "Acme", plan: "STANDARD", status: "ACTIVE", createdAt: "2026-11-23T08:00:00Z" } },
    });
    await renderPage(<TenantsPage />, { path: "/platform/tenants" });
    fireEvent.click(await screen.findByTestId("tenant-create"));
    const input = (id: string) => within(screen.getByTestId(id)).getByRole("textbox");
    fireEvent.change(input("tenant-name"), { target: { value: "Acme" } });
    fireEvent.change(input("tenant-slug"), { target: { value: "1acme" } });
    fireEvent.change(input("tenant-owner-password"), { target: { value: "Boss-pass-2026" } });
    fireEvent.click(screen.getByTestId("tenant-save"));
    expect(screen.getByTestId("tenant-slug")).toHaveTextContent("با حرف کوچک انگلیسی شروع شود");
    expect(calls.some((c) => c.method === "POST")).toBe(false);

    fireEvent.change(input("tenant-slug"), { target: { value: "ACME" } });
    fireEvent.click(screen.getByTestId("tenant-save"));
    await waitFor(() =>
      expect(calls.find((c) => c.method === "POST")?.body).toEqual({ slug: "acme", name: "Acme", plan: "STANDARD", owner: { username: "owner", password: "Boss-pass-2026", mobile: null } }),
    );
  });
});
