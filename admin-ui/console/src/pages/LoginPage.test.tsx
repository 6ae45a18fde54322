import { beforeEach, describe, expect, it, vi } from "vitest";
import { fireEvent, render, screen, waitFor } from "@testing-library/react";
import { QueryClient, QueryClientProvider, useQuery } from "@tanstack/react-query";
import { MemoryRouter, Route, Routes } from "react-router";
import i18n from "../i18n";
import { ConsoleTheme } from "../theme";
import { api } from "../lib/api";
import { SessionProvider, sessionEnded } from "../lib/session";
import { Authenticated } from "../components/Guards";
import { Layout } from "../components/Layout";
import { openAfresh } from "../lib/reload";
import { LoginPage } from "./LoginPage";
import { cleanUpAfterEach, me, stubApi } from "./org/testing";

// jsdom cannot load a page; the layout's fresh login page after a sign-out is only recorded.
vi.mock("../lib/reload", () => ({ openAfresh: vi.fn() }));

cleanUpAfterEach();

/** A page that asks the API for something, as every screen does. */
function Members() {
  const q = useQuery({ queryKey: ["members"], queryFn: () => api<unknown[]>("/members") });
  return <div data-testid="members">{q.data ? "loaded" : "…"}</div>;
}

/** The console's shape: the login page, and signed-in pages inside the layout behind the guard. */
async function renderConsole(path: string, { lang = "fa", signedIn = false }: { lang?: "fa" | "en"; signedIn?: boolean } = {}) {
  if (signedIn) sessionStorage.setItem("bashgah.session", JSON.stringify({ token: "test-token", tenant: "demo" }));
  await i18n.changeLanguage(lang);
  const client = new QueryClient({ defaultOptions: { queries: { retry: false }, mutations: { retry: false } } });
  return render(
    <QueryClientProvider client={client}>
      <SessionProvider>
        <ConsoleTheme lang={lang}>
          <MemoryRouter initialEntries={[path]}>
            <Routes>
              <Route path="/login" element={<LoginPage />} />
              <Route
                element={
                  <Authenticated>
                    <Layout />
                  </Authenticated>
                }
              >
                <Route path="/members" element={<Members />} />
                <Route path="/" element={<div data-testid="dashboard" />} />
              </Route>
            </Routes>
          </MemoryRouter>
        </ConsoleTheme>
      </SessionProvider>
    </QueryClientProvider>,
  );
}

function fillLogin(password = "wrong-guess") {
  fireEvent.change(document.querySelector("input[name=tenant]")!, { target: { value: "demo" } });
  fireEvent.change(document.querySelector("input[name=username]")!, { target: { value: "owner" } });
  fireEvent.change(document.querySelector("input[name=password]")!, { target: { value: password } });
  fireEvent.click(screen.getByTestId("sign-in"));
}

const TOO_MANY = { type: "https://bashgah.ir/problems/too-many-requests", title: "تلاش‌های زیاد؛ کمی بعد دوباره امتحان کنید", status: 429, detail: "Too many attempts" };

describe("the login limits on the login page", () => {
  it("a 429 says how many seconds to wait, from Retry-After, with Persian digits", async () => {
    stubApi({ "POST /auth/login": { status: 429, body: TOO_MANY, headers: { "Retry-After": "42" } } });
    await renderConsole("/login");
    fillLogin();
    expect(await screen.findByTestId("too-many")).toHaveTextContent("تلاش‌های زیاد؛ ۴۲ ثانیه‌ی دیگر دوباره امتحان کنید.");
  });

  it("in English, in seconds or, for a long wait, in minutes", async () => {
    stubApi({ "POST /auth/login": { status: 429, body: TOO_MANY, headers: { "Retry-After": "42" } } });
    await renderConsole("/login", { lang: "en" });
    fillLogin();
    expect(await screen.findByTestId("too-many")).toHaveTextContent("Too many attempts; try again in 42 seconds.");
    stubApi({ "POST /auth/login": { status: 429, body: TOO_MANY, headers: { "Retry-After": "900" } } });
    fireEvent.click(screen.getByTestId("sign-in"));
    await waitFor(() => expect(screen.getByTestId("too-many")).toHaveTextContent("Too many attempts; try again in 15 minutes."));
  });

  it("sends the login with the browser's cookies (the device cookie of the login limits)", async () => {
    const { fetchMock } = stubApi({ "POST /auth/login": { status: 401, body: { type: "https://bashgah.ir/problems/unauthorized", title: "Unauthorized", status: 401 } } });
    await renderConsole("/login");
    fillLogin();
    await screen.findByRole("alert");
    expect(fetchMock.mock.calls[0][1]?.credentials).toBe("same-origin");
  });
});

describe("a session that ends", () => {
  it("mid-use (a 401) sends the operator to the login page, which says why", async () => {
    stubApi({
      "GET /auth/me": me(),
      "GET /features": { plan: "STANDARD", features: {} },
      "GET /members": { status: 401, body: { type: "https://bashgah.ir/problems/unauthorized", title: "احراز هویت انجام نشد", status: 401, detail: "Your session has ended (you signed out, or your account was changed); log in again" } },
    });
    await renderConsole("/members", { signedIn: true });
    expect(await screen.findByTestId("session-ended")).toHaveTextContent("نشست شما به پایان رسید");
    expect(screen.getByTestId("sign-in")).toBeInTheDocument();
    expect(sessionStorage.getItem("bashgah.session")).toBeNull();
  });

  it("is not news after signing in again", async () => {
    sessionStorage.setItem("bashgah.sessionEnded", "1");
    stubApi({ "POST /auth/login": { accessToken: "new-token" }, "GET /auth/me": me(), "GET /features": { plan: "STANDARD", features: {} } });
    await renderConsole("/login");
    expect(screen.getByTestId("session-ended")).toBeInTheDocument();
    fillLogin("Demo-owner-1405");
    await screen.findByTestId("dashboard");
    expect(sessionEnded()).toBe(false);
  });
});

describe("signing out", () => {
  beforeEach(() => vi.mocked(openAfresh).mockClear());

  it("ends the session on the server first (POST /auth/logout with its token), then forgets it", async () => {
    const { calls } = stubApi({ "GET /auth/me": me(), "GET /features": { plan: "STANDARD", features: {} }, "GET /members": [], "POST /auth/logout": { status: 204 } });
    await renderConsole("/members", { signedIn: true });
    fireEvent.click(await screen.findByTestId("account-menu"));
    fireEvent.click(await screen.findByTestId("sign-out"));
    await waitFor(() => expect(sessionStorage.getItem("bashgah.session")).toBeNull());
    const logout = calls.find((c) => c.path === "/auth/logout");
    expect(logout?.method).toBe("POST");
    expect(logout?.headers.Authorization).toBe("Bearer test-token");
    expect(sessionEnded()).toBe(false);
    expect(openAfresh).toHaveBeenCalledWith("/login");
  });

  it("is a sign-out even when the server says the session had ended already", async () => {
    stubApi({
      "GET /auth/me": me(),
      "GET /features": { plan: "STANDARD", features: {} },
      "GET /members": [],
      "POST /auth/logout": { status: 401, body: { type: "https://bashgah.ir/problems/unauthorized", title: "Unauthorized", status: 401 } },
    });
    await renderConsole("/members", { signedIn: true });
    fireEvent.click(await screen.findByTestId("account-menu"));
    fireEvent.click(await screen.findByTestId("sign-out"));
    await waitFor(() => expect(sessionStorage.getItem("bashgah.session")).toBeNull());
    // He chose to leave: the login page has nothing to tell him.
    expect(sessionEnded()).toBe(false);
    expect(sessionStorage.getItem("bashgah.signedOut")).toBe("1");
  });
});
