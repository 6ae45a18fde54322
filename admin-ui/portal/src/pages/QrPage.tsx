import { encode } from "uqr";
import { useEffect, useState } from "preact/hooks";
import { usePortal } from "../context";
import { ApiError } from "../lib/api";
import { formatDateTime } from "../lib/format";
import { portal } from "../lib/portal";
import { qrPath, refreshDelay } from "../lib/qr";
import { portalPath } from "../lib/routes";
import type { Qr } from "../lib/types";
import { Link, Loading, Problem } from "../components/ui";

/**
 * The member's QR code for the till (a chunk of its own with the encoder: only this screen needs it).
 * The code is short-lived; a new one is asked for before it expires, while the screen is open.
 */
export function QrPage() {
  const { t, lang, tenant } = usePortal();
  const [qr, setQr] = useState<{ code: Qr; modules: boolean[][] } | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [round, setRound] = useState(0);

  useEffect(() => {
    let live = true;
    let timer: ReturnType<typeof setTimeout> | undefined;
    portal.qr().then(
      (code) => {
        if (!live) return;
        setError(null);
        setQr({ code, modules: encode(code.payload, { ecc: "M", border: 4 }).data });
        timer = setTimeout(() => setRound((r) => r + 1), refreshDelay(code.expiresAt));
      },
      (e) => live && setError(e),
    );
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, [round]);

  const notInPlan = error instanceof ApiError && (error.slug === "feature-not-in-plan" || error.status === 403);
  return (
    <section class="qr-screen">
      <h1>{t("qrTitle")}</h1>
      {notInPlan ? (
        <p class="alert alert-error" role="alert" data-testid="qr-not-in-plan">
          {t("qrNotInPlan")}
        </p>
      ) : error ? (
        <Problem error={error} retry={() => setRound((r) => r + 1)} />
      ) : !qr ? (
        <Loading />
      ) : (
        <>
          <p class="muted">{t("qrHint")}</p>
          <svg
            class="qr"
            viewBox={`0 0 ${qr.modules.length} ${qr.modules.length}`}
            role="img"
            aria-label={t("qrTitle")}
            data-testid="qr-code"
            data-payload={qr.code.payload}
            shape-rendering="crispEdges"
          >
            <rect width="100%" height="100%" fill="#fff" />
            <path d={qrPath(qr.modules)} fill="#000" />
          </svg>
          <p class="muted small" data-testid="qr-expires">
            {t("qrRefreshes", { time: formatDateTime(qr.code.expiresAt, lang) })}
          </p>
        </>
      )}
      <Link class="button secondary" href={portalPath(tenant!)}>
        {t("back")}
      </Link>
    </section>
  );
}
