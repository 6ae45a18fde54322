import type { ReactNode } from "react";
import { afterEach, vi } from "vitest";
import { cleanup, configure, render } from "@testing-library/react";
import { QueryClient, QueryClientProvider } from "@tanstack/react-query";
import { MemoryRouter, Route, Routes } from "react-router";
import i18n from "../../i18n";
import { ConsoleTheme } from "../../theme";
import { SessionProvider, useSession } from "../../lib/session";
import { PLANS, ROLES } from "../../testing/serverRules";

/**
 * Renders a page as the app does (i18n, TanStack Query, the session, the theme with its Jalali
 * pickers, a router) against a stubbed fetch: each route answers "METHOD /path" (the path after
 * /api/v1, without the query) with a JSON body, a status, or a function of the request.
 */
export interface Call {
  method: string;
  path: string;
  query: URLSearchParams;
  headers: Record<string, string>;
  body: unknown;
}

export type Answer = unknown | { status: number; body?: unknown; headers?: Record<string, string> } | ((call: Call) => unknown);

export function stubApi(given: Record<string, Answer>) {
  // The server's roles and plan matrix, unless a test answers them itself.
  const routes: Record<string, Answer> = { "GET /roles": ROLES, "GET /plans": PLANS, ...given };
  const calls: Call[] = [];
  const fetchMock = vi.fn(async (input: RequestInfo | URL, init?: RequestInit) => {
    const url = new URL(String(input), "http://localhost");
    const method = (init?.method ?? "GET").toUpperCase();
    const path = url.pathname.replace(/^\/api\/v1/, "");
    const body = typeof init?.body === "string" ? JSON.parse(init.body) : undefined;
    const call = { method, path, query: url.searchParams, headers: (init?.headers ?? {}) as Record<string, string>, body };
    calls.push(call);
    const key = `${method} ${path}`;
    if (!(key in routes)) return json({ type: "about:blank", title: `No stub for ${key}` }, 404);
    let answer = routes[key];
    if (typeof answer === "function") answer = (answer as (c: Call) => unknown)(call);
    if (answer && typeof answer === "object" && "status" in answer && typeof (answer as { status: unknown }).status === "number") {
      const a = answer as { status: number; body?: unknown; headers?: Record<string, string> };
      return json(a.body ?? null, a.status, a.headers);
    }
    return json(answer, 200);
  });
  vi.stubGlobal("fetch", fetchMock);
  return { calls, fetchMock };
}

function json(body: unknown, status: number, headers: Record<string, string> = {}) {
  const problem = status >= 400;
  return new Response(status === 204 ? null : JSON.stringify(body), {
    status,
    headers: { "Content-Type": problem ? "application/problem+json" : "application/json", ...headers },
  });
}

export const OWNER_PERMISSIONS = [
  "own-account",
  "features-read",
  "branches-read",
  "branches-manage",
  "terminals-manage",
  "staff-read",
  "staff-manage",
  "audit-read",
  "members-read",
  "members-write",
  "dashboard-read",
];

export function me(overrides: Record<string, unknown> = {}) {
  return { username: "owner", kind: "STAFF", role: "owner", tenant: "demo", plan: "STANDARD", permissions: OWNER_PERMISSIONS, mfaEnabled: false, ...overrides };
}

export const PLATFORM_ADMIN = { username: "admin", kind: "PLATFORM_ADMIN", role: "platform-admin", permissions: ["platform-tenants", "platform-audit", "own-account"] };

// A page's first answer passes through the session's two queries first; with every test file
// rendering MUI at once, a second is not always enough to see it.
configure({ asyncUtilTimeout: 5000 });

/** Unmounts, unstubs fetch and forgets the session after each test of the file that calls it. */
export function cleanUpAfterEach() {
  afterEach(() => {
    cleanup();
    vi.unstubAllGlobals();
    sessionStorage.clear();
  });
}

/** The page once the session knows the caller, as the app's Authenticated wrapper does. */
function Ready({ children }: { children: ReactNode }) {
  const session = useSession();
  return session.loading || !session.me ? null : <>{children}</>;
}

/** Renders `ui` at `path` (matched by `route`) for a signed-in caller, in Persian unless told. */
export async function renderPage(ui: ReactNode, { path = "/", route = "*", lang = "fa" }: { path?: string; route?: string; lang?: "fa" | "en" } = {}) {
  sessionStorage.setItem("bashgah.session", JSON.stringify({ token: "test-token", tenant: "demo" }));
  await i18n.changeLanguage(lang);
  const client = new QueryClient({ defaultOptions: { queries: { retry: false }, mutations: { retry: false } } });
  return render(
    <QueryClientProvider client={client}>
      <SessionProvider>
        <ConsoleTheme lang={lang}>
          <MemoryRouter initialEntries={[path]}>
            <Routes>
              <Route path={route} element={<Ready>{ui}</Ready>} />
            </Routes>
          </MemoryRouter>
        </ConsoleTheme>
      </SessionProvider>
    </QueryClientProvider>,
  );
}
