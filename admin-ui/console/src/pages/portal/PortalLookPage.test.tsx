import { describe, expect, it, vi } from "vitest";
import { fireEvent, screen, waitFor, within } from "@testing-library/react";
import { cleanUpAfterEach, me, renderPage, stubApi, type Call } from "../org/testing";
import { PortalLookPage } from "./PortalLookPage";
import type { Branding } from "./queries";

// jsdom loads no images: the app icon's pixels are what the test says they are.
const iconPixels = vi.hoisted(() => ({ width: 512, height: 512 }));
vi.mock("./branding", async (original) => ({ ...(await original<typeof import("./branding")>()), readImageSize: async () => ({ ...iconPixels }) }));

cleanUpAfterEach();

const OWNER = ["own-account", "features-read", "portal-configure"];
const NONE = { colors: false, template: false, icon: false, domain: false };
const ALL = { colors: true, template: true, icon: true, domain: true };

function branding(overrides: Partial<Branding> = {}): Branding {
  return {
    displayName: null,
    clubName: "کافه دمو",
    logoUrl: null,
    iconUrl: null,
    primaryColor: "#0b6e4f",
    backgroundColor: "#ffffff",
    template: "standard",
    domain: null,
    address: null,
    social: { instagram: null, telegram: null, whatsapp: null, website: null },
    allowed: NONE,
    portalUrl: "/p/demo/",
    ...overrides,
  };
}

function club(plan: string, answer: Branding | ((c: Call) => unknown), more: Record<string, unknown> = {}) {
  const premium = plan === "PREMIUM";
  return {
    "GET /auth/me": me({ plan, permissions: OWNER }),
    "GET /features": {
      plan,
      features: { J1: premium, J2: premium, J3: premium },
      catalogue: ["J1", "J2", "J3"].map((code) => ({ code, name: code, on: premium, unlockedBy: "PREMIUM" })),
    },
    "GET /portal/branding": answer,
    ...more,
  };
}

const type = (testId: string, value: string) => fireEvent.change(screen.getByTestId(testId), { target: { value } });
const puts = (calls: Call[], path = "/portal/branding") => calls.filter((c) => c.method === "PUT" && c.path === path);
const png = (bytes: number, name = "logo.png", kind = "image/png") => new File([new Uint8Array(bytes)], name, { type: kind });

describe("the portal look page", () => {
  it("below Premium shows the plan's fields disabled with the plan that has them, and the rest open", async () => {
    stubApi(club("PROFESSIONAL", branding()));
    await renderPage(<PortalLookPage />, { path: "/portal-look" });
    await screen.findByTestId("branding-form");

    for (const part of ["colours", "template", "icon", "domain"]) expect(screen.getByTestId(`plan-line-${part}`)).toHaveTextContent("از طرح پریمیوم در دسترس است");
    expect(screen.getByTestId("primaryColor-text")).toBeDisabled();
    expect(screen.getByTestId("backgroundColor-picker")).toBeDisabled();
    for (const tp of ["standard", "soft", "bold"]) expect(screen.getByTestId(`template-${tp}`)).toBeDisabled();
    expect(screen.getByTestId("icon-choose")).toBeDisabled();
    expect(screen.getByTestId("domain")).toBeDisabled();

    expect(screen.getByTestId("displayName")).toBeEnabled();
    expect(screen.getByTestId("logo-choose")).toBeEnabled();
    expect(screen.getByTestId("address")).toBeEnabled();
    expect(screen.getByTestId("social-instagram")).toBeEnabled();
    expect(screen.getByTestId("branding-save")).toBeDisabled();
    expect(screen.getByTestId("open-portal")).toHaveAttribute("href", "/p/demo/");
    expect(screen.getByTestId("open-portal")).toHaveAttribute("target", "_blank");
  });

  it("on Premium opens them all, with no plan line", async () => {
    stubApi(club("PREMIUM", branding({ allowed: ALL })));
    await renderPage(<PortalLookPage />, { path: "/portal-look" });
    await screen.findByTestId("branding-form");
    expect(screen.queryByTestId(/^plan-line-/)).toBeNull();
    expect(screen.getByTestId("primaryColor-text")).toBeEnabled();
    expect(screen.getByTestId("template-bold")).toBeEnabled();
    expect(screen.getByTestId("icon-choose")).toBeEnabled();
    expect(screen.getByTestId("domain")).toBeEnabled();
  });

  it("has a preview that follows the name, the colours and the template as they are typed, before any save", async () => {
    const { calls } = stubApi(club("PREMIUM", branding({ allowed: ALL })));
    await renderPage(<PortalLookPage />, { path: "/portal-look" });
    const preview = await screen.findByTestId("portal-preview");
    expect(screen.getByTestId("preview-name")).toHaveTextContent("کافه دمو");
    expect(preview).toHaveAttribute("data-primary", "#0b6e4f");

    type("displayName", "قهوه‌ی خوب");
    expect(screen.getByTestId("preview-name")).toHaveTextContent("قهوه‌ی خوب");
    expect(screen.getByTestId("preview-letter")).toHaveTextContent("ق");

    type("primaryColor-text", "AA0000");
    expect(preview).toHaveAttribute("data-primary", "#aa0000");
    expect(screen.getByTestId("preview-button")).toHaveStyle({ backgroundColor: "rgb(170, 0, 0)" });
    expect(screen.getByTestId("primaryColor-picker")).toHaveValue("#aa0000");

    // Half a colour: the preview keeps the saved one, and the field says what it wants once left.
    type("primaryColor-text", "#aa00");
    expect(preview).toHaveAttribute("data-primary", "#0b6e4f");
    expect(screen.queryByText(/رنگ باید به شکل/)).toBeNull();
    fireEvent.blur(screen.getByTestId("primaryColor-text"));
    expect(screen.getByText(/رنگ باید به شکل/)).toBeInTheDocument();

    fireEvent.change(screen.getByTestId("backgroundColor-picker"), { target: { value: "#112233" } });
    expect(screen.getByTestId("backgroundColor-text")).toHaveValue("#112233");
    expect(preview).toHaveAttribute("data-background", "#112233");

    fireEvent.click(screen.getByTestId("template-bold"));
    expect(preview).toHaveAttribute("data-template", "bold");

    // None of it was sent; a save waits for the colour to be one.
    fireEvent.click(screen.getByTestId("branding-save"));
    expect(puts(calls)).toHaveLength(0);
  });

  it("saves only what changed, null for what was emptied, and takes the server's answer", async () => {
    let saved = branding({ address: "تهران", social: { instagram: "democafe", telegram: null, whatsapp: null, website: null } });
    const { calls } = stubApi(club("PROFESSIONAL", () => saved, { "PUT /portal/branding": (c: Call) => (saved = { ...saved, ...(c.body as Partial<Branding>) }) }));
    await renderPage(<PortalLookPage />, { path: "/portal-look" });
    await screen.findByTestId("branding-form");

    type("displayName", " کافه‌ی دمو ");
    type("address", "");
    expect(screen.getByTestId("branding-state")).toHaveTextContent("تغییرات ذخیره نشده است");
    fireEvent.click(screen.getByTestId("branding-save"));
    expect(await screen.findByTestId("notice")).toHaveTextContent("ظاهر پرتال ذخیره شد");
    expect(puts(calls).map((c) => c.body)).toEqual([{ displayName: "کافه‌ی دمو", address: null }]);
    expect(screen.getByTestId("displayName")).toHaveValue("کافه‌ی دمو");
    expect(screen.getByTestId("branding-save")).toBeDisabled();
  });

  it("shows the server's 422 under each field it names", async () => {
    stubApi(
      club("PREMIUM", branding({ allowed: ALL }), {
        "PUT /portal/branding": {
          status: 422,
          body: {
            type: "https://bashgah.ir/problems/validation-failed",
            title: "Invalid request",
            errors: [
              { field: "displayName", message: "size must be between 0 and 60" },
              { field: "social.instagram", message: "not an Instagram handle" },
            ],
          },
        },
      }),
    );
    await renderPage(<PortalLookPage />, { path: "/portal-look" });
    await screen.findByTestId("branding-form");
    type("displayName", "x".repeat(70));
    type("social-instagram", "@@@");
    fireEvent.click(screen.getByTestId("branding-save"));

    const name = await screen.findByText("size must be between 0 and 60");
    expect(name.closest(".MuiFormControl-root")?.querySelector("[data-testid=displayName]")).not.toBeNull();
    const instagram = screen.getByText("not an Instagram handle");
    expect(instagram.closest(".MuiFormControl-root")?.querySelector("[data-testid=social-instagram]")).not.toBeNull();
    // Every error is beside its field: no alert repeats them.
    expect(within(screen.getByTestId("branding-form")).queryByRole("alert")).toBeNull();
  });

  it("says so when another club has the domain (409), and when the plan lacks a setting (403)", async () => {
    let answer: unknown = { status: 409, body: { type: "https://bashgah.ir/problems/conflict", title: "Conflict", detail: "domain taken" } };
    stubApi(club("PREMIUM", branding({ allowed: ALL }), { "PUT /portal/branding": () => answer }));
    await renderPage(<PortalLookPage />, { path: "/portal-look" });
    await screen.findByTestId("branding-form");
    type("domain", "club.example.ir");
    fireEvent.click(screen.getByTestId("branding-save"));
    expect(await screen.findByTestId("branding-conflict")).toHaveTextContent("برای باشگاه دیگری ثبت شده است");
    expect(screen.getByText("این دامنه را باشگاه دیگری به کار می‌برد.")).toBeInTheDocument();

    answer = { status: 403, body: { type: "https://bashgah.ir/problems/feature-not-in-plan", title: "Forbidden", detail: "J3 needs the PREMIUM plan" } };
    fireEvent.click(screen.getByTestId("branding-save"));
    const refusal = await screen.findByTestId("branding-forbidden");
    expect(refusal).toHaveTextContent("طرح فعلی باشگاه این تنظیم را ندارد؛ از طرح پریمیوم در دسترس است.");
    expect(refusal).toHaveTextContent("J3 needs the PREMIUM plan");
  });

  it("checks a logo before uploading it raw, shows it, and removes it", async () => {
    let saved = branding();
    const { calls } = stubApi(
      club("PROFESSIONAL", () => saved, {
        "PUT /portal/branding/logo": () => (saved = { ...saved, logoUrl: "/p/demo/logo?v=2" }),
        "DELETE /portal/branding/logo": () => (saved = { ...saved, logoUrl: null }),
      }),
    );
    await renderPage(<PortalLookPage />, { path: "/portal-look" });
    await screen.findByTestId("branding-form");
    const input = screen.getByTestId("logo-file");

    fireEvent.change(input, { target: { files: [png(300 * 1024)] } });
    expect(await screen.findByTestId("logo-problem")).toHaveTextContent("حجم فایل ۳۰۰ کیلوبایت است؛ حداکثر ۲۰۰ کیلوبایت مجاز است.");
    fireEvent.change(input, { target: { files: [png(10, "logo.gif", "image/gif")] } });
    await waitFor(() => expect(screen.getByTestId("logo-problem")).toHaveTextContent("فقط تصویر PNG، JPEG یا WebP."));
    expect(puts(calls, "/portal/branding/logo")).toHaveLength(0);

    fireEvent.change(input, { target: { files: [png(2000)] } });
    expect(await screen.findByTestId("logo-current")).toHaveAttribute("src", "/p/demo/logo?v=2");
    expect(puts(calls, "/portal/branding/logo")[0].headers["Content-Type"]).toBe("image/png");
    expect(screen.getByTestId("preview-logo")).toHaveAttribute("src", "/p/demo/logo?v=2");

    fireEvent.click(screen.getByTestId("logo-remove"));
    await waitFor(() => expect(screen.queryByTestId("logo-current")).toBeNull());
    expect(calls.filter((c) => c.method === "DELETE")).toHaveLength(1);
  });

  it("checks an app icon's pixels before uploading it", async () => {
    const { calls } = stubApi(club("PREMIUM", branding({ allowed: ALL }), { "PUT /portal/branding/icon": branding({ allowed: ALL, iconUrl: "/p/demo/icon-512.png?v=1" }) }));
    await renderPage(<PortalLookPage />, { path: "/portal-look" });
    await screen.findByTestId("branding-form");
    const input = screen.getByTestId("icon-file");

    Object.assign(iconPixels, { width: 600, height: 400 });
    fireEvent.change(input, { target: { files: [png(1000, "icon.png")] } });
    await waitFor(() => expect(screen.getByTestId("icon-problem")).toHaveTextContent("آیکون باید مربع باشد"));
    Object.assign(iconPixels, { width: 256, height: 256 });
    fireEvent.change(input, { target: { files: [png(1000, "icon.png")] } });
    await waitFor(() => expect(screen.getByTestId("icon-problem")).toHaveTextContent("دست‌کم ۵۱۲ در ۵۱۲ پیکسل باشد؛ این تصویر ۲۵۶ در ۲۵۶ است."));
    expect(puts(calls, "/portal/branding/icon")).toHaveLength(0);

    Object.assign(iconPixels, { width: 512, height: 512 });
    fireEvent.change(input, { target: { files: [png(1000, "icon.png")] } });
    expect(await screen.findByTestId("icon-current")).toHaveAttribute("src", "/p/demo/icon-512.png?v=1");
    expect(puts(calls, "/portal/branding/icon")).toHaveLength(1);
  });
});
