/**
 * The console's one way to the API (/api/v1): the staff token on every call, JSON both ways, and
 * RFC 9457 problem+json answers turned into an ApiError whose field errors a form can show inline.
 */
export interface FieldError {
  field: string;
  message: string;
}

export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly type: string,
    readonly title: string,
    readonly detail: string | undefined,
    readonly errors: FieldError[],
    /** Seconds to wait before trying again, from a 429's (or 503's) Retry-After header; null without one. */
    readonly retryAfter: number | null = null,
  ) {
    super(detail ?? title);
  }

  /** The stable slug at the end of the problem's type URI (validation, mfa-required, ...). */
  get slug(): string {
    return this.type.split("/").pop() ?? this.type;
  }

  fieldError(field: string): string | undefined {
    return this.errors.find((e) => isField(e.field, field))?.message;
  }
}

/** Whether a problem's field (`name`, `body.name`, `/name`) is the form's field `name`. */
export function isField(problemField: string, name: string): boolean {
  return problemField === name || problemField.endsWith("." + name) || problemField.endsWith("/" + name);
}

export interface ApiOptions {
  method?: string;
  body?: unknown;
  /** A raw body (a file upload) sent as is with its own content type. */
  raw?: Blob;
  contentType?: string;
  headers?: Record<string, string>;
  query?: Record<string, string | number | boolean | null | undefined>;
  idempotencyKey?: string;
  /**
   * A 401 is only an error to show, not the end of the session: for the sign-out call itself, whose
   * session may have ended already.
   */
  keepSessionOn401?: boolean;
}

export interface Page<T> {
  items: T[];
  total: number | null;
}

type TokenSource = () => string | null;
type Unauthorised = () => void;

let tokenSource: TokenSource = () => null;
let onUnauthorised: Unauthorised = () => {};
let acceptLanguage = "fa";

export function configureApi(token: TokenSource, unauthorised: Unauthorised) {
  tokenSource = token;
  onUnauthorised = unauthorised;
}

export function setApiLanguage(lang: string) {
  acceptLanguage = lang;
}

export function apiUrl(path: string, query?: ApiOptions["query"]): string {
  const url = new URL(`/api/v1${path}`, window.location.origin);
  for (const [k, v] of Object.entries(query ?? {})) {
    if (v !== undefined && v !== null && v !== "") url.searchParams.set(k, String(v));
  }
  return url.pathname + url.search;
}

async function send(path: string, options: ApiOptions): Promise<Response> {
  const headers: Record<string, string> = { Accept: "application/json, application/problem+json", "Accept-Language": acceptLanguage, ...options.headers };
  const token = tokenSource();
  if (token) headers.Authorization = `Bearer ${token}`;
  let body: BodyInit | undefined;
  if (options.raw) {
    body = options.raw;
    headers["Content-Type"] = options.contentType ?? "application/octet-stream";
  } else if (options.body !== undefined) {
    body = JSON.stringify(options.body);
    headers["Content-Type"] = "application/json";
  }
  if (options.idempotencyKey) headers["Idempotency-Key"] = options.idempotencyKey;
  // same-origin (fetch's default, said here so nobody turns it off): the login answer's HttpOnly
  // bashgah_device cookie must be kept and sent back, or the login limits count this browser as a stranger.
  const response = await fetch(apiUrl(path, options.query), { method: options.method ?? (body ? "POST" : "GET"), headers, body, credentials: "same-origin" });
  if (!response.ok) {
    const error = await toError(response);
    // An expired token, or a session ended elsewhere (signed out, the account changed), sends the
    // operator back to the login page; a wrong password on the login page itself is just an error to show.
    if (response.status === 401 && token && !options.keepSessionOn401) onUnauthorised();
    throw error;
  }
  return response;
}

/** Retry-After in seconds: a number of seconds or an HTTP date (RFC 9110, 10.2.3); null when absent or unreadable. */
export function retryAfterSeconds(value: string | null, now = Date.now()): number | null {
  if (value == null || value.trim() === "") return null;
  const v = value.trim();
  if (/^\d+$/.test(v)) return Number(v);
  const at = Date.parse(v);
  return Number.isNaN(at) ? null : Math.max(0, Math.ceil((at - now) / 1000));
}

async function toError(response: Response): Promise<ApiError> {
  const text = await response.text();
  const retryAfter = retryAfterSeconds(response.headers.get("Retry-After"));
  try {
    const p = JSON.parse(text);
    const errors: FieldError[] = Array.isArray(p.errors)
      ? p.errors.map((e: { field?: string; pointer?: string; name?: string; message?: string; detail?: string }) => ({
          field: String(e.field ?? e.pointer ?? e.name ?? ""),
          message: String(e.message ?? e.detail ?? ""),
        }))
      : [];
    return new ApiError(response.status, String(p.type ?? "about:blank"), String(p.title ?? response.statusText), p.detail, errors, retryAfter);
  } catch {
    return new ApiError(response.status, "about:blank", response.statusText || `HTTP ${response.status}`, text.slice(0, 200) || undefined, [], retryAfter);
  }
}

export async function api<T>(path: string, options: ApiOptions = {}): Promise<T> {
  const response = await send(path, options);
  if (response.status === 204) return undefined as T;
  const type = response.headers.get("Content-Type") ?? "";
  return (type.includes("json") ? response.json() : response.text()) as Promise<T>;
}

/** A list answer with the X-Total-Count header the console pages by. */
export async function apiPage<T>(path: string, options: ApiOptions = {}): Promise<Page<T>> {
  const response = await send(path, options);
  const total = response.headers.get("X-Total-Count");
  return { items: (await response.json()) as T[], total: total == null ? null : Number(total) };
}

/** A binary answer (a QR code image, a CSV report) as a blob the page can show or save. */
export async function apiBlob(path: string, options: ApiOptions = {}): Promise<Blob> {
  return (await send(path, { ...options, headers: { Accept: "*/*", ...options.headers } })).blob();
}

/** A fresh key for a write the operator might send twice (a double click, a retry after a timeout). */
export function newIdempotencyKey(): string {
  return crypto.randomUUID();
}
