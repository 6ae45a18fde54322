import { usePortal, useLoad } from "../context";
import { formatDate } from "../lib/format";
import { portal } from "../lib/portal";
import { portalPath } from "../lib/routes";
import { Link, Loading, Problem } from "../components/ui";

/** The member's personal offers; until the offers issue fills them, a kind empty state. */
export function OffersPage() {
  const { t, lang, tenant } = usePortal();
  const offers = useLoad(portal.offers, []);
  return (
    <>
      <h1>{t("offersTitle")}</h1>
      {offers.loading ? (
        <Loading />
      ) : offers.error ? (
        <Problem error={offers.error} retry={offers.reload} />
      ) : offers.data?.items.length ? (
        <ul class="list" data-testid="offers">
          {offers.data.items.map((o, i) => (
            <li key={o.id ?? i} class="card">
              <strong>{o.title}</strong>
              {o.description && <p>{o.description}</p>}
              {o.validUntil && <p class="muted small">{t("validUntil", { date: formatDate(o.validUntil, lang) })}</p>}
            </li>
          ))}
        </ul>
      ) : (
        <div class="empty-state" data-testid="offers-empty">
          <svg viewBox="0 0 64 64" width="72" height="72" aria-hidden="true">
            <rect x="10" y="26" width="44" height="30" rx="4" fill="none" stroke="currentColor" stroke-width="3" />
            <path d="M6 18h52v10H6zM32 18v38M32 18c-4-10-16-10-14-2 1 3 8 2 14 2zm0 0c4-10 16-10 14-2-1 3-8 2-14 2z" fill="none" stroke="currentColor" stroke-width="3" stroke-linejoin="round" />
          </svg>
          <p>
            <strong>{t("offersEmpty")}</strong>
          </p>
          <p class="muted">{t("offersEmptyHint")}</p>
          <Link class="button secondary" href={portalPath(tenant!, "profile")}>
            {t("navProfile")}
          </Link>
        </div>
      )}
    </>
  );
}
