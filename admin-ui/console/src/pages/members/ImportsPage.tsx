import { useRef, useState } from "react";
import {
  Alert,
  Box,
  Button,
  Chip,
  Grid,
  LinearProgress,
  Paper,
  Stack,
  Table,
  TableBody,
  TableCell,
  TableContainer,
  TableRow,
  Typography,
} from "@mui/material";
import UploadIcon from "@mui/icons-material/UploadFileOutlined";
import DownloadIcon from "@mui/icons-material/DownloadOutlined";
import ArrowBackIcon from "@mui/icons-material/ArrowBack";
import ArrowForwardIcon from "@mui/icons-material/ArrowForward";
import { DataGrid, type GridColDef } from "@mui/x-data-grid";
import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { Link as RouterLink, useNavigate, useParams } from "react-router";
import { useTranslation } from "react-i18next";
import { newIdempotencyKey } from "../../lib/api";
import { importErrorsQuery, importQuery, importsQuery, useImportErrorsCsv, useUploadImport } from "./queries";
import { formatNumber } from "../../lib/format";
import { useLang } from "../../components/useLang";
import { Code, JalaliDate, Num } from "../../components/Figures";
import { PageHeader } from "../../components/PageHeader";
import { ProblemAlert } from "../../components/ProblemAlert";
import { useCatalogues } from "./catalogues";
import { IMPORT_COLUMNS, importContentType, sampleCsv, saveBlob } from "./importFile";
import type { MemberImportView, RowProblem } from "./types";
import { NoRows, useGridLocaleText } from "./gridParts";

const STATUS_COLOR: Record<string, "info" | "success" | "error"> = { RUNNING: "info", DONE: "success", FAILED: "error" };

function StatusChip({ status }: { status: string }) {
  const { t } = useTranslation("members");
  return <Chip component="span" size="small" color={STATUS_COLOR[status] ?? "default"} label={t(`imports.statuses.${status}`, { defaultValue: status })} data-testid="import-status" data-status={status} />;
}

/** Importing members from CSV or XLSX (docs/member-import.md): /imports uploads and lists, /imports/:id follows one. */
export function ImportsPage() {
  const { importId } = useParams();
  return importId ? <ImportDetail id={importId} /> : <ImportsHome />;
}

function ImportsHome() {
  const { t } = useTranslation("members");
  return (
    <>
      <PageHeader title={t("imports.title")} subtitle={t("imports.subtitle")} />
      <Grid container spacing={2}>
        <Grid size={{ xs: 12, lg: 5 }}>
          <Upload />
        </Grid>
        <Grid size={{ xs: 12, lg: 7 }}>
          <Columns />
        </Grid>
        <Grid size={12}>
          <PastImports />
        </Grid>
      </Grid>
    </>
  );
}

function fileSize(bytes: number, lang: "fa" | "en"): string {
  if (bytes < 1024) return `${formatNumber(bytes, lang)} B`;
  if (bytes < 1024 * 1024) return `${formatNumber(Math.round(bytes / 1024), lang)} KB`;
  return `${formatNumber(Math.round(bytes / (1024 * 1024)), lang)} MB`;
}

function Upload() {
  const { t } = useTranslation("members");
  const lang = useLang();
  const navigate = useNavigate();
  const input = useRef<HTMLInputElement>(null);
  const [file, setFile] = useState<File | null>(null);
  const [wrongType, setWrongType] = useState(false);
  // One key per chosen file: a second click, or a retry after a dropped answer, finds the same import.
  const [key, setKey] = useState(newIdempotencyKey);
  const upload = useUploadImport();
  const start = (f: File) => upload.mutate({ file: f, contentType: importContentType(f.name)!, key }, { onSuccess: (started) => navigate(`/imports/${started.id}`) });
  const choose = (f: File | null) => {
    upload.reset();
    setKey(newIdempotencyKey());
    setWrongType(!!f && importContentType(f.name) == null);
    setFile(f && importContentType(f.name) ? f : null);
  };
  return (
    <Paper sx={{ p: 2, height: "100%" }}>
      <Typography variant="h6" sx={{ mb: 2 }}>
        {t("imports.upload")}
      </Typography>
      <Box
        onClick={() => input.current?.click()}
        onDragOver={(e) => e.preventDefault()}
        onDrop={(e) => {
          e.preventDefault();
          choose(e.dataTransfer.files?.[0] ?? null);
        }}
        sx={{
          border: "2px dashed",
          borderColor: wrongType ? "error.main" : "divider",
          borderRadius: 2,
          p: 3,
          textAlign: "center",
          cursor: "pointer",
          bgcolor: "#fafbfb",
          "&:hover": { borderColor: "primary.main" },
        }}
      >
        <UploadIcon color="primary" sx={{ fontSize: 40 }} />
        <Typography sx={{ mt: 1 }}>{t("imports.choose")}</Typography>
        {file && (
          <Typography variant="body2" color="text.secondary" sx={{ mt: 1 }} data-testid="import-chosen">
            <bdi>{t("imports.chosen", { name: file.name, size: fileSize(file.size, lang) })}</bdi>
          </Typography>
        )}
        <input
          ref={input}
          type="file"
          hidden
          accept=".csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
          data-testid="import-file"
          onChange={(e) => {
            choose(e.target.files?.[0] ?? null);
            e.target.value = "";
          }}
        />
      </Box>
      <Stack spacing={2} sx={{ mt: 2 }}>
        {wrongType && (
          <Alert severity="error" data-testid="import-wrong-type">
            {t("imports.wrongType")}
          </Alert>
        )}
        <ProblemAlert error={upload.error} />
        <Box>
          <Button variant="contained" startIcon={<UploadIcon />} disabled={!file || upload.isPending} onClick={() => file && start(file)} data-testid="import-start">
            {t("imports.start")}
          </Button>
        </Box>
      </Stack>
    </Paper>
  );
}

function Columns() {
  const { t } = useTranslation("members");
  const lang = useLang();
  const { groups } = useCatalogues();
  return (
    <Paper sx={{ p: 2, height: "100%" }}>
      <Stack direction={{ xs: "column", sm: "row" }} spacing={1} sx={{ justifyContent: "space-between", alignItems: { sm: "center" }, mb: 1 }}>
        <Typography variant="h6">{t("imports.columnsTitle")}</Typography>
        <Button
          size="small"
          startIcon={<DownloadIcon />}
          onClick={() => saveBlob(new Blob([sampleCsv(lang, groups.data?.[0]?.code)], { type: "text/csv;charset=utf-8" }), "bashgah-members-sample.csv")}
          data-testid="import-sample"
        >
          {t("imports.sample")}
        </Button>
      </Stack>
      <Typography variant="body2" color="text.secondary" sx={{ mb: 1 }}>
        {t("imports.columnsHelp")}
      </Typography>
      <TableContainer>
        <Table size="small">
          <TableBody>
            {IMPORT_COLUMNS.map((c) => (
              <TableRow key={c.field}>
                <TableCell sx={{ verticalAlign: "top", width: "40%" }}>
                  <Stack direction="row" spacing={1} sx={{ alignItems: "center", flexWrap: "wrap" }}>
                    <bdi dir="ltr" style={{ fontFamily: "monospace", fontSize: 13 }}>
                      {c.field}
                    </bdi>
                    {c.required && <Chip size="small" label={t("imports.required")} color="primary" variant="outlined" sx={{ height: 20 }} />}
                  </Stack>
                </TableCell>
                <TableCell sx={{ verticalAlign: "top" }}>
                  <Typography variant="body2">{t(`imports.columns.${c.help}`)}</Typography>
                  <Typography variant="caption" color="text.secondary" dir="rtl" component="div">
                    {c.aliases}
                  </Typography>
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </TableContainer>
    </Paper>
  );
}

function PastImports() {
  const { t } = useTranslation("members");
  const navigate = useNavigate();
  const [model, setModel] = useState({ page: 0, pageSize: 10 });
  const localeText = useGridLocaleText();
  const list = useQuery({
    ...importsQuery(model.page, model.pageSize),
    placeholderData: keepPreviousData,
    refetchInterval: (q) => (q.state.data?.items.some((i) => i.status === "RUNNING") ? 3000 : false),
  });
  const columns: GridColDef<MemberImportView>[] = [
    { field: "fileName", headerName: t("imports.file"), flex: 1, minWidth: 160, renderCell: (p) => <bdi>{p.row.fileName ?? p.row.kind}</bdi> },
    { field: "status", headerName: t("common:status", { defaultValue: "Status" }), width: 130, renderCell: (p) => <StatusChip status={p.row.status} /> },
    { field: "rowsRead", headerName: t("imports.rowsRead"), width: 120, renderCell: (p) => <Num value={p.row.rowsRead} /> },
    { field: "imported", headerName: t("imports.imported"), width: 100, renderCell: (p) => <Num value={p.row.imported} /> },
    { field: "failed", headerName: t("imports.failed"), width: 100, renderCell: (p) => <Num value={p.row.failed} /> },
    { field: "createdAt", headerName: t("imports.when"), width: 170, renderCell: (p) => <JalaliDate value={p.row.createdAt} time /> },
    { field: "actor", headerName: t("imports.by"), width: 120 },
  ];
  return (
    <Paper sx={{ overflow: "hidden" }}>
      <Typography variant="h6" sx={{ p: 2, pb: 1 }}>
        {t("imports.past")}
      </Typography>
      <ProblemAlert error={list.error} onRetry={() => void list.refetch()} />
      <DataGrid
        rows={list.data?.items ?? []}
        columns={columns}
        autoHeight
        rowCount={list.data?.total ?? 0}
        paginationMode="server"
        paginationModel={model}
        onPaginationModelChange={setModel}
        pageSizeOptions={[10, 25, 50]}
        loading={list.isFetching && !list.data}
        disableColumnMenu
        disableColumnSorting
        disableRowSelectionOnClick
        onRowClick={(p) => navigate(`/imports/${p.id}`)}
        slots={{ noRowsOverlay: NoRows }}
          localeText={localeText}
        slotProps={{ row: { "data-testid": "import-row" } as object, noRowsOverlay: { text: t("imports.noPast") } as object }}
        sx={{ border: 0, "& .MuiDataGrid-row": { cursor: "pointer" } }}
      />
    </Paper>
  );
}

function Figure({ label, value, testId, color }: { label: string; value: number | undefined; testId: string; color?: string }) {
  return (
    <Paper sx={{ p: 2, textAlign: "center" }}>
      <Typography variant="body2" color="text.secondary">
        {label}
      </Typography>
      <Typography variant="h4" sx={{ fontWeight: 700, color }} data-testid={testId} data-value={value}>
        <Num value={value} />
      </Typography>
    </Paper>
  );
}

/** One import: its counts while it runs (read again every 1.5 s), then its refused rows. */
function ImportDetail({ id }: { id: string }) {
  const { t, i18n } = useTranslation("members");
  const lang = useLang();
  const job = useQuery({
    ...importQuery(id),
    refetchInterval: (q) => (q.state.data?.status === "RUNNING" ? 1500 : false),
  });
  const [model, setModel] = useState({ page: 0, pageSize: 25 });
  const localeText = useGridLocaleText();
  const running = job.data?.status === "RUNNING";
  const errors = useQuery({
    ...importErrorsQuery(id, model.page, model.pageSize, running ? job.data?.failed : "end"),
    enabled: !!job.data,
    placeholderData: keepPreviousData,
  });
  const download = useImportErrorsCsv(id);
  const BackIcon = lang === "fa" ? ArrowForwardIcon : ArrowBackIcon;
  const d = job.data;
  const share = d && d.rowsRead > 0 ? (d.imported / d.rowsRead) * 100 : 0;
  const columns: GridColDef<RowProblem>[] = [
    { field: "row", headerName: t("imports.row"), width: 90, renderCell: (p) => <Num value={p.row.row} /> },
    {
      field: "field",
      headerName: t("imports.field"),
      width: 170,
      renderCell: (p) =>
        p.row.field ? (
          <span title={p.row.field}>{i18n.exists(`members:fields.${p.row.field}`) ? t(`fields.${p.row.field}`) : <bdi dir="ltr">{p.row.field}</bdi>}</span>
        ) : (
          "—"
        ),
    },
    { field: "message", headerName: t("imports.message"), flex: 1, minWidth: 200, renderCell: (p) => <bdi dir="auto">{p.row.message}</bdi> },
  ];

  return (
    <>
      <Button component={RouterLink} to="/imports" startIcon={<BackIcon />} size="small" sx={{ mb: 1 }}>
        {t("imports.back")}
      </Button>
      <PageHeader
        title={d?.fileName ? <bdi>{d.fileName}</bdi> : t("imports.title")}
        subtitle={
          d && (
            <Stack direction="row" spacing={1} component="span" sx={{ alignItems: "center", flexWrap: "wrap" }}>
              <StatusChip status={d.status} />
              <span>
                <JalaliDate value={d.createdAt} time /> · {d.actor}
              </span>
              <Code value={d.id} />
            </Stack>
          )
        }
      />
      {job.error && <ProblemAlert error={job.error} onRetry={() => void job.refetch()} />}
      {d && (
        <Stack spacing={2}>
          <Paper sx={{ p: 2 }}>
            <Typography variant="subtitle1" sx={{ fontWeight: 700, mb: 1 }}>
              {t("imports.progress")}
            </Typography>
            <LinearProgress
              variant={running ? "indeterminate" : "determinate"}
              value={running ? undefined : share}
              color={d.status === "FAILED" ? "error" : "success"}
              sx={{ height: 10, borderRadius: 5, bgcolor: running ? undefined : d.failed > 0 ? "#f6d6d6" : undefined }}
              data-testid="import-progress"
            />
            <Typography variant="body2" color="text.secondary" sx={{ mt: 1 }}>
              {running ? t("imports.running") : t("imports.doneSummary", { imported: formatNumber(d.imported, lang), failed: formatNumber(d.failed, lang) })}
            </Typography>
            {d.message && (
              <Alert severity="error" sx={{ mt: 1 }} data-testid="import-message">
                <bdi dir="auto">{d.message}</bdi>
              </Alert>
            )}
          </Paper>
          <Grid container spacing={2}>
            <Grid size={{ xs: 4 }}>
              <Figure label={t("imports.rowsRead")} value={d.rowsRead} testId="import-rows-read" />
            </Grid>
            <Grid size={{ xs: 4 }}>
              <Figure label={t("imports.imported")} value={d.imported} testId="import-imported" color="#2e7d32" />
            </Grid>
            <Grid size={{ xs: 4 }}>
              <Figure label={t("imports.failed")} value={d.failed} testId="import-failed" color={d.failed > 0 ? "#c62828" : undefined} />
            </Grid>
          </Grid>
          <Paper sx={{ overflow: "hidden" }}>
            <Stack direction={{ xs: "column", sm: "row" }} spacing={1} sx={{ p: 2, pb: 1, justifyContent: "space-between", alignItems: { sm: "center" } }}>
              <Typography variant="h6">{t("imports.errorsTitle")}</Typography>
              {d.failed > 0 && (
                <Button size="small" variant="outlined" startIcon={<DownloadIcon />} onClick={() => download.mutate(undefined, { onSuccess: (blob) => saveBlob(blob, `import-${id}-errors.csv`) })} disabled={download.isPending} data-testid="import-errors-download">
                  {t("imports.downloadErrors")}
                </Button>
              )}
            </Stack>
            <Box sx={{ px: 2 }}>
              <ProblemAlert error={errors.error ?? download.error} />
            </Box>
            <DataGrid
              rows={errors.data?.items ?? []}
              columns={columns}
              getRowId={(r) => `${r.row}:${r.field ?? ""}:${r.message}`}
              autoHeight
              rowCount={errors.data?.total ?? 0}
              paginationMode="server"
              paginationModel={model}
              onPaginationModelChange={setModel}
              pageSizeOptions={[25, 50, 100]}
              loading={errors.isFetching && !errors.data}
              disableColumnMenu
              disableColumnSorting
              disableRowSelectionOnClick
              slots={{ noRowsOverlay: NoRows }}
          localeText={localeText}
              slotProps={{ row: { "data-testid": "import-error-row" } as object, noRowsOverlay: { text: running ? t("imports.running") : t("imports.noErrors") } as object }}
              data-testid="import-errors"
              sx={{ border: 0 }}
            />
          </Paper>
        </Stack>
      )}
    </>
  );
}
