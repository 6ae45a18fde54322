/**
 * Rendering a members page in a test as the app renders it: i18n (Persian unless told), TanStack
 * Query, the session (signed in, with the permissions and plan features asked for), the theme and a
 * router at a given address, with `fetch` stubbed by a small table of API answers.
 */
import type { ReactNode } from "react";
import { configure, render } from "@testing-library/react";
import { QueryClient, QueryClientProvider } from "@tanstack/react-query";
import { MemoryRouter, Route, Routes, useLocation } from "react-router";
import { vi } from "vitest";
import i18n from "../../i18n";
import { ConsoleTheme } from "../../theme";
import { SessionProvider, useSession } from "../../lib/session";

// MUI and the data grid render slowly in jsdom, the first test of a file slowest of all.
configure({ asyncUtilTimeout: 5000 });

export interface Call {
  method: string;
  path: string;
  query: URLSearchParams;
  body: unknown;
  headers: Record<string, string>;
}

/** An answer for a call, or undefined to fall through to the defaults (and then 404). */
export type Answer = (call: Call) => Response | undefined | Promise<Response | undefined>;

export const json = (body: unknown, status = 200, headers: Record<string, string> = {}) =>
  new Response(JSON.stringify(body), { status, headers: { "Content-Type": status >= 400 ? "application/problem+json" : "application/json", ...headers } });

export const OWNER_PERMISSIONS = ["members-read", "members-write", "members-import", "loyalty-adjust", "features-read"];

export function stubApi({
  answer,
  permissions = OWNER_PERMISSIONS,
  features = { B2: true, B7: false },
}: {
  answer?: Answer;
  permissions?: string[];
  features?: Record<string, boolean>;
} = {}) {
  const calls: Call[] = [];
  const fetchMock = vi.fn(async (input: RequestInfo | URL, init?: RequestInit) => {
    const url = new URL(String(input), "http://localhost");
    const headers = Object.fromEntries(Object.entries((init?.headers as Record<string, string>) ?? {}).map(([k, v]) => [k.toLowerCase(), v]));
    const raw = init?.body;
    const call: Call = {
      method: init?.method ?? "GET",
      path: url.pathname.replace(/^\/api\/v1/, ""),
      query: url.searchParams,
      body: typeof raw === "string" ? JSON.parse(raw) : raw,
      headers,
    };
    calls.push(call);
    const own = await answer?.(call);
    if (own) return own;
    if (call.path === "/auth/me") return json({ kind: "STAFF", username: "owner", role: "owner", tenant: "demo", plan: "PROFESSIONAL", branch: null, permissions });
    if (call.path === "/features") return json({ plan: "PROFESSIONAL", features, catalogue: [] });
    if (call.path === "/member-groups") return json([{ code: "A", name: "مشتریان ویژه" }, { code: "B", name: "مشتریان عادی" }]);
    if (call.path === "/member-categories") return json([]);
    if (call.path === "/card-types") return json([{ code: "STANDARD", name: "کارت استاندارد" }]);
    return json({ type: "https://bashgah.ir/problems/not-found", title: "Not found", status: 404 }, 404);
  });
  vi.stubGlobal("fetch", fetchMock);
  sessionStorage.setItem("bashgah.session", JSON.stringify({ token: "test-token", tenant: "demo" }));
  /** The calls other than the session's own reads. */
  const apiCalls = () => calls.filter((c) => !["/auth/me", "/features", "/member-groups", "/member-categories", "/card-types"].includes(c.path));
  return { calls, apiCalls, fetchMock };
}

function SignedIn({ children }: { children: ReactNode }) {
  const session = useSession();
  return session.me && !session.loading ? <>{children}</> : <div>loading session</div>;
}

/** Where the router went: the test reads it from data-testid="location". */
function WhereAmI() {
  const location = useLocation();
  return <div data-testid="location">{location.pathname + location.search}</div>;
}

export function renderPage(routes: { path: string; element: ReactNode }[], at: string, lang: "fa" | "en" = "fa") {
  void i18n.changeLanguage(lang);
  const client = new QueryClient({ defaultOptions: { queries: { retry: false }, mutations: { retry: false } } });
  return render(
    <QueryClientProvider client={client}>
      <SessionProvider>
        <ConsoleTheme lang={lang}>
          <MemoryRouter initialEntries={[at]}>
            <SignedIn>
              <Routes>
                {routes.map((r) => (
                  <Route key={r.path} path={r.path} element={r.element} />
                ))}
              </Routes>
              <WhereAmI />
            </SignedIn>
          </MemoryRouter>
        </ConsoleTheme>
      </SessionProvider>
    </QueryClientProvider>,
  );
}
