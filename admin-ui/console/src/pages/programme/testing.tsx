import type { ReactNode } from "react";
import { render } from "@testing-library/react";
import { QueryClient, QueryClientProvider } from "@tanstack/react-query";
import { createMemoryRouter, RouterProvider } from "react-router";
import { vi } from "vitest";
import i18n from "../../i18n";
import { ConsoleTheme } from "../../theme";
import { SessionProvider, useSession } from "../../lib/session";

/**
 * Renders a page as the console does (i18n, TanStack Query, a signed-in session, the theme with
 * its Jalali pickers, a data router so that unsaved-change guards work) against a stubbed fetch.
 */

export interface Call {
  method: string;
  path: string;
  body: unknown;
}

export type Handler = (call: Call) => { status?: number; body?: unknown } | undefined;

export function stubApi(handler: Handler) {
  const calls: Call[] = [];
  const fetchStub = vi.fn(async (input: RequestInfo | URL, init?: RequestInit) => {
    const url = new URL(String(input), "http://localhost");
    const call: Call = { method: init?.method ?? "GET", path: url.pathname.replace(/^\/api\/v1/, "") + url.search, body: init?.body ? JSON.parse(String(init.body)) : undefined };
    calls.push(call);
    const answer = handler(call) ?? { status: 404, body: { type: "https://bashgah.ir/problems/not-found", title: "Not found", status: 404, detail: "No such resource" } };
    const status = answer.status ?? 200;
    return new Response(answer.body === undefined ? null : JSON.stringify(answer.body), {
      status,
      headers: { "Content-Type": status >= 400 ? "application/problem+json" : "application/json" },
    });
  });
  vi.stubGlobal("fetch", fetchStub);
  return calls;
}

export const OWNER_PERMISSIONS = ["own-account", "features-read", "members-read", "members-write", "loyalty-configure", "loyalty-adjust", "pos"];

/** GET /auth/me and GET /features for a signed-in club owner on a plan with these features. */
export function sessionAnswers(features: Record<string, boolean>, plan = "PROFESSIONAL"): Handler {
  return (call) => {
    if (call.path === "/auth/me") return { body: { kind: "STAFF", username: "owner", role: "owner", tenant: "demo", plan, branch: null, permissions: OWNER_PERMISSIONS, mfaEnabled: false } };
    if (call.path === "/features")
      return {
        body: {
          plan,
          features,
          catalogue: Object.entries(features).map(([code, on]) => ({ code, name: code, on, variant: null, unlockedBy: code === "B4" || code === "D5" ? "STANDARD" : "PROFESSIONAL" })),
        },
      };
    return undefined;
  };
}

/** The page once the session is known, as the console's Authenticated wrapper does. */
function Ready({ children }: { children: ReactNode }) {
  const session = useSession();
  return session.loading || !session.me || !session.features ? null : <>{children}</>;
}

export async function renderPage(page: ReactNode, { path = "/programme", lang = "fa" }: { path?: string; lang?: "fa" | "en" } = {}) {
  sessionStorage.setItem("bashgah.session", JSON.stringify({ token: "test-token", tenant: "demo" }));
  await i18n.changeLanguage(lang);
  const client = new QueryClient({ defaultOptions: { queries: { retry: false }, mutations: { retry: false } } });
  const router = createMemoryRouter(
    [
      { path: "/programme", element: <Ready>{page}</Ready> },
      { path: "/members", element: <p>members</p> },
    ],
    { initialEntries: [path] },
  );
  return {
    router,
    ...render(
      <QueryClientProvider client={client}>
        <SessionProvider>
          <ConsoleTheme lang={lang}>
            <RouterProvider router={router} />
          </ConsoleTheme>
        </SessionProvider>
      </QueryClientProvider>,
    ),
  };
}
