import { useState } from "react";
import { Box, Chip, Paper, Stack, Typography, useMediaQuery, useTheme } from "@mui/material";
import { DataGrid, type GridColDef } from "@mui/x-data-grid";
import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import { useLang } from "../../../components/useLang";
import { ProblemAlert } from "../../../components/ProblemAlert";
import { formatCode, formatDate, formatNumber, formatRial, type Lang } from "../../../lib/format";
import type { LedgerEntry } from "../types";
import { ledgerQuery } from "./queries";
import { NoRows, useGridLocaleText } from "../gridParts";

/** ۱۸:۳۳ in Tehran, with the reader's digits. */
function formatTime(iso: string, lang: Lang): string {
  return new Intl.DateTimeFormat(lang === "fa" ? "fa-IR-u-nu-arabext" : "en-GB", { timeZone: "Asia/Tehran", hour: "2-digit", minute: "2-digit", hour12: false }).format(new Date(iso));
}

/** An amount with its sign and unit: green when it adds, red when it takes away. */
export function SignedAmount({ entry }: { entry: Pick<LedgerEntry, "amount" | "asset"> }) {
  const lang = useLang();
  const { t } = useTranslation("members");
  const abs = Math.abs(entry.amount);
  const text = entry.asset === "CREDIT" ? formatRial(abs, lang) : `${formatNumber(abs, lang)} ${t("profile.pointsUnit")}`;
  const positive = entry.amount > 0;
  const sign = positive ? "+" : entry.amount < 0 ? "−" : "";
  const number = formatNumber(abs, lang);
  const unit = entry.asset === "CREDIT" ? (lang === "fa" ? "ریال" : "IRR") : t("profile.pointsUnit");
  // The sign sticks to the number (left to right inside), the unit follows in the reader's direction.
  return (
    <Typography component="span" variant="body2" sx={{ fontWeight: 700, color: positive ? "success.main" : entry.amount < 0 ? "error.main" : "text.primary" }} data-amount={entry.amount} title={text}>
      <bdi dir="ltr">
        {sign}
        {number}
      </bdi>{" "}
      <span style={{ fontWeight: 400, fontSize: "0.85em" }}>{unit}</span>
    </Typography>
  );
}

/** The invoice, referral or other thing an entry came from, in words. */
export function useReference() {
  const { t, i18n } = useTranslation("members");
  const lang = useLang();
  return (e: Pick<LedgerEntry, "source" | "sourceId" | "actor">) => {
    if (!e.source) return "—";
    const id = e.sourceId ? `\u2066${formatCode(e.sourceId, lang)}\u2069` : "";
    const key = `ledger.sources.${e.source}`;
    return i18n.exists(key, { ns: "members" }) ? t(key, { id, actor: `\u2068${e.actor ?? ""}\u2069` }) : t("ledger.sources.other", { source: e.source, id });
  };
}

/** The member's ledger, newest first, paged on the server (GET /members/{code}/ledger). */
export function LedgerTable({ code }: { code: string }) {
  const { t } = useTranslation("members");
  const lang = useLang();
  const theme = useTheme();
  const wide = useMediaQuery(theme.breakpoints.up("lg"));
  const widest = useMediaQuery(theme.breakpoints.up("xl"));
  const reference = useReference();
  const localeText = useGridLocaleText();
  const [model, setModel] = useState({ page: 0, pageSize: 10 });
  const ledger = useQuery({ ...ledgerQuery(code, model.page, model.pageSize), placeholderData: keepPreviousData });

  const columns: GridColDef<LedgerEntry>[] = [
    {
      field: "occurredAt",
      headerName: t("ledger.date"),
      width: 130,
      renderCell: (p) => (
        <Stack sx={{ justifyContent: "center", height: "100%", lineHeight: 1.4 }} title={p.row.occurredAt}>
          <Typography variant="body2">
            <bdi>{formatDate(p.row.occurredAt, lang)}</bdi>
          </Typography>
          <Typography variant="caption" color="text.secondary">
            <bdi>{formatTime(p.row.occurredAt, lang)}</bdi>
          </Typography>
        </Stack>
      ),
    },
    {
      field: "kind",
      headerName: t("ledger.kind"),
      width: 130,
      renderCell: (p) => (
        <Stack direction="row" spacing={0.5} sx={{ alignItems: "center", height: "100%" }}>
          <span>{t(`ledger.kinds.${p.row.kind}`, { defaultValue: p.row.kind })}</span>
          {p.row.bucket === "PENDING" && <Chip size="small" label={t("ledger.pending")} variant="outlined" />}
        </Stack>
      ),
    },
    { field: "amount", headerName: t("ledger.amount"), width: 130, renderCell: (p) => <SignedAmount entry={p.row} /> },
    {
      field: "balanceAfter",
      headerName: t("ledger.balanceAfter"),
      width: 120,
      renderCell: (p) => <bdi>{p.row.asset === "CREDIT" ? formatRial(p.row.balanceAfter, lang) : formatNumber(p.row.balanceAfter, lang)}</bdi>,
    },
    {
      field: "reference",
      headerName: t("ledger.reference"),
      flex: 1,
      minWidth: 160,
      valueGetter: (_v, row) => reference(row),
      renderCell: (p) => (
        <Stack sx={{ justifyContent: "center", height: "100%", lineHeight: 1.4, minWidth: 0 }}>
          <Typography variant="body2" noWrap>
            <bdi>{reference(p.row)}</bdi>
          </Typography>
          {p.row.reason && (
            <Typography variant="caption" color="text.secondary" noWrap title={p.row.reason}>
              <bdi>{p.row.reason}</bdi>
            </Typography>
          )}
        </Stack>
      ),
    },
    { field: "actor", headerName: t("ledger.actor"), width: 120, valueGetter: (_v, row) => row.actor ?? "" },
  ];

  return (
    <Paper sx={{ overflow: "hidden" }} data-testid="ledger">
      <Box sx={{ px: 2, pt: 2, pb: 1 }}>
        <Typography variant="h6">{t("ledger.title")}</Typography>
      </Box>
      {ledger.error && (
        <Box sx={{ px: 2, pb: 1 }}>
          <ProblemAlert error={ledger.error} onRetry={() => void ledger.refetch()} />
        </Box>
      )}
      <DataGrid
        rows={ledger.data?.items ?? []}
        columns={columns}
        autoHeight
        rowCount={ledger.data?.total ?? 0}
        paginationMode="server"
        paginationModel={model}
        onPaginationModelChange={setModel}
        pageSizeOptions={[10, 25, 50]}
        loading={ledger.isFetching}
        disableColumnMenu
        disableColumnSorting
        disableRowSelectionOnClick
        columnVisibilityModel={widest ? {} : wide ? { actor: false } : { actor: false, balanceAfter: false }}
        slots={{ noRowsOverlay: NoRows }}
          localeText={localeText}
        slotProps={{ row: { "data-testid": "ledger-row" } as object, noRowsOverlay: { text: t("ledger.empty") } as object }}
        sx={{ border: 0 }}
      />
    </Paper>
  );
}
