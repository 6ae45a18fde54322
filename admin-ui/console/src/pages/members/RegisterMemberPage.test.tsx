import { afterEach, describe, expect, it, vi } from "vitest";
import { cleanup, fireEvent, screen, waitFor } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { RegisterMemberPage } from "./RegisterMemberPage";
import { json, renderPage, stubApi } from "./testing";

const routes = [
  { path: "/members/new", element: <RegisterMemberPage /> },
  { path: "/members/:memberCode", element: <div data-testid="profile">profile</div> },
];

async function openForm() {
  renderPage(routes, "/members/new");
  return screen.findByTestId("field-firstName");
}

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
  sessionStorage.clear();
});

describe("registering a member", { timeout: 30_000 }, () => {
  it("shows a bad national code and a bad mobile at the field, and sends nothing", async () => {
    const api = stubApi();
    const user = userEvent.setup({ delay: null });
    await openForm();

    await user.type(screen.getByTestId("field-nationalCode"), "1234567890");
    // Ten digits typed: the check digit is judged at once, without waiting for the field to be left.
    expect(await screen.findByTestId("error-nationalCode")).toHaveTextContent("کد ملی معتبر نیست");

    await user.type(screen.getByTestId("field-mobile"), "0912");
    await user.tab();
    expect(await screen.findByTestId("error-mobile")).toHaveTextContent("شماره همراه معتبر نیست");

    await user.type(screen.getByTestId("field-firstName"), "سارا");
    await user.type(screen.getByTestId("field-lastName"), "محمدی");
    await user.click(screen.getByTestId("register-submit"));

    expect(await screen.findByTestId("register-fix")).toBeInTheDocument();
    expect(screen.getByTestId("field-nationalCode")).toHaveAttribute("aria-invalid", "true");
    expect(screen.getByTestId("field-mobile")).toHaveAttribute("aria-invalid", "true");
    expect(api.apiCalls().filter((c) => c.method === "POST")).toEqual([]);
  });

  it("names the required fields when sent empty, and sends nothing", async () => {
    const api = stubApi();
    const user = userEvent.setup({ delay: null });
    await openForm();
    await user.click(screen.getByTestId("register-submit"));
    for (const f of ["firstName", "lastName", "mobile"]) {
      expect(await screen.findByTestId(`error-${f}`)).toHaveTextContent("این خانه را پر کنید");
    }
    expect(api.apiCalls().filter((c) => c.method === "POST")).toEqual([]);
  });

  it("sends a good form normalised (Latin digits, 09... mobile, Persian ی) and opens the new profile", async () => {
    const api = stubApi({
      answer: (c) =>
        c.method === "POST" && c.path === "/members"
          ? json({ memberCode: "100201", firstName: "سارا", lastName: "محمدی", mobile: "09121234567", active: true, creditActive: true, registeredAt: "2026-11-23T10:00:00Z" }, 201)
          : undefined,
    });
    const user = userEvent.setup({ delay: null });
    await openForm();

    await user.type(screen.getByTestId("field-firstName"), "  سارا ");
    await user.type(screen.getByTestId("field-lastName"), "محمدي"); // Arabic yeh, as an Arabic keyboard types it
    await user.type(screen.getByTestId("field-mobile"), "۰۹۱۲ ۱۲۳ ۴۵۶۷");
    await user.type(screen.getByTestId("field-nationalCode"), "۰۰۱۲۳۴۵۶۷۹");
    await user.type(screen.getByTestId("field-postalCode"), "۱۲۳۴۵-۶۷۸۹۰");
    await user.type(screen.getByTestId("field-city"), " كرج "); // Arabic kaf
    await user.type(screen.getByTestId("field-email"), "Sara@Example.IR");
    await waitFor(() => expect(screen.getByTestId("field-group").querySelectorAll("option").length).toBe(3));
    fireEvent.change(screen.getByTestId("field-group"), { target: { value: "A" } });

    expect(screen.getByTestId("error-mobile")).toHaveTextContent("۰۹۱۲۱۲۳۴۵۶۷");
    await user.click(screen.getByTestId("register-submit"));

    await waitFor(() => expect(screen.getByTestId("location")).toHaveTextContent("/members/100201"));
    const posts = api.apiCalls().filter((c) => c.method === "POST");
    expect(posts).toHaveLength(1);
    expect(posts[0].path).toBe("/members");
    expect(posts[0].body).toEqual({
      firstName: "سارا",
      lastName: "محمدی",
      mobile: "09121234567",
      nationalCode: "0012345679",
      postalCode: "1234567890",
      city: "کرج",
      email: "sara@example.ir",
      group: "A",
    });
  });

  it("puts the server's verdict on the field it names (a mobile another member has)", async () => {
    stubApi({
      answer: (c) =>
        c.method === "POST" && c.path === "/members"
          ? json(
              {
                type: "https://bashgah.ir/problems/conflict",
                title: "Conflict",
                status: 409,
                detail: "Mobile 09121234567 already belongs to member 100005",
                errors: [{ field: "mobile", message: "already registered" }],
              },
              409,
            )
          : undefined,
    });
    const user = userEvent.setup({ delay: null });
    await openForm();
    await user.type(screen.getByTestId("field-firstName"), "سارا");
    await user.type(screen.getByTestId("field-lastName"), "محمدی");
    await user.type(screen.getByTestId("field-mobile"), "09121234567");
    await user.click(screen.getByTestId("register-submit"));

    expect(await screen.findByTestId("error-mobile")).toHaveTextContent("۱۰۰۰۰۵");
    expect(screen.getByTestId("field-mobile")).toHaveAttribute("aria-invalid", "true");
    await waitFor(() => expect(screen.getByTestId("field-mobile")).toHaveFocus());
    // Changing the field takes the server's verdict away; the number is valid again.
    await user.type(screen.getByTestId("field-mobile"), "{Backspace}8");
    await waitFor(() => expect(screen.getByTestId("field-mobile")).toHaveAttribute("aria-invalid", "false"));
  });

  it("tags the new member after registering when the plan has B2", async () => {
    const api = stubApi({
      answer: (c) => {
        if (c.method === "POST" && c.path === "/members")
          return json({ memberCode: "100202", firstName: "علی", lastName: "رضایی", mobile: "09351234567", active: true, creditActive: true, registeredAt: "2026-11-23T10:00:00Z" }, 201);
        if (c.method === "PUT" && c.path.startsWith("/members/100202/tags/")) return json({ memberCode: "100202", tags: [] });
        return undefined;
      },
    });
    const user = userEvent.setup({ delay: null });
    await openForm();
    await user.type(screen.getByTestId("field-firstName"), "علی");
    await user.type(screen.getByTestId("field-lastName"), "رضایی");
    await user.type(screen.getByTestId("field-mobile"), "9351234567");
    await user.type(screen.getByTestId("field-tags"), "خوش‌حساب{Enter}");
    await user.click(screen.getByTestId("register-submit"));

    await waitFor(() => expect(screen.getByTestId("location")).toHaveTextContent("/members/100202"));
    const body = api.apiCalls().find((c) => c.method === "POST")?.body as Record<string, string>;
    expect(body.mobile).toBe("09351234567");
    expect(api.apiCalls().filter((c) => c.method === "PUT").map((c) => decodeURIComponent(c.path))).toEqual(["/members/100202/tags/خوش‌حساب"]);
  });
});
