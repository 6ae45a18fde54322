import { useEffect, useState } from "preact/hooks";
import { usePortal } from "../context";
import { ApiError } from "../lib/api";
import { portal } from "../lib/portal";
import { portalPath } from "../lib/routes";
import { Link, Loading, Problem } from "../components/ui";

/** /p/{club}/l/{token}: the login link of an SMS signs the member in at once (once: the token is single-use). */
export function LinkLoginPage({ token }: { token: string }) {
  const { t, tenant, signedIn } = usePortal();
  const [error, setError] = useState<unknown>(null);
  useEffect(() => {
    let live = true;
    portal.signInByLink(tenant!, token).then(
      (session) => live && signedIn(session),
      (e) => live && setError(e),
    );
    return () => {
      live = false;
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [token]);
  return (
    <main class="page" id="main">
      {!error ? (
        <>
          <p class="muted">{t("linkSigningIn")}</p>
          <Loading />
        </>
      ) : (
        <>
          {error instanceof ApiError && error.status === 401 ? (
            <p class="alert alert-error" role="alert" data-testid="link-failed">
              {t("linkFailed")}
            </p>
          ) : (
            <Problem error={error} />
          )}
          <Link class="button primary" href={portalPath(tenant!, "login")}>
            {t("toLogin")}
          </Link>
        </>
      )}
    </main>
  );
}
