import { Alert, AlertTitle } from "@mui/material";
import { useTranslation } from "react-i18next";
import { ApiError } from "../lib/api";

/** An API problem as the operator should read it: the (localised) title, then what to fix. */
export function ProblemAlert({ error, onRetry }: { error: unknown; onRetry?: () => void }) {
  const { t } = useTranslation();
  if (!error) return null;
  const action = onRetry ? (
    <button type="button" onClick={onRetry} style={{ background: "none", border: "none", color: "inherit", cursor: "pointer", textDecoration: "underline" }}>
      {t("errors.retry")}
    </button>
  ) : undefined;
  if (error instanceof ApiError) {
    return (
      <Alert severity={error.status >= 500 ? "error" : "warning"} role="alert" action={action} data-problem={error.slug}>
        <AlertTitle>{error.title}</AlertTitle>
        {error.detail && <span dir="auto">{error.detail}</span>}
        {error.errors.length > 1 && (
          <ul style={{ margin: "4px 0 0", paddingInlineStart: 18 }}>
            {error.errors.map((e) => (
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
