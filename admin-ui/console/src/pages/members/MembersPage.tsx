import { useMemo, useState } from "react";
import { Box, Button, Chip, Grid, IconButton, Paper, Skeleton, Stack, TextField, useMediaQuery, useTheme } from "@mui/material";
import ClearIcon from "@mui/icons-material/Clear";
import PersonAddIcon from "@mui/icons-material/PersonAddAlt1Outlined";
import LabelIcon from "@mui/icons-material/LocalOfferOutlined";
import { DataGrid, type GridColDef } from "@mui/x-data-grid";
import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { Link as RouterLink, useNavigate, useSearchParams } from "react-router";
import { useTranslation } from "react-i18next";
import { memberBalanceQuery, membersQuery } from "./queries";
import { useSession } from "../../lib/session";
import { PageHeader } from "../../components/PageHeader";
import { ProblemAlert } from "../../components/ProblemAlert";
import { LockedFeature } from "../../components/Guards";
import { Code, JalaliDate } from "../../components/Figures";
import { useCatalogues } from "./catalogues";
import { chosenReading, MemberSearchBox } from "./MemberSearchBox";
import { interpretSearch, searchParams } from "./searchQuery";
import { normaliseTag } from "./tags";
import { fullName, isolate, type MemberView } from "./types";
import { NoRows, useGridLocaleText } from "./gridParts";
import { useDebounced } from "../../components/useDebounced";

const PAGE_SIZES = [10, 25, 50, 100];

/** A member's status as chips: active or not, and credit blocked when it is. */
export function StatusChips({ member }: { member: Pick<MemberView, "active" | "creditActive"> }) {
  const { t } = useTranslation("members");
  // Spans throughout: the chips also sit inside a page header's subtitle, a paragraph.
  return (
    <Stack
      component="span"
      direction="row"
      spacing={0.5}
      sx={{ alignItems: "center", height: "100%" }}
      data-testid="member-status"
      data-active={member.active}
      data-credit-active={member.creditActive}
    >
      <Chip
        component="span"
        size="small"
        color={member.active ? "success" : "default"}
        variant={member.active ? "outlined" : "filled"}
        label={member.active ? t("status.active") : t("status.inactive")}
      />
      {!member.creditActive && <Chip component="span" size="small" color="warning" variant="outlined" label={t("status.creditBlocked")} />}
    </Stack>
  );
}

/** The level comes with the balance (GET /members/{code}/balance), which the list does not carry. */
function LevelCell({ code }: { code: string }) {
  const balance = useQuery(memberBalanceQuery(code));
  if (balance.isPending) return <Skeleton width={56} />;
  return <span data-testid="member-level">{balance.data?.levelName ?? balance.data?.level ?? "—"}</span>;
}

/**
 * The members list (M6): one search box that reads what was typed (mobile, national code, card
 * number, member code or a name), a tag filter (B2), server paging; a row opens the profile. The
 * search lives in the address, so coming back from a profile finds the list as it was left.
 */
export function MembersPage() {
  const { t } = useTranslation("members");
  const { may, has } = useSession();
  const navigate = useNavigate();
  const theme = useTheme();
  const wide = useMediaQuery(theme.breakpoints.up("md"));
  const { groupName } = useCatalogues();
  const [params, setParams] = useSearchParams();
  const localeText = useGridLocaleText();

  const text = params.get("s") ?? "";
  const chosen = params.get("as");
  const tag = params.get("tag") ?? "";
  const page = Math.max(0, Number(params.get("page") ?? 0) || 0);
  const pageSize = PAGE_SIZES.includes(Number(params.get("size"))) ? Number(params.get("size")) : 25;
  const [tagInput, setTagInput] = useState(tag);
  const [tagProblem, setTagProblem] = useState(false);

  const update = (changes: Record<string, string | null>) =>
    setParams(
      (p) => {
        const next = new URLSearchParams(p);
        for (const [k, v] of Object.entries(changes)) {
          if (v == null || v === "") next.delete(k);
          else next.set(k, v);
        }
        return next;
      },
      { replace: true },
    );

  const debouncedText = useDebounced(text, 350);
  const reading = useMemo(() => chosenReading(interpretSearch(debouncedText), chosen), [debouncedText, chosen]);
  // What is shown under the box follows the typing at once; the asking, and saying what is wrong with
  // what was typed, wait for a pause.
  const shown = useMemo(() => chosenReading(interpretSearch(text), chosen), [text, chosen]);
  const tagOn = has("B2") && !!tag && !reading;
  const query = { ...searchParams(reading), ...(tagOn ? { tag } : {}), page, size: pageSize };

  const members = useQuery({
    ...membersQuery(query),
    enabled: !reading?.problem,
    placeholderData: keepPreviousData,
  });
  const rows = reading?.problem ? [] : (members.data?.items ?? []);
  const total = members.data?.total;

  const columns: GridColDef<MemberView>[] = [
    { field: "memberCode", headerName: t("list.columns.code"), width: 110, renderCell: (p) => <Code value={p.row.memberCode} /> },
    { field: "name", headerName: t("list.columns.name"), flex: 1, minWidth: 170, valueGetter: (_v, row) => fullName(row) },
    { field: "mobile", headerName: t("list.columns.mobile"), width: 140, renderCell: (p) => <Code value={p.row.mobile} /> },
    { field: "group", headerName: t("list.columns.group"), width: 140, valueGetter: (_v, row) => groupName(row.group) ?? "—" },
    { field: "level", headerName: t("list.columns.level"), width: 110, renderCell: (p) => <LevelCell code={p.row.memberCode} /> },
    { field: "status", headerName: t("list.columns.status"), width: 170, renderCell: (p) => <StatusChips member={p.row} /> },
    { field: "registeredAt", headerName: t("list.columns.registered"), width: 130, renderCell: (p) => <JalaliDate value={p.row.registeredAt} /> },
  ];

  const applyTag = (raw: string) => {
    if (!raw.trim()) {
      setTagProblem(false);
      update({ tag: null, page: null });
      return;
    }
    const normal = normaliseTag(raw);
    setTagProblem(!normal);
    // A tag and a search are one or the other: the API takes one criterion.
    if (normal) update({ tag: normal, s: null, as: null, page: null });
  };

  return (
    <>
      <PageHeader
        title={t("list.title")}
        subtitle={t("list.subtitle")}
        actions={
          may("members-write") && (
            <Button component={RouterLink} to="/members/new" variant="contained" startIcon={<PersonAddIcon />} data-testid="register-member">
              {t("list.register")}
            </Button>
          )
        }
      />
      <Paper sx={{ p: 2, mb: 2 }}>
        <Grid container spacing={2}>
          <Grid size={{ xs: 12, md: 8 }}>
            <MemberSearchBox
              value={text}
              criterion={debouncedText === text ? reading : shown && { ...shown, problem: undefined }}
              onChange={(s) => {
                setTagInput("");
                setTagProblem(false);
                update({ s, as: null, page: null, tag: null });
              }}
              onChoose={(kind) => update({ as: kind, page: null })}
              idleText={tagOn ? t("list.byTag", { tag: isolate(tag) }) : undefined}
              onEnter={() => {
                if (rows.length === 1 && reading && debouncedText === text) navigate(`/members/${rows[0].memberCode}`);
              }}
            />
          </Grid>
          <Grid size={{ xs: 12, md: 4 }}>
            {has("B2") ? (
              <TextField
                label={t("list.tagFilter")}
                placeholder={t("list.tagPlaceholder")}
                value={tagInput}
                onChange={(e) => setTagInput(e.target.value)}
                onBlur={() => applyTag(tagInput)}
                onKeyDown={(e) => {
                  if (e.key === "Enter") {
                    e.preventDefault();
                    applyTag(tagInput);
                  }
                }}
                error={tagProblem}
                helperText={tagProblem ? t("errors.tag") : undefined}
                slotProps={{
                  htmlInput: { "data-testid": "tag-filter", dir: "auto" },
                  input: {
                    startAdornment: <LabelIcon color="action" fontSize="small" sx={{ me: 1 }} />,
                    endAdornment: tagInput ? (
                      <IconButton
                        size="small"
                        aria-label={t("list.clearTag")}
                        data-testid="tag-filter-clear"
                        onClick={() => {
                          setTagInput("");
                          applyTag("");
                        }}
                      >
                        <ClearIcon fontSize="small" />
                      </IconButton>
                    ) : undefined,
                  },
                }}
              />
            ) : (
              <Box sx={{ pt: 1 }}>
                <LockedFeature feature="B2" compact />
              </Box>
            )}
          </Grid>
        </Grid>
      </Paper>
      {members.error && (
        <Box sx={{ mb: 2 }}>
          <ProblemAlert error={members.error} onRetry={() => void members.refetch()} />
        </Box>
      )}
      <Paper sx={{ overflow: "hidden" }}>
        <DataGrid
          rows={rows}
          columns={columns}
          getRowId={(r) => r.memberCode}
          autoHeight
          rowCount={reading?.problem ? 0 : (total ?? (rows.length < pageSize ? page * pageSize + rows.length : -1))}
          paginationMode="server"
          paginationModel={{ page, pageSize }}
          onPaginationModelChange={(m) => update({ page: m.page ? String(m.page) : null, size: m.pageSize === 25 ? null : String(m.pageSize) })}
          paginationMeta={total == null ? { hasNextPage: rows.length === pageSize } : undefined}
          pageSizeOptions={PAGE_SIZES}
          loading={members.isFetching}
          disableColumnMenu
          disableColumnSorting
          disableRowSelectionOnClick
          columnVisibilityModel={wide ? {} : { group: false, registeredAt: false }}
          onRowClick={(p) => navigate(`/members/${p.id}`)}
          slots={{ noRowsOverlay: NoRows }}
          localeText={localeText}
          slotProps={{ row: { "data-testid": "member-row" } as object, noRowsOverlay: { text: reading || tagOn ? t("list.noResults") : t("list.noMembers") } as object }}
          sx={{ border: 0, "& .MuiDataGrid-row": { cursor: "pointer" } }}
        />
      </Paper>
    </>
  );
}
