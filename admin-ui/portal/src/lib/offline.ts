import { NetworkError } from "./api";
import { read, write } from "./storage";
import type { Me } from "./types";

/**
 * The last answer of /portal/me, kept per club so that the home screen opens offline (the service worker
 * serves the page itself) with the balances the member last saw, marked with when they were read.
 */
export interface MeView {
  me: Me;
  /** When the answer was read from the server (epoch ms); null when it is fresh from the server now. */
  offlineSince: number | null;
}

export function keepMe(tenant: string, me: Me, now = Date.now()) {
  write(tenant, "me", JSON.stringify({ at: now, me }));
}

export function keptMe(tenant: string): { at: number; me: Me } | null {
  const text = read(tenant, "me");
  if (!text) return null;
  try {
    const kept = JSON.parse(text) as { at: number; me: Me };
    return typeof kept.at === "number" && kept.me?.balance ? kept : null;
  } catch {
    return null;
  }
}

/**
 * /portal/me from the server, kept for later; when the server cannot be reached at all, the kept answer
 * marked offline. Any answer of the server (a 401 included) is passed on as is: only a missing
 * network falls back, so a signed-out member never sees old balances.
 */
export async function loadMe(tenant: string, fetchMe: () => Promise<Me>, now: () => number = Date.now): Promise<MeView> {
  try {
    const me = await fetchMe();
    keepMe(tenant, me, now());
    return { me, offlineSince: null };
  } catch (e) {
    const kept = e instanceof NetworkError ? keptMe(tenant) : null;
    if (kept) return { me: kept.me, offlineSince: kept.at };
    throw e;
  }
}
