import { api } from "./api";
import type { FeatureList, Me } from "./session";

// The session's own calls: signing in and out, who the caller is, and which features his club has.

/** POST /auth/login's answer. */
export interface TokenAnswer {
  accessToken: string;
}

export function logIn(body: { tenant: string | null; username: string; password: string; otp?: string }) {
  return api<TokenAnswer>("/auth/login", { body });
}

/** Ends this session on the server; a 401 (ended already) is no reason to stay signed in. */
export function logOut() {
  return api<void>("/auth/logout", { method: "POST", keepSessionOn401: true });
}

export function meQuery(token: string | undefined) {
  return { queryKey: ["me", token] as const, queryFn: () => api<Me>("/auth/me"), staleTime: 60_000 };
}

/** The club's features; the plan page reads the same query (and cache) for its error and a retry. */
export function featuresQuery(token: string | null | undefined) {
  return { queryKey: ["features", token ?? undefined] as const, queryFn: () => api<FeatureList>("/features"), staleTime: 60_000 };
}
