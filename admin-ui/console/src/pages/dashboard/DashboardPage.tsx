import { useMemo, useState } from "react";
import {
  Alert,
  Box,
  Grid,
  MenuItem,
  Paper,
  Skeleton,
  Stack,
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableRow,
  TextField,
  ToggleButton,
  ToggleButtonGroup,
  Typography,
} from "@mui/material";
import { BarChart } from "@mui/x-charts/BarChart";
import { LineChart } from "@mui/x-charts/LineChart";
import { PieChart } from "@mui/x-charts/PieChart";
import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import { branchesQuery, dashboardQuery } from "./queries";
import { useSession } from "../../lib/session";
import { formatNumber, formatRial } from "../../lib/format";
import { groupDaily, type Bucket } from "../../lib/jalali";
import { periodOf, type Period, type Preset } from "../../lib/periods";
import { PageHeader } from "../../components/PageHeader";
import { ProblemAlert } from "../../components/ProblemAlert";
import { JalaliDateField } from "../../components/JalaliDateField";
import { useLang } from "../../components/useLang";
import { Rial, Num } from "../../components/Figures";

export type { Dashboard } from "./queries";

const FIGURES = ["newMembers", "pointsIssued", "pointsSpent", "creditIssued", "creditSpent", "sales", "invoices"];
const PALETTE = ["#0b5e55", "#c2671b", "#3f7cac", "#8a5a9e", "#d4a017", "#5c946e", "#b5485d"];

export function DashboardPage() {
  const { t } = useTranslation("dashboard");
  const { t: tc } = useTranslation();
  const lang = useLang();
  const { me } = useSession();
  const [preset, setPreset] = useState<Preset>("d30");
  const [custom, setCustom] = useState<Period>(() => periodOf("d30"));
  const [bucket, setBucket] = useState<Bucket>("day");
  // A branch manager's token carries his branch; the server shows him nothing else.
  const [branch, setBranch] = useState<string>(me?.branch ?? "");

  const period = preset === "custom" ? custom : periodOf(preset);
  const badRange = period.from > period.to;

  const branches = useQuery({ ...branchesQuery, staleTime: 300_000 });
  const dashboard = useQuery({
    ...dashboardQuery(period.from, period.to, branch),
    enabled: !badRange,
    placeholderData: keepPreviousData,
  });

  const d = dashboard.data;
  const series = useMemo(() => (d ? groupDaily(d.daily, bucket, FIGURES, lang) : []), [d, bucket, lang]);
  const labels = series.map((s) => s.label);
  const num = (v: number | null) => formatNumber(v, lang);
  const rial = (v: number | null) => formatRial(v, lang);

  return (
    <>
      <PageHeader title={t("title")} subtitle={t("subtitle")} />
      <Paper sx={{ p: 2, mb: 2 }}>
        <Grid container spacing={2} sx={{ alignItems: "center" }}>
          <Grid size={{ xs: 12, sm: 6, md: 3 }}>
            <TextField select label={tc("period")} value={preset} onChange={(e) => setPreset(e.target.value as Preset)} data-testid="dashboard-period">
              {(["d7", "d30", "d90", "month", "year", "custom"] as Preset[]).map((p) => (
                <MenuItem key={p} value={p}>
                  {t(`presets.${p}`)}
                </MenuItem>
              ))}
            </TextField>
          </Grid>
          {preset === "custom" && (
            <>
              <Grid size={{ xs: 6, md: 2 }}>
                <JalaliDateField label={tc("from")} name="from" value={custom.from} onChange={(v) => v && setCustom((c) => ({ ...c, from: v }))} disableFuture />
              </Grid>
              <Grid size={{ xs: 6, md: 2 }}>
                <JalaliDateField label={tc("to")} name="to" value={custom.to} onChange={(v) => v && setCustom((c) => ({ ...c, to: v }))} disableFuture />
              </Grid>
            </>
          )}
          <Grid size={{ xs: 12, sm: 6, md: 3 }}>
            <TextField select label={tc("branch")} value={branch} onChange={(e) => setBranch(e.target.value)} disabled={!!me?.branch} data-testid="dashboard-branch">
              <MenuItem value="">{t("allBranches")}</MenuItem>
              {(branches.data ?? []).map((b) => (
                <MenuItem key={b.code} value={b.code}>
                  {b.name}
                </MenuItem>
              ))}
            </TextField>
          </Grid>
          <Grid size={{ xs: 12, md: "grow" }} sx={{ display: "flex", justifyContent: { md: "flex-end" } }}>
            <ToggleButtonGroup size="small" exclusive value={bucket} onChange={(_, v) => v && setBucket(v)} data-testid="dashboard-bucket">
              {(["day", "week", "month"] as Bucket[]).map((b) => (
                <ToggleButton key={b} value={b}>
                  {t(`bucket.${b}`)}
                </ToggleButton>
              ))}
            </ToggleButtonGroup>
          </Grid>
        </Grid>
        {badRange && (
          <Alert severity="warning" sx={{ mt: 2 }}>
            {t("rangeError")}
          </Alert>
        )}
      </Paper>

      <ProblemAlert error={dashboard.error} onRetry={() => dashboard.refetch()} />

      <Grid container spacing={2} sx={{ mb: 2 }}>
        <Kpi testId="kpi-members" label={t("kpi.members")} value={d && <Num value={d.members.total} />} note={d && t("kpi.activeMembers", { n: num(d.members.active) })} />
        <Kpi testId="kpi-new-members" label={t("kpi.newMembers")} value={d && <Num value={d.totals.newMembers} />} />
        <Kpi testId="kpi-sales" label={t("kpi.sales")} value={d && <Rial value={d.totals.sales} />} note={d && `${t("kpi.invoices", { n: num(d.totals.invoices) })} · ${t("kpi.returns", { n: num(d.totals.returnCount) })}`} />
        <Kpi testId="kpi-points" label={t("kpi.pointsIssued")} value={d && <Num value={d.totals.pointsIssued} />} note={d && `${t("kpi.pointsSpent")}: ${num(d.totals.pointsSpent)}`} />
        <Kpi testId="kpi-credit" label={t("kpi.creditIssued")} value={d && <Rial value={d.totals.creditIssued} />} note={d && `${t("kpi.creditSpent")}: ${rial(d.totals.creditSpent)}`} />
      </Grid>

      <Grid container spacing={2}>
        <ChartCard title={t("charts.members")} size={{ xs: 12, lg: 6 }} loading={!d}>
          <BarChart
            height={260}
            xAxis={[{ scaleType: "band", data: labels }]}
            yAxis={[{ valueFormatter: (v: number | null) => num(v), width: 56 }]}
            series={[{ data: series.map((s) => s.values.newMembers), label: t("charts.newMembers"), color: PALETTE[0], valueFormatter: (v) => num(v) }]}
          />
        </ChartCard>
        <ChartCard title={t("charts.sales")} size={{ xs: 12, lg: 6 }} loading={!d}>
          <LineChart
            height={260}
            xAxis={[{ scaleType: "point", data: labels }]}
            yAxis={[{ valueFormatter: (v: number | null) => compact(v, lang), width: 84 }]}
            series={[{ data: series.map((s) => s.values.sales), label: t("charts.sales"), color: PALETTE[1], area: true, showMark: false, valueFormatter: (v) => rial(v) }]}
          />
        </ChartCard>
        <ChartCard title={t("charts.points")} size={{ xs: 12, lg: 6 }} loading={!d}>
          <BarChart
            height={260}
            xAxis={[{ scaleType: "band", data: labels }]}
            yAxis={[{ valueFormatter: (v: number | null) => compact(v, lang), width: 84 }]}
            series={[
              { data: series.map((s) => s.values.pointsIssued), label: t("charts.issued"), color: PALETTE[0], valueFormatter: (v) => num(v) },
              { data: series.map((s) => s.values.pointsSpent), label: t("charts.spent"), color: PALETTE[1], valueFormatter: (v) => num(v) },
            ]}
          />
        </ChartCard>
        <ChartCard title={t("charts.credit")} size={{ xs: 12, lg: 6 }} loading={!d}>
          <BarChart
            height={260}
            xAxis={[{ scaleType: "band", data: labels }]}
            yAxis={[{ valueFormatter: (v: number | null) => compact(v, lang), width: 84 }]}
            series={[
              { data: series.map((s) => s.values.creditIssued), label: t("charts.issued"), color: PALETTE[2], valueFormatter: (v) => rial(v) },
              { data: series.map((s) => s.values.creditSpent), label: t("charts.spent"), color: PALETTE[3], valueFormatter: (v) => rial(v) },
            ]}
          />
        </ChartCard>
        <ChartCard title={t("charts.levels")} size={{ xs: 12, md: 5 }} loading={!d} testId="dashboard-levels">
          {d && d.levels.some((l) => l.members > 0) ? (
            <PieChart
              height={240}
              series={[
                {
                  innerRadius: 50,
                  paddingAngle: 1,
                  cornerRadius: 4,
                  data: d.levels.filter((l) => l.members > 0).map((l, i) => ({ id: `${l.programme ?? ""}:${l.level ?? "none"}`, value: l.members, label: l.name ?? l.level ?? t("charts.noLevel"), color: PALETTE[i % PALETTE.length] })),
                  valueFormatter: (v) => num(v.value),
                },
              ]}
            />
          ) : (
            <Empty />
          )}
        </ChartCard>
        <ChartCard title={t("charts.topBranches")} size={{ xs: 12, md: 7 }} loading={!d} testId="dashboard-top-branches">
          {d && d.topBranches.length > 0 ? (
            <Table size="small">
              <TableHead>
                <TableRow>
                  <TableCell>{t("branchTable.branch")}</TableCell>
                  <TableCell align="right">{t("branchTable.sales")}</TableCell>
                  <TableCell align="right">{t("branchTable.invoices")}</TableCell>
                  <TableCell align="right">{t("branchTable.members")}</TableCell>
                </TableRow>
              </TableHead>
              <TableBody>
                {d.topBranches.map((b) => (
                  <TableRow key={b.code} data-testid={`top-branch-${b.code}`}>
                    <TableCell>{b.name}</TableCell>
                    <TableCell align="right">
                      <Rial value={b.sales} />
                    </TableCell>
                    <TableCell align="right">
                      <Num value={b.invoices} />
                    </TableCell>
                    <TableCell align="right">
                      <Num value={b.members} />
                    </TableCell>
                  </TableRow>
                ))}
              </TableBody>
            </Table>
          ) : (
            <Empty />
          )}
        </ChartCard>
      </Grid>
    </>
  );
}

/** Axis ticks: ۱٫۲ میلیون rather than ۱٬۲۰۰٬۰۰۰, so they fit. */
function compact(v: number | null, lang: "fa" | "en"): string {
  if (v == null) return "";
  return new Intl.NumberFormat(lang === "fa" ? "fa-IR" : "en-US", { notation: "compact", maximumFractionDigits: 1 }).format(v);
}

function Kpi({ label, value, note, testId }: { label: string; value: React.ReactNode; note?: React.ReactNode; testId: string }) {
  return (
    <Grid size={{ xs: 12, sm: 6, md: 4, lg: "grow" }}>
      <Paper sx={{ p: 2, height: "100%" }} data-testid={testId}>
        <Typography variant="body2" color="text.secondary">
          {label}
        </Typography>
        <Typography variant="h5" sx={{ fontWeight: 700, mt: 0.5 }} data-testid={`${testId}-value`}>
          {value ?? <Skeleton width={120} />}
        </Typography>
        {note && (
          <Typography variant="caption" color="text.secondary">
            {note}
          </Typography>
        )}
      </Paper>
    </Grid>
  );
}

function ChartCard({ title, size, loading, children, testId }: { title: string; size: object; loading: boolean; children: React.ReactNode; testId?: string }) {
  return (
    <Grid size={size}>
      <Paper sx={{ p: 2, height: "100%" }} data-testid={testId}>
        <Typography variant="subtitle1" sx={{ fontWeight: 700, mb: 1 }}>
          {title}
        </Typography>
        {loading ? <Skeleton variant="rounded" height={240} /> : <Box dir="ltr">{children}</Box>}
      </Paper>
    </Grid>
  );
}

function Empty() {
  const { t } = useTranslation("dashboard");
  return (
    <Stack sx={{ height: 200, alignItems: "center", justifyContent: "center" }}>
      <Typography color="text.secondary">{t("empty")}</Typography>
    </Stack>
  );
}
