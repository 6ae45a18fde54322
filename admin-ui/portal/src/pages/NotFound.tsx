import { usePortal } from "../context";
import { ApiError } from "../lib/api";
import { Problem } from "../components/ui";

export function NotFound({ error, retry }: { error?: unknown; retry?: () => void }) {
  const { t } = usePortal();
  const missing = !error || (error instanceof ApiError && error.status === 404);
  return (
    <main class="page empty" id="main" data-testid="not-found">
      {missing ? <h1>{error ? t("clubNotFound") : t("pageNotFound")}</h1> : <Problem error={error} retry={retry} />}
    </main>
  );
}
