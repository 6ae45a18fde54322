import { useState } from "react";
import { Alert, Button, Chip, Paper, Stack, Typography } from "@mui/material";
import AddIcon from "@mui/icons-material/Add";
import { DataGrid, type GridColDef } from "@mui/x-data-grid";
import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { Link as RouterLink, useNavigate } from "react-router";
import { useTranslation } from "react-i18next";
import { useSession } from "../../lib/session";
import { formatNumber } from "../../lib/format";
import { useLang } from "../../components/useLang";
import { JalaliDate } from "../../components/Figures";
import { ProblemAlert } from "../../components/ProblemAlert";
import { NoRows, useGridLocaleText } from "../members/gridParts";
import { MessagingFrame } from "./MessagingFrame";
import { isMissingEndpoint, MessageText, StatusCounts } from "./MessageParts";
import { useChannelName } from "./Channels";
import { batchesQuery, type BatchSummary } from "./queries";

/**
 * The club's sends, newest first, each with its channel and its messages counted per status; read
 * again while any is queued. The server lists them unfiltered (GET /messages/batches has no status
 * filter), so the list has none.
 */
export function BatchesPage() {
  const { t } = useTranslation("messaging");
  const lang = useLang();
  const navigate = useNavigate();
  const { may } = useSession();
  const localeText = useGridLocaleText();
  const channelName = useChannelName();
  const [model, setModel] = useState({ page: 0, pageSize: 25 });
  const list = useQuery({
    ...batchesQuery(model.page, model.pageSize),
    placeholderData: keepPreviousData,
    refetchInterval: (q) => (q.state.data?.items.some((b) => b.queueing || ((b.counts.QUEUED ?? 0) > 0 && Date.parse(b.sendAt) <= Date.now())) ? 5000 : false),
  });
  const columns: GridColDef<BatchSummary>[] = [
    {
      field: "createdAt",
      headerName: t("batches.when"),
      width: 170,
      renderCell: (p) => (
        <Stack sx={{ justifyContent: "center", height: "100%", lineHeight: 1.4 }}>
          <JalaliDate value={p.row.createdAt} time />
          {Date.parse(p.row.sendAt) > Date.now() && (
            <Typography variant="caption" color="secondary.main">
              {t("batches.scheduledFor")} <JalaliDate value={p.row.sendAt} time />
            </Typography>
          )}
        </Stack>
      ),
    },
    {
      field: "text",
      headerName: t("batches.message"),
      flex: 1,
      minWidth: 220,
      renderCell: (p) =>
        p.row.template ? (
          <Stack direction="row" spacing={1} sx={{ alignItems: "center", height: "100%" }}>
            <Chip size="small" variant="outlined" label={t("batches.template")} />
            <bdi dir="ltr">{p.row.template}</bdi>
          </Stack>
        ) : (
          <Stack sx={{ justifyContent: "center", height: "100%" }}>
            <MessageText text={p.row.text ?? ""} clamp={2} />
          </Stack>
        ),
    },
    {
      field: "channel",
      headerName: t("batches.channel"),
      width: 110,
      renderCell: (p) => (
        <Stack direction="row" sx={{ alignItems: "center", height: "100%" }}>
          <Chip size="small" variant="outlined" label={channelName(p.row.channel)} data-testid="batch-channel" data-channel={p.row.channel} />
        </Stack>
      ),
    },
    {
      field: "segment",
      headerName: t("batches.to"),
      width: 150,
      valueGetter: (_v, row) => row.segment ?? "",
      renderCell: (p) => (p.row.segment ? <bdi dir="ltr">{p.row.segment}</bdi> : t("batches.byCode")),
    },
    {
      field: "recipients",
      headerName: t("batches.recipients"),
      width: 100,
      renderCell: (p) => <bdi data-testid="batch-recipients">{formatNumber(p.row.recipients, lang)}</bdi>,
    },
    {
      field: "counts",
      headerName: t("batches.counts"),
      width: 280,
      sortable: false,
      renderCell: (p) => (
        <Stack direction="row" spacing={0.5} sx={{ alignItems: "center", height: "100%", flexWrap: "wrap", rowGap: 0.5 }}>
          {p.row.queueing && <Chip size="small" color="secondary" label={t("batches.queueing")} data-testid="batch-queueing" />}
          <StatusCounts counts={p.row.counts} />
        </Stack>
      ),
    },
    { field: "createdBy", headerName: t("batches.by"), width: 110, valueGetter: (_v, row) => row.createdBy ?? "" },
  ];
  const compose = may("messages-send") && (
    <Button variant="contained" startIcon={<AddIcon />} component={RouterLink} to="/messages/new" data-testid="compose-new">
      {t("batches.compose")}
    </Button>
  );

  return (
    <MessagingFrame tab="sent" subtitle={t("batches.subtitle")} actions={compose}>
      {isMissingEndpoint(list.error) ? (
        <Alert severity="info">{t("batches.unavailable")}</Alert>
      ) : (
        <ProblemAlert error={list.error} onRetry={() => void list.refetch()} />
      )}
      <Paper sx={{ overflow: "hidden" }} data-testid="batches">
        <DataGrid
          rows={list.data?.items ?? []}
          columns={columns}
          getRowId={(r) => r.batchId}
          autoHeight
          getRowHeight={() => "auto"}
          rowCount={list.data?.total ?? 0}
          paginationMode="server"
          paginationModel={model}
          onPaginationModelChange={setModel}
          pageSizeOptions={[10, 25, 50]}
          loading={list.isFetching && !list.data}
          disableColumnMenu
          disableColumnSorting
          disableRowSelectionOnClick
          onRowClick={(p) => navigate(`/messages/batches/${p.id}`)}
          slots={{ noRowsOverlay: NoRows }}
          localeText={localeText}
          slotProps={{ row: { "data-testid": "batch-row" } as object, noRowsOverlay: { text: t("batches.empty") } as object }}
          sx={{ border: 0, "& .MuiDataGrid-row": { cursor: "pointer" }, "& .MuiDataGrid-cell": { py: 1 } }}
        />
      </Paper>
    </MessagingFrame>
  );
}
