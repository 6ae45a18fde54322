import { useEffect, useMemo, useState, type FormEvent, type ReactNode } from "react";
import {
  Autocomplete,
  Box,
  Button,
  Grid,
  MenuItem,
  Paper,
  Stack,
  TextField,
  Typography,
  useTheme,
} from "@mui/material";
import { DataGrid, type GridColDef, type GridPaginationModel } from "@mui/x-data-grid";
import SearchIcon from "@mui/icons-material/Search";
import ClearIcon from "@mui/icons-material/FilterAltOff";
import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { useSearchParams } from "react-router";
import { useTranslation } from "react-i18next";
import { formatNumber } from "../../lib/format";
import { JalaliDate } from "../Figures";
import { Ident } from "../Ident";
import { JalaliDateField } from "../JalaliDateField";
import { ProblemAlert } from "../ProblemAlert";
import { useLang } from "../useLang";
import {
  filtersFromSearch,
  labelOf,
  NO_FILTERS,
  type AuditFilters,
  type AuditRecord,
} from "./audit";
import { auditPageQuery } from "./queries";
import { AuditDetail } from "./AuditDetail";

const FILTER_KEYS = Object.keys(NO_FILTERS) as (keyof AuditFilters)[];

/**
 * One audit log in a server-paged table with its filters (AuditQueryParams), and each entry's before
 * and after side by side. Shared by the club's log (GET /audit), a tenant's log as the platform admin
 * reads it (GET /platform/tenants/{slug}/audit) and the platform's own log (GET /platform/audit).
 * The filters live in the page's address, so a filtered log can be linked to and survives a reload.
 */
export function AuditTable({
  path,
  withTenant = false,
  linkMembers = false,
}: {
  /** The API path of the log. */
  path: string;
  /** The platform log: a club column and a club filter. */
  withTenant?: boolean;
  /** The club's own log: a member target links to the member's profile. */
  linkMembers?: boolean;
}) {
  const { t } = useTranslation("org");
  const { t: tc } = useTranslation();
  const lang = useLang();
  const [search, setSearch] = useSearchParams();
  const applied = useMemo(() => filtersFromSearch(search), [search]);
  const [draft, setDraft] = useState<AuditFilters>(applied);
  const [actionInput, setActionInput] = useState(() => (applied.action ? labelOf(t("audit.actions", { returnObjects: true }), applied.action) : ""));
  const [paging, setPaging] = useState<GridPaginationModel>({ page: 0, pageSize: 25 });
  // Filters changed from outside (a link, the menu, the browser's back): the form shows them.
  const appliedKey = JSON.stringify(applied);
  useEffect(() => {
    setDraft(applied);
    setActionInput(applied.action ? labelOf(t("audit.actions", { returnObjects: true }), applied.action) : "");
    setPaging((p) => (p.page === 0 ? p : { ...p, page: 0 }));
    // applied is read through its key, so that a new but equal object changes nothing.
  }, [appliedKey]);
  const [open, setOpen] = useState<AuditRecord | null>(null);

  const actions = t("audit.actions", { returnObjects: true }) as Record<string, string>;
  const targets = t("audit.targets", { returnObjects: true }) as Record<string, string>;
  const kinds = t("audit.actorKinds", { returnObjects: true }) as Record<string, string>;

  const query = useQuery({
    ...auditPageQuery(path, applied, paging.page, paging.pageSize, withTenant),
    placeholderData: keepPreviousData,
  });

  const badRange = !!draft.from && !!draft.to && draft.to < draft.from;

  const apply = (filters: AuditFilters) => {
    const next = new URLSearchParams(search);
    for (const k of FILTER_KEYS) {
      const v = filters[k];
      if (v && String(v).trim()) next.set(k, String(v).trim());
      else next.delete(k);
    }
    setSearch(next, { replace: true });
    setPaging((p) => ({ ...p, page: 0 }));
  };

  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (!badRange) apply(draft);
  };

  /** The code of what is typed in the action filter: a known label's code, else the text itself. */
  const codeOf = (text: string) => {
    const typed = text.trim();
    return Object.entries(actions).find(([, label]) => label === typed)?.[0] ?? typed;
  };

  const clear = () => {
    setDraft(NO_FILTERS);
    setActionInput("");
    apply(NO_FILTERS);
  };

  const columns = useMemo<GridColDef<AuditRecord>[]>(() => {
    const cols: GridColDef<AuditRecord>[] = [
      {
        field: "occurredAt",
        headerName: t("audit.when"),
        width: 170,
        sortable: false,
        renderCell: ({ row }) => <JalaliDate value={row.occurredAt} time />,
      },
      {
        field: "actorName",
        headerName: t("audit.who"),
        flex: 1,
        minWidth: 130,
        sortable: false,
        renderCell: ({ row }) => (
          <Cell primary={<bdi>{row.actorName ?? row.actorId ?? "—"}</bdi>} secondary={labelOf(kinds, row.actorKind)} />
        ),
      },
      {
        field: "action",
        headerName: t("audit.action"),
        flex: 1.4,
        minWidth: 180,
        sortable: false,
        renderCell: ({ row }) => (
          <Cell
            primary={labelOf(actions, row.action)}
            secondary={
              <bdi dir="ltr" style={{ fontFamily: "monospace" }}>
                {row.action}
              </bdi>
            }
          />
        ),
      },
      {
        field: "target",
        headerName: t("audit.target"),
        flex: 1.2,
        minWidth: 150,
        sortable: false,
        renderCell: ({ row }) => <Cell primary={row.targetId ? <Ident value={row.targetId} /> : "—"} secondary={row.targetType ? labelOf(targets, row.targetType) : undefined} />,
      },
    ];
    if (withTenant) {
      cols.splice(1, 0, {
        field: "tenant",
        headerName: t("audit.tenant"),
        width: 120,
        sortable: false,
        renderCell: ({ row }) => (row.tenant ? <Ident value={row.tenant} /> : "—"),
      });
    }
    return cols;
  }, [t, actions, targets, kinds, withTenant]);

  // A localeText prop replaces the theme's (the grid's Persian) whole, so it is merged here; the
  // Persian one leaves "1–25 of 718" untranslated, and Persian digits are ours to give.
  const theme = useTheme();
  const localeText = useMemo(() => {
    const themed = (theme.components as { MuiDataGrid?: { defaultProps?: { localeText?: object } } } | undefined)?.MuiDataGrid?.defaultProps?.localeText ?? {};
    const n = (v: number) => formatNumber(v, lang);
    return {
      ...themed,
      noRowsLabel: t("audit.empty"),
      paginationDisplayedRows: ({ from, to, count }: { from: number; to: number; count: number }) => `${n(from)}–${n(to)} ${tc("of")} ${count === -1 ? "…" : n(count)}`,
    };
  }, [theme, lang, t, tc]);

  const actionOptions = useMemo(() => Object.keys(actions).filter((code) => withTenant || !/^(TENANT|FEATURE)\.|^AUTH\.ADMIN/.test(code)), [actions, withTenant]);
  const total = query.data?.total ?? 0;

  return (
    <Stack spacing={2}>
      <Paper component="form" onSubmit={submit} sx={{ p: 2 }} data-testid="audit-filters">
        <Typography variant="subtitle2" color="text.secondary" sx={{ mb: 1.5 }}>
          {t("audit.filters")}
        </Typography>
        <Grid container spacing={1.5}>
          <Grid size={{ xs: 12, sm: 6, md: 3 }}>
            <Autocomplete
              freeSolo
              options={actionOptions}
              value={draft.action || null}
              inputValue={actionInput}
              onInputChange={(_, v, reason) => {
                setActionInput(v);
                // Typing sets the filter (a label picks its code, anything else is taken as a code);
                // MUI's own "reset" after a pick writes the label back, which is not a code.
                if (reason === "input" || reason === "clear") setDraft((d) => ({ ...d, action: codeOf(v) }));
              }}
              onChange={(_, v) => setDraft((d) => ({ ...d, action: v ?? "" }))}
              getOptionLabel={(code) => labelOf(actions, code)}
              filterOptions={(options, { inputValue }) => {
                const q = inputValue.trim().toLowerCase();
                return q ? options.filter((code) => code.toLowerCase().includes(q) || labelOf(actions, code).toLowerCase().includes(q)) : options;
              }}
              renderOption={(props, code) => {
                const { key, ...rest } = props as typeof props & { key: string };
                return (
                  <li key={key} {...rest} data-testid={`audit-action-option-${code}`}>
                    <Cell primary={labelOf(actions, code)} secondary={<bdi dir="ltr">{code}</bdi>} />
                  </li>
                );
              }}
              renderInput={(params) => <TextField {...params} label={t("audit.actionFilter")} name="action" data-testid="audit-filter-action" />}
            />
          </Grid>
          <Grid size={{ xs: 12, sm: 6, md: 3 }}>
            <TextField
              label={t("audit.actor")}
              value={draft.actor}
              onChange={(e) => setDraft((d) => ({ ...d, actor: e.target.value }))}
              name="actor"
              data-testid="audit-filter-actor"
              slotProps={{ htmlInput: { dir: "ltr", autoCapitalize: "off", spellCheck: false } }}
            />
          </Grid>
          <Grid size={{ xs: 12, sm: 6, md: 3 }}>
            <TextField
              select
              label={t("audit.targetType")}
              value={draft.targetType}
              onChange={(e) => setDraft((d) => ({ ...d, targetType: e.target.value }))}
              name="targetType"
              data-testid="audit-filter-target-type"
            >
              <MenuItem value="">{t("audit.any")}</MenuItem>
              {Object.entries(targets).map(([code, label]) => (
                <MenuItem key={code} value={code} data-testid={`audit-target-type-${code}`}>
                  {label}
                </MenuItem>
              ))}
            </TextField>
          </Grid>
          <Grid size={{ xs: 12, sm: 6, md: 3 }}>
            <TextField
              label={t("audit.targetId")}
              value={draft.targetId}
              onChange={(e) => setDraft((d) => ({ ...d, targetId: e.target.value }))}
              name="targetId"
              data-testid="audit-filter-target-id"
              placeholder={t("audit.targetIdHelp")}
              slotProps={{ htmlInput: { dir: "ltr", autoCapitalize: "off", spellCheck: false } }}
            />
          </Grid>
          <Grid size={{ xs: 12, sm: 6, md: 3 }}>
            <JalaliDateField label={t("audit.from")} value={draft.from} onChange={(from) => setDraft((d) => ({ ...d, from }))} name="auditFrom" disableFuture />
          </Grid>
          <Grid size={{ xs: 12, sm: 6, md: 3 }}>
            <JalaliDateField
              label={t("audit.to")}
              value={draft.to}
              onChange={(to) => setDraft((d) => ({ ...d, to }))}
              name="auditTo"
              minDate={draft.from ?? undefined}
              error={badRange}
              helperText={badRange ? t("audit.toBeforeFrom") : undefined}
            />
          </Grid>
          {withTenant && (
            <Grid size={{ xs: 12, sm: 6, md: 3 }}>
              <TextField
                label={t("platform:audit.tenantFilter")}
                value={draft.tenant}
                onChange={(e) => setDraft((d) => ({ ...d, tenant: e.target.value }))}
                name="tenant"
                data-testid="audit-filter-tenant"
                slotProps={{ htmlInput: { dir: "ltr", autoCapitalize: "off", spellCheck: false } }}
              />
            </Grid>
          )}
          <Grid size={{ xs: 12, sm: 6, md: withTenant ? 3 : 6 }} sx={{ display: "flex", gap: 1, alignItems: "flex-start", justifyContent: "flex-end" }}>
            <Button onClick={clear} startIcon={<ClearIcon />} data-testid="audit-clear">
              {t("audit.clear")}
            </Button>
            <Button type="submit" variant="contained" startIcon={<SearchIcon />} disabled={badRange} data-testid="audit-search">
              {t("audit.apply")}
            </Button>
          </Grid>
        </Grid>
      </Paper>
      <ProblemAlert error={query.error} onRetry={() => void query.refetch()} />
      <Paper sx={{ overflow: "hidden" }}>
        <Stack direction="row" sx={{ px: 2, py: 1.25, alignItems: "center", justifyContent: "space-between", borderBottom: "1px solid", borderColor: "divider" }}>
          <Typography variant="body2" color="text.secondary" data-testid="audit-total">
            {t("audit.total", { count: total, n: formatNumber(total, lang) })}
          </Typography>
        </Stack>
        <DataGrid
          rows={query.data?.items ?? []}
          columns={columns}
          getRowId={(r) => r.id}
          rowCount={total}
          loading={query.isFetching}
          paginationMode="server"
          paginationModel={paging}
          onPaginationModelChange={setPaging}
          pageSizeOptions={[25, 50, 100].map((value) => ({ value, label: formatNumber(value, lang) }))}
          onRowClick={({ row }) => setOpen(row as AuditRecord)}
          disableColumnMenu
          disableRowSelectionOnClick
          autoHeight
          rowHeight={58}
          localeText={localeText}
          slotProps={{ row: { "data-testid": "audit-row" } as object }}
          sx={{ border: "none", "& .MuiDataGrid-row": { cursor: "pointer" }, "& .MuiDataGrid-cell": { display: "flex", alignItems: "center" } }}
        />
      </Paper>
      <AuditDetail record={open} onClose={() => setOpen(null)} linkMembers={linkMembers} withTenant={withTenant} actions={actions} targets={targets} kinds={kinds} />
    </Stack>
  );
}

function Cell({ primary, secondary }: { primary: ReactNode; secondary?: ReactNode }) {
  return (
    <Box sx={{ minWidth: 0, lineHeight: 1.3 }}>
      <Typography variant="body2" noWrap>
        {primary}
      </Typography>
      {secondary && (
        <Typography variant="caption" color="text.secondary" noWrap component="div">
          {secondary}
        </Typography>
      )}
    </Box>
  );
}
