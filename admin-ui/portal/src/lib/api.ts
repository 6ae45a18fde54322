/**
 * The portal's one way to the API: JSON both ways, the member's token when he has one, and RFC 9457
 * problem+json answers turned into an ApiError a form shows (its detail, and each field's message under
 * the field). A 401 on a call made with a token means the session is over: the token is forgotten and
 * the app goes back to the login page.
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
    /** Seconds to wait, from a 429's Retry-After; null without one. */
    readonly retryAfter: number | null = null,
  ) {
    super(detail ?? title);
  }

  /** The slug at the end of the problem's type (unauthorized, too-many-requests, validation-failed...). */
  get slug(): string {
    return this.type.split("/").pop() ?? this.type;
  }

  /** The server's message for a form field (`email`, `body.email` and `/email` all name `email`). */
  fieldError(field: string): string | undefined {
    return this.errors.find((e) => e.field === field || e.field.endsWith("." + field) || e.field.endsWith("/" + field))?.message;
  }
}

/** No answer at all: the phone is offline or the network dropped the request. */
export class NetworkError extends Error {
  constructor() {
    super("network");
  }
}

/** Retry-After in seconds: seconds or an HTTP date; null when absent or unreadable. */
export function retryAfterSeconds(value: string | null, now = Date.now()): number | null {
  if (value == null || value.trim() === "") return null;
  const v = value.trim();
  if (/^\d+$/.test(v)) return Number(v);
  const at = Date.parse(v);
  return Number.isNaN(at) ? null : Math.max(0, Math.ceil((at - now) / 1000));
}

/** A failed answer as an ApiError, whatever its body (problem+json, plain text, nothing). */
export async function toApiError(response: Response): Promise<ApiError> {
  const text = await response.text().catch(() => "");
  const retryAfter = retryAfterSeconds(response.headers.get("Retry-After"));
  try {
    const p = JSON.parse(text);
    const errors: FieldError[] = Array.isArray(p.errors)
      ? p.errors.map((e: { field?: string; pointer?: string; name?: string; message?: string; detail?: string }) => ({
          field: String(e.field ?? e.pointer ?? e.name ?? ""),
          message: String(e.message ?? e.detail ?? ""),
        }))
      : [];
    return new ApiError(response.status, String(p.type ?? "about:blank"), String(p.title ?? response.statusText), p.detail ?? undefined, errors, retryAfter);
  } catch {
    return new ApiError(response.status, "about:blank", response.statusText || `HTTP ${response.status}`, undefined, [], retryAfter);
  }
}

export interface Client {
  token(): string | null;
  /** Called once a call made with a token is answered 401. */
  unauthorised(): void;
  lang(): string;
}

let client: Client = { token: () => null, unauthorised: () => {}, lang: () => "fa" };

export function configureApi(c: Client) {
  client = c;
}

export async function api<T>(path: string, options: { method?: string; body?: unknown; auth?: boolean } = {}): Promise<T> {
  const headers: Record<string, string> = { Accept: "application/json, application/problem+json", "Accept-Language": client.lang() };
  const token = options.auth === false ? null : client.token();
  if (token) headers.Authorization = `Bearer ${token}`;
  if (options.body !== undefined) headers["Content-Type"] = "application/json";
  let response: Response;
  try {
    response = await fetch(`/api/v1${path}`, {
      method: options.method ?? (options.body !== undefined ? "POST" : "GET"),
      headers,
      body: options.body !== undefined ? JSON.stringify(options.body) : undefined,
      credentials: "same-origin",
    });
  } catch {
    throw new NetworkError();
  }
  if (!response.ok) {
    const error = await toApiError(response);
    if (response.status === 401 && token) client.unauthorised();
    throw error;
  }
  const type = response.headers.get("Content-Type") ?? "";
  return (response.status !== 204 && type.includes("json") ? response.json() : undefined) as Promise<T>;
}
