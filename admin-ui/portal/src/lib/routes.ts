/**
 * Where the member is, read from the address bar. The server gives the same index.html at every one of
 * these paths: /p/{club}/ and what is under it, the invoice page /i/{token}, the login link
 * /p/{club}/l/{token}.
 */
export type Page = "home" | "login" | "history" | "offers" | "profile" | "qr";

export type Route =
  | { kind: "portal"; tenant: string; page: Page; tab?: string }
  | { kind: "memberInvoice"; tenant: string; id: string }
  | { kind: "link"; tenant: string; token: string }
  | { kind: "invoice"; token: string }
  | { kind: "notFound"; tenant: string | null };

const PAGES: readonly Page[] = ["home", "login", "history", "offers", "profile", "qr"];
const SLUG = /^[a-z0-9][a-z0-9-]{0,62}$/i;
/** Names under /p/ that are the bundle's files, never a club. */
const NOT_CLUBS = new Set(["assets", "sw.js", "icon-192.png", "icon-512.png"]);

function segment(s: string): string | null {
  try {
    return decodeURIComponent(s);
  } catch {
    return null;
  }
}

export function parseRoute(pathname: string, search = ""): Route {
  const parts = pathname.split("/").filter((p) => p !== "");
  if (parts[0] === "i") {
    const token = parts.length === 2 ? segment(parts[1]) : null;
    return token ? { kind: "invoice", token } : { kind: "notFound", tenant: null };
  }
  if (parts[0] !== "p" || parts.length < 2 || !SLUG.test(parts[1]) || NOT_CLUBS.has(parts[1])) return { kind: "notFound", tenant: null };
  const tenant = parts[1].toLowerCase();
  const rest = parts.slice(2);
  if (rest.length === 0) return { kind: "portal", tenant, page: "home" };
  if (rest[0] === "l" && rest.length === 2) {
    const token = segment(rest[1]);
    return token ? { kind: "link", tenant, token } : { kind: "notFound", tenant };
  }
  if (rest[0] === "invoices" && rest.length === 2 && /^[\w-]+$/.test(rest[1])) return { kind: "memberInvoice", tenant, id: rest[1] };
  if (rest.length === 1 && (PAGES as readonly string[]).includes(rest[0]) && rest[0] !== "home") {
    const tab = new URLSearchParams(search).get("tab") ?? undefined;
    return { kind: "portal", tenant, page: rest[0] as Page, ...(tab ? { tab } : {}) };
  }
  return { kind: "notFound", tenant };
}

/** The path of a page of a club's portal: /p/demo/, /p/demo/history. */
export function portalPath(tenant: string, page: Page | `invoices/${string}` = "home"): string {
  return `/p/${tenant}/${page === "home" ? "" : page}`;
}

/** The club a route belongs to, if any (the invoice page learns its club from the invoice). */
export function tenantOf(route: Route): string | null {
  return route.kind === "invoice" ? null : route.tenant;
}
