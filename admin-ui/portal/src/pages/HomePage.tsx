import { useEffect, useState } from "preact/hooks";
import { usePortal } from "../context";
import { formatCode, formatDate, formatDateTime, formatNumber, formatRial } from "../lib/format";
import { loadMe, type MeView } from "../lib/offline";
import { portal } from "../lib/portal";
import { portalPath } from "../lib/routes";
import type { Me } from "../lib/types";
import { ClubHeader, Link, Loading, Problem } from "../components/ui";

/** Home: balances, what expires when, the level and the way to the next one, the QR code, the referral code. */
export function HomePage() {
  const { t, lang, tenant, club } = usePortal();
  const [view, setView] = useState<MeView | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [round, setRound] = useState(0);

  useEffect(() => {
    let live = true;
    setError(null);
    loadMe(tenant!, portal.me).then(
      (v) => live && setView(v),
      (e) => live && setError(e),
    );
    return () => {
      live = false;
    };
  }, [tenant, round]);

  // Back online: read the balances again so the offline mark goes.
  useEffect(() => {
    const again = () => setRound((r) => r + 1);
    addEventListener("online", again);
    return () => removeEventListener("online", again);
  }, []);

  if (!view) return error ? <Problem error={error} retry={() => setRound((r) => r + 1)} /> : <Loading />;
  const { me, offlineSince } = view;
  const name = [me.firstName, me.lastName].filter(Boolean).join(" ");
  return (
    <>
      <ClubHeader name={club?.name ?? t("appName")} logoUrl={club?.logoUrl ?? null} />
      {offlineSince != null && (
        <p class="alert alert-offline" role="status" data-testid="offline-mark" data-at={new Date(offlineSince).toISOString()}>
          {t("offline", { time: formatDateTime(new Date(offlineSince), lang) })}
        </p>
      )}
      <h1 class="greeting">{name ? t("hello", { name }) : t("helloAnonymous")}</h1>
      <p class="muted" data-testid="member-code">
        {t("memberCode", { code: formatCode(me.memberCode, lang) })}
      </p>
      <Balances me={me} />
      <Expiring me={me} />
      <Level me={me} />
      {(club?.qrAvailable ?? true) && me.qrAvailable && (
        <Link class="button primary qr-button" href={portalPath(tenant!, "qr")} data-testid="qr-open">
          <svg viewBox="0 0 24 24" width="22" height="22" aria-hidden="true">
            <path d="M3 3h7v7H3zM14 3h7v7h-7zM3 14h7v7H3zM14 14h3v3h-3zM18 18h3v3h-3zM6 6h1v1H6zM17 6h1v1h-1zM6 17h1v1H6z" fill="none" stroke="currentColor" stroke-width="1.8" />
          </svg>
          {t("showQr")}
        </Link>
      )}
      {me.referralCode && <Referral code={me.referralCode} />}
    </>
  );
}

function Balances({ me }: { me: Me }) {
  const { t, lang, club } = usePortal();
  const b = me.balance;
  // the credit wallet is a plan feature (H1); credit a member holds anyway is never hidden from him
  const wallet = club?.walletAvailable !== false || b.credit !== 0 || b.pendingCredit !== 0;
  return (
    <section class="balances" aria-label={`${t("points")} · ${t("credit")}`}>
      <div class="card balance-main">
        <span class="label">{t("points")}</span>
        <strong class="big" data-testid="balance-points" data-value={b.points}>
          {formatNumber(b.points, lang)}
        </strong>
        {b.pendingPoints > 0 && (
          <span class="pending" data-testid="balance-pending-points" data-value={b.pendingPoints} title={t("pendingHint")}>
            {t("pendingPoints")}: {formatNumber(b.pendingPoints, lang)}
          </span>
        )}
      </div>
      {wallet && (
      <div class="card">
        <span class="label">{t("credit")}</span>
        <strong class="mid" data-testid="balance-credit" data-value={b.credit}>
          {formatRial(b.credit, lang)}
        </strong>
        {b.pendingCredit > 0 && (
          <span class="pending" data-testid="balance-pending-credit" data-value={b.pendingCredit} title={t("pendingHint")}>
            {t("pendingCredit")}: {formatRial(b.pendingCredit, lang)}
          </span>
        )}
      </div>
      )}
    </section>
  );
}

function Expiring({ me }: { me: Me }) {
  const { t, lang } = usePortal();
  if (!me.expiring?.length) return null;
  return (
    <section class="card expiring" data-testid="expiring">
      <h2>{t("expiringTitle")}</h2>
      <ul>
        {me.expiring.map((e, i) => (
          <li key={i} data-asset={e.asset} data-amount={e.amount}>
            {e.asset === "CREDIT"
              ? t("expiringCredit", { amount: formatRial(e.amount, lang), date: formatDate(e.expiresAt, lang) })
              : t("expiringPoints", { amount: formatNumber(e.amount, lang), date: formatDate(e.expiresAt, lang) })}
          </li>
        ))}
      </ul>
    </section>
  );
}

/** The share of the way to the next level, 0..1 (none when there is no next level). */
export function levelShare(turnover: number, nextLevelTurnover: number | null): number | null {
  if (nextLevelTurnover == null || nextLevelTurnover <= 0) return null;
  return Math.max(0, Math.min(1, turnover / nextLevelTurnover));
}

function Level({ me }: { me: Me }) {
  const { t, lang } = usePortal();
  const p = me.progress;
  const share = p ? levelShare(p.value, p.nextThreshold) : null;
  // the programme ranks by Rial bought, by purchases or by points earned: the figures say which
  const amount = (n: number) => (p?.basis === "TURNOVER" ? formatRial(n, lang) : p?.basis === "POINTS" ? `${formatNumber(n, lang)} ${t("points")}` : t("purchases", { count: formatNumber(n, lang) }));
  return (
    <section class="card level" data-testid="level">
      <span class="label">{t("level")}</span>
      <strong class="mid" data-testid="level-name" data-level={me.level ?? ""}>
        {me.levelName ?? me.level ?? t("noLevel")}
      </strong>
      {p && (
        <>
          <p class="muted">{t("progress", { window: formatNumber(p.windowDays, lang), turnover: amount(p.value) })}</p>
          {share != null && p.nextThreshold != null ? (
            <>
              <progress max={p.nextThreshold} value={Math.min(p.value, p.nextThreshold)} aria-label={t("level")} data-testid="level-progress" />
              <p>{t("toNextLevel", { left: amount(Math.max(0, p.nextThreshold - p.value)), next: p.nextLevelName ?? p.nextLevel ?? "" })}</p>
            </>
          ) : (
            <p>{t("topLevel")}</p>
          )}
        </>
      )}
    </section>
  );
}

function Referral({ code }: { code: string }) {
  const { t, club, tenant } = usePortal();
  const [copied, setCopied] = useState(false);
  async function share() {
    const url = `${location.origin}${portalPath(tenant!)}`;
    const text = t("shareText", { code, club: club?.name ?? "", url });
    try {
      if (navigator.share) await navigator.share({ text });
      else {
        await navigator.clipboard.writeText(text);
        setCopied(true);
      }
    } catch {
      // the member closed the share sheet
    }
  }
  return (
    <section class="card referral">
      <span class="label">{t("referral")}</span>
      {/* as the friend must type it: the server's characters, left to right, never Persian digits */}
      <strong class="mid code" dir="ltr" data-testid="referral-code" data-value={code}>
        {code}
      </strong>
      <p class="muted">{t("referralHint")}</p>
      <button type="button" class="secondary" onClick={share}>
        {copied ? t("copied") : t("share")}
      </button>
    </section>
  );
}
