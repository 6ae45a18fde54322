import { useEffect, useState } from "preact/hooks";
import { usePortal } from "../context";
import { formatCode, formatDateTime, formatRial, formatSigned } from "../lib/format";
import { has } from "../lib/i18n";
import { portal } from "../lib/portal";
import { portalPath } from "../lib/routes";
import type { InvoiceSummary, LedgerEntry, Paged } from "../lib/types";
import { Link, Loading, Problem } from "../components/ui";

type Tab = "ledger" | "purchases";

/** The ledger (every earning and spending of points and credit) and the purchases, twenty at a time. */
export function HistoryPage({ tab }: { tab?: string }) {
  const { t, tenant, navigate } = usePortal();
  const current: Tab = tab === "purchases" ? "purchases" : "ledger";
  const tabs: [Tab, string][] = [
    ["ledger", t("tabLedger")],
    ["purchases", t("tabPurchases")],
  ];
  return (
    <>
      <h1>{t("historyTitle")}</h1>
      <div class="tabs" role="tablist">
        {tabs.map(([id, label]) => (
          <button
            key={id}
            type="button"
            role="tab"
            id={`tab-${id}`}
            aria-selected={current === id}
            aria-controls="history-panel"
            data-testid={`tab-${id}`}
            onClick={() => navigate(`${portalPath(tenant!, "history")}${id === "purchases" ? "?tab=purchases" : ""}`, { replace: true })}
          >
            {label}
          </button>
        ))}
      </div>
      <div role="tabpanel" id="history-panel" aria-labelledby={`tab-${current}`}>
        {current === "ledger" ? (
          <Pages key="ledger" load={portal.ledger} empty={t("ledgerEmpty")} testId="ledger" row={(e: LedgerEntry) => <LedgerRow key={e.id} entry={e} />} />
        ) : (
          <Pages key="purchases" load={portal.invoices} empty={t("purchasesEmpty")} testId="purchases" row={(i: InvoiceSummary) => <InvoiceRow key={i.id} invoice={i} />} />
        )}
      </div>
    </>
  );
}

function Pages<T>({ load, row, empty, testId }: { load: (page: number) => Promise<Paged<T>>; row: (item: T) => preact.JSX.Element; empty: string; testId: string }) {
  const { t } = usePortal();
  const [items, setItems] = useState<T[]>([]);
  const [next, setNext] = useState<number | null>(0);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [asked, setAsked] = useState(0);

  useEffect(() => {
    if (next == null) return;
    let live = true;
    setBusy(true);
    setError(null);
    load(next).then(
      (p) => {
        if (!live) return;
        setItems((old) => [...old, ...p.items]);
        setNext(p.hasMore ? next + 1 : null);
        setBusy(false);
      },
      (e) => live && (setError(e), setBusy(false)),
    );
    return () => {
      live = false;
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [asked]);

  return (
    <>
      {items.length > 0 ? (
        <ul class="list" data-testid={testId}>
          {items.map(row)}
        </ul>
      ) : (
        !busy && !error && (
          <p class="empty-state" data-testid={`${testId}-empty`}>
            {empty}
          </p>
        )
      )}
      {busy && <Loading />}
      <Problem error={error} retry={() => setAsked((a) => a + 1)} />
      {!busy && !error && next != null && items.length > 0 && (
        <button type="button" class="secondary wide" onClick={() => setAsked((a) => a + 1)}>
          {t("more")}
        </button>
      )}
    </>
  );
}

function LedgerRow({ entry: e }: { entry: LedgerEntry }) {
  const { t, lang } = usePortal();
  const type = has(`type_${e.type}`) ? t(`type_${e.type}` as never) : e.type;
  return (
    <li class="row" data-testid="ledger-row" data-amount={e.amount} data-asset={e.asset}>
      <div>
        <div>{e.description || type}</div>
        <div class="muted small">
          {formatDateTime(e.at, lang)}
          {e.invoiceNumber && <> · {t("invoiceNo", { number: formatCode(e.invoiceNumber, lang) })}</>}
        </div>
      </div>
      <strong class={e.amount < 0 ? "amount negative" : "amount positive"}>
        {formatSigned(e.amount, lang)} <span class="small">{e.asset === "CREDIT" ? t("credit") : t("points")}</span>
      </strong>
    </li>
  );
}

function InvoiceRow({ invoice: i }: { invoice: InvoiceSummary }) {
  const { t, lang, tenant } = usePortal();
  return (
    <li>
      <Link class="row" href={portalPath(tenant!, `invoices/${i.id}`)} data-testid="invoice-row" data-number={i.invoiceNumber}>
        <div>
          <div>{t("invoiceNo", { number: formatCode(i.invoiceNumber, lang) })}</div>
          <div class="muted small">
            {formatDateTime(i.issuedAt, lang)}
            {i.branchName && <> · {i.branchName}</>}
          </div>
        </div>
        <div class="end">
          <strong>{formatRial(i.total, lang)}</strong>
          {i.pointsEarned > 0 && <div class="small positive">{formatSigned(i.pointsEarned, lang)} {t("points")}</div>}
        </div>
      </Link>
    </li>
  );
}
