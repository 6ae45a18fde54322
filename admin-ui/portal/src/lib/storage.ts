/**
 * What the portal keeps in the browser, per club (a member may belong to two clubs on one phone):
 * his access token, the language, and the last answer of /portal/me for the offline home screen.
 * localStorage may be refused (private modes, full quota): the portal then works without keeping.
 */
function key(tenant: string, what: string) {
  return `bashgah.portal.${tenant}.${what}`;
}

export function read(tenant: string, what: string): string | null {
  try {
    return localStorage.getItem(key(tenant, what));
  } catch {
    return null;
  }
}

export function write(tenant: string, what: string, value: string | null) {
  try {
    if (value == null) localStorage.removeItem(key(tenant, what));
    else localStorage.setItem(key(tenant, what), value);
  } catch {
    // nothing kept; the member signs in again next time
  }
}

export interface StoredToken {
  token: string;
  /** Epoch milliseconds after which the server no longer takes it. */
  expiresAt: number;
}

export function loadToken(tenant: string, now = Date.now()): string | null {
  const text = read(tenant, "token");
  if (!text) return null;
  try {
    const t = JSON.parse(text) as StoredToken;
    if (typeof t.token === "string" && t.token && t.expiresAt > now) return t.token;
  } catch {
    // an unreadable entry is no token
  }
  write(tenant, "token", null);
  return null;
}

export function saveToken(tenant: string, token: string, expiresInSeconds: number, now = Date.now()) {
  write(tenant, "token", JSON.stringify({ token, expiresAt: now + expiresInSeconds * 1000 } satisfies StoredToken));
}

/** Signing out (or a 401) forgets the token and the member's data kept for offline use. */
export function forget(tenant: string) {
  write(tenant, "token", null);
  write(tenant, "me", null);
}
