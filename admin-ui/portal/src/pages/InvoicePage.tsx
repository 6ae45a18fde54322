import { useEffect } from "preact/hooks";
import { usePortal, useLoad } from "../context";
import { ApiError } from "../lib/api";
import { formatCode, formatDateTime, formatNumber, formatRial } from "../lib/format";
import { has } from "../lib/i18n";
import { portal } from "../lib/portal";
import { applyBranding } from "../lib/pwa";
import { portalPath } from "../lib/routes";
import type { Invoice } from "../lib/types";
import { ClubHeader, Link, Loading, Problem } from "../components/ui";
import { LanguageSwitch } from "../components/LanguageSwitch";

/**
 * An invoice: at /i/{token} for anyone with the SMS's link (no login), or a member's own under
 * /p/{club}/invoices/{id}. The brand, the lines, the amounts, the points earned, the new balance.
 */
export function InvoicePage({ token, id }: { token?: string; id?: string }) {
  const { t } = usePortal();
  const invoice = useLoad(() => (token ? portal.publicInvoice(token) : portal.invoice(id!)), [token, id]);
  const data = invoice.data;
  useEffect(() => {
    if (token && data) applyBranding({ name: data.club.name, primaryColor: data.club.primaryColor, backgroundColor: data.club.backgroundColor });
  }, [token, data]);

  const body = invoice.loading && !data ? (
    <Loading />
  ) : invoice.error instanceof ApiError && invoice.error.status === 404 ? (
    <p class="alert alert-error" role="alert" data-testid="invoice-not-found">
      {t("invoiceNotFound")}
    </p>
  ) : invoice.error || !data ? (
    <Problem error={invoice.error} retry={invoice.reload} />
  ) : (
    <InvoiceView invoice={data} standalone={!!token} />
  );
  return token ? (
    <main class="page invoice-page" id="main">
      {body}
    </main>
  ) : (
    body
  );
}

function InvoiceView({ invoice: v, standalone }: { invoice: Invoice; standalone: boolean }) {
  const { t, lang } = usePortal();
  return (
    <article class="invoice" data-testid="invoice" data-number={v.invoiceNumber}>
      <div class="login-top">
        <ClubHeader name={v.club.name} logoUrl={v.club.logoUrl} />
        {standalone && <LanguageSwitch />}
      </div>
      <h1>
        {t("invoiceTitle")} <span class="code">{formatCode(v.invoiceNumber, lang)}</span>
      </h1>
      <dl class="facts">
        {v.branchName && (
          <div>
            <dt>{t("branch")}</dt>
            <dd>{v.branchName}</dd>
          </div>
        )}
        <div>
          <dt>{t("issuedAt")}</dt>
          <dd>{formatDateTime(v.issuedAt, lang)}</dd>
        </div>
      </dl>
      <table class="lines" data-testid="invoice-lines">
        <thead>
          <tr>
            <th scope="col">{t("item")}</th>
            <th scope="col" class="num">
              {t("quantity")}
            </th>
            <th scope="col" class="num">
              {t("amount")}
            </th>
          </tr>
        </thead>
        <tbody>
          {v.lines.map((l, i) => (
            <tr key={i} data-testid="invoice-line" data-sku={l.sku}>
              <td>
                {l.name ?? formatCode(l.sku, lang)}
                <div class="muted small">{formatRial(l.unitPrice, lang)}</div>
              </td>
              <td class="num">{formatNumber(l.quantity, lang)}</td>
              <td class="num">{formatRial(l.lineTotal, lang)}</td>
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr>
            <th scope="row" colSpan={2}>
              {t("total")}
            </th>
            <td class="num" data-testid="invoice-total" data-value={v.total}>
              <strong>{formatRial(v.total, lang)}</strong>
            </td>
          </tr>
        </tfoot>
      </table>
      {v.payments.length > 0 && (
        <dl class="facts">
          {v.payments.map((p, i) => (
            <div key={i}>
              <dt>
                {t("payments")}: {has(`pay_${p.method}`) ? t(`pay_${p.method}` as never) : p.method}
              </dt>
              <dd>{formatRial(p.amount, lang)}</dd>
            </div>
          ))}
        </dl>
      )}
      <section class="card earned">
        <dl class="facts">
          <div>
            <dt>{t("pointsEarned")}</dt>
            <dd data-testid="invoice-points" data-value={v.pointsEarned}>
              {formatNumber(v.pointsEarned, lang)}
            </dd>
          </div>
          {v.creditEarned > 0 && (
            <div>
              <dt>{t("creditEarned")}</dt>
              <dd>{formatRial(v.creditEarned, lang)}</dd>
            </div>
          )}
          {v.creditRedeemed > 0 && (
            <div>
              <dt>{t("creditRedeemed")}</dt>
              <dd>{formatRial(v.creditRedeemed, lang)}</dd>
            </div>
          )}
        </dl>
        {v.balanceAfter && (
          <p data-testid="invoice-balance" data-points={v.balanceAfter.points} data-credit={v.balanceAfter.credit}>
            {t("balanceAfter")}: <strong>{formatNumber(v.balanceAfter.points, lang)}</strong> {t("points")}
            {v.balanceAfter.credit > 0 && <> · {formatRial(v.balanceAfter.credit, lang)}</>}
          </p>
        )}
      </section>
      <ClubContact club={v.club} />
      <div class="actions">
        {v.surveyUrl && (
          <a class="button secondary" href={v.surveyUrl} rel="noopener" data-testid="invoice-survey">
            {t("survey")}
          </a>
        )}
        {standalone && (
          <a class="button primary" href={v.portalUrl ?? portalPath(v.club.slug)} data-testid="invoice-portal">
            {t("openPortal")}
          </a>
        )}
        {!standalone && (
          <Link class="button secondary" href={`${portalPath(v.club.slug, "history")}?tab=purchases`}>
            {t("back")}
          </Link>
        )}
      </div>
    </article>
  );
}

/** The brand's address and social links (C3: the invoice page carries them), when the club gave them. */
function ClubContact({ club }: { club: Invoice["club"] }) {
  const { t } = usePortal();
  const s = club.social ?? {};
  const links: [string, string | null | undefined][] = [
    ["Instagram", s.instagram ? `https://instagram.com/${s.instagram.replace(/^@/, "")}` : null],
    ["Telegram", s.telegram ? `https://t.me/${s.telegram.replace(/^@/, "")}` : null],
    ["WhatsApp", s.whatsapp ? `https://wa.me/${s.whatsapp.replace(/[^0-9]/g, "")}` : null],
    [t("website"), s.website && /^https?:\/\//.test(s.website) ? s.website : null],
  ];
  const shown = links.filter(([, href]) => href);
  if (!club.address && shown.length === 0) return null;
  return (
    <section class="card contact" data-testid="club-contact">
      {club.address && <p data-testid="club-address">{club.address}</p>}
      {shown.length > 0 && (
        <p class="social">
          {shown.map(([label, href]) => (
            <a key={label} href={href!} rel="noopener" target="_blank">
              {label}
            </a>
          ))}
        </p>
      )}
    </section>
  );
}
