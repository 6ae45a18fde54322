import type { ComponentChildren, PartialAnchorHTMLAttributes, PartialInputHTMLAttributes, Ref } from "preact";
import { ApiError, NetworkError } from "../lib/api";
import { usePortal } from "../context";
import { formatNumber } from "../lib/format";

/** What went wrong, in words a member understands: the server's detail, or the missing network. */
export function problemText(error: unknown, t: ReturnType<typeof usePortal>["t"], lang: ReturnType<typeof usePortal>["lang"]): string {
  if (error instanceof NetworkError) return t("networkDown");
  if (error instanceof ApiError) {
    if (error.slug === "too-many-requests" || error.status === 429) {
      const s = error.retryAfter;
      if (s == null) return t("tooManyNoWait");
      const wait = s >= 90 ? t("minutes", { n: formatNumber(Math.ceil(s / 60), lang) }) : t("seconds", { n: formatNumber(s, lang) });
      return t("tooMany", { wait });
    }
    return error.detail || error.title;
  }
  return t("error");
}

export function Problem({ error, retry, testId = "problem" }: { error: unknown; retry?: () => void; testId?: string }) {
  const { t, lang } = usePortal();
  if (!error) return null;
  return (
    <div class="alert alert-error" role="alert" data-testid={testId}>
      <span>{problemText(error, t, lang)}</span>
      {retry && (
        <button type="button" class="link" onClick={retry}>
          {t("retry")}
        </button>
      )}
    </div>
  );
}

export function Notice({ children, testId }: { children: ComponentChildren; testId?: string }) {
  return (
    <div class="alert alert-ok" role="status" data-testid={testId}>
      {children}
    </div>
  );
}

export function Loading() {
  const { t } = usePortal();
  return (
    <p class="loading" role="status" aria-live="polite">
      <span class="spinner" aria-hidden="true" />
      {t("loading")}
    </p>
  );
}

/** A link inside the app: changes the page without reloading it. */
export function Link({ href, children, ...rest }: { href: string; children: ComponentChildren } & Omit<PartialAnchorHTMLAttributes<HTMLAnchorElement>, "href" | "role">) {
  const { navigate } = usePortal();
  return (
    <a
      href={href}
      {...rest}
      onClick={(e) => {
        if (e.defaultPrevented || e.button !== 0 || e.metaKey || e.ctrlKey || e.shiftKey || e.altKey) return;
        e.preventDefault();
        navigate(href);
      }}
    >
      {children}
    </a>
  );
}

interface FieldProps extends Omit<PartialInputHTMLAttributes<HTMLInputElement>, "onInput" | "value" | "role" | "type" | "list"> {
  name: string;
  label: string;
  value: string;
  onValue(value: string): void;
  error?: string;
  hint?: string;
  inputRef?: Ref<HTMLInputElement>;
  type?: "text" | "tel" | "email";
}

/** A labelled input with its hint and its error tied to it for screen readers. */
export function Field({ name, label, value, onValue, error, hint, inputRef, type = "text", ...input }: FieldProps) {
  const described = [hint ? `${name}-hint` : "", error ? `${name}-error` : ""].filter(Boolean).join(" ") || undefined;
  return (
    <div class={`field${error ? " field-invalid" : ""}`}>
      <label for={`f-${name}`}>{label}</label>
      <input
        id={`f-${name}`}
        ref={inputRef}
        type={type as "text"}
        name={name}
        value={value}
        onInput={(e) => onValue((e.currentTarget as HTMLInputElement).value)}
        aria-invalid={error ? "true" : undefined}
        aria-describedby={described}
        data-testid={`field-${name}`}
        {...input}
      />
      {hint && !error && (
        <p class="hint" id={`${name}-hint`}>
          {hint}
        </p>
      )}
      {error && (
        <p class="error" id={`${name}-error`} data-testid={`error-${name}`}>
          {error}
        </p>
      )}
    </div>
  );
}

export function ClubHeader({ name, logoUrl }: { name: string; logoUrl: string | null }) {
  return (
    <header class="club-header">
      {logoUrl ? <img class="logo" src={logoUrl} alt="" width={40} height={40} /> : <span class="logo logo-letter" aria-hidden="true">{name.slice(0, 1)}</span>}
      <span class="club-name" data-testid="club-name">
        {name}
      </span>
    </header>
  );
}
