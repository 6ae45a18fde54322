import { Alert, AlertTitle } from "@mui/material";
import { useTranslation } from "react-i18next";
import { ApiError, isField } from "../lib/api";
import { formatNumber } from "../lib/format";
import { useLang } from "./useLang";

/**
 * "Too many attempts; try again in N seconds" from a 429's Retry-After, with the reader's digits;
 * minutes once it is more than a minute and a half (the login limits wait up to 15 minutes).
 */
export function useTooManyMessage(): (error: ApiError) => string {
  const { t } = useTranslation();
  const lang = useLang();
  return (error) => {
    const seconds = error.retryAfter;
    if (seconds == null) return t("errors.tooManyLater");
    if (seconds > 90) {
      const minutes = Math.ceil(seconds / 60);
      return t("errors.tooManyMinutes", { count: minutes, minutes: formatNumber(minutes, lang) });
    }
    const s = Math.max(1, seconds);
    return t("errors.tooMany", { count: s, seconds: formatNumber(s, lang) });
  };
}

/**
 * An API problem as the operator should read it: the (localised) title, then what to fix. A form
 * that shows some fields' errors beside the fields names them in `hideFields`: they are left out, and
 * when every error of the answer is shown beside its field there is nothing left to alert about.
 */
export function ProblemAlert({ error, onRetry, hideFields = [] }: { error: unknown; onRetry?: () => void; hideFields?: readonly string[] }) {
  const { t } = useTranslation();
  const tooMany = useTooManyMessage();
  if (!error) return null;
  const action = onRetry ? (
    <button type="button" onClick={onRetry} style={{ background: "none", border: "none", color: "inherit", cursor: "pointer", textDecoration: "underline" }}>
      {t("errors.retry")}
    </button>
  ) : undefined;
  if (error instanceof ApiError && error.status === 429) {
    return (
      <Alert severity="warning" role="alert" data-problem={error.slug} data-testid="too-many">
        {tooMany(error)}
      </Alert>
    );
  }
  if (error instanceof ApiError) {
    const rest = error.errors.filter((e) => !hideFields.some((name) => isField(e.field, name)));
    if (error.errors.length > 0 && rest.length === 0) return null;
    const hidden = rest.length < error.errors.length;
    return (
      <Alert severity={error.status >= 500 ? "error" : "warning"} role="alert" action={action} data-problem={error.slug}>
        <AlertTitle>{error.title}</AlertTitle>
        {error.detail && <span dir="auto">{error.detail}</span>}
        {(rest.length > 1 || (hidden && rest.length > 0)) && (
          <ul style={{ margin: "4px 0 0", paddingInlineStart: 18 }}>
            {rest.map((e) => (
              <li key={e.field + e.message} dir="auto">
                {e.field}: {e.message}
              </li>
            ))}
          </ul>
        )}
      </Alert>
    );
  }
  return (
    <Alert severity="error" role="alert" action={action}>
      {t("errors.network")}
    </Alert>
  );
}
