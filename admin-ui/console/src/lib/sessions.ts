import Bowser from "bowser";

/** One open session of an account, as GET /auth/sessions and GET /staff/{username}/sessions answer it. */
export interface OpenSession {
  id: string;
  createdAt: string;
  expiresAt: string;
  clientAddress: string | null;
  userAgent: string | null;
  /** The session of the request that asked (this browser). */
  current: boolean;
}

const SHORT = 60;

/**
 * A user agent as a person reads it: "Chrome 131 · Windows 10", "Safari 18 · iOS 18.1". Bowser knows
 * the browsers and systems; what it cannot name is shown as the raw text, cut short. Null when none.
 */
export function describeUserAgent(userAgent: string | null | undefined): string | null {
  const ua = userAgent?.trim();
  if (!ua) return null;
  let browser = "";
  let os = "";
  try {
    const parsed = Bowser.parse(ua);
    const major = parsed.browser.version?.split(".")[0];
    browser = [parsed.browser.name, major].filter(Boolean).join(" ");
    const osVersion = parsed.os.versionName ?? parsed.os.version;
    os = [parsed.os.name, osVersion].filter(Boolean).join(" ");
  } catch {
    // not a user agent bowser can read: the raw text below
  }
  if (!browser && !os) return ua.length > SHORT ? `${ua.slice(0, SHORT - 1)}…` : ua;
  return [browser, os].filter(Boolean).join(" · ");
}

/** This browser first, then the newest sign-in first. */
export function sortSessions(sessions: OpenSession[]): OpenSession[] {
  return [...sessions].sort((a, b) => Number(b.current) - Number(a.current) || b.createdAt.localeCompare(a.createdAt));
}
