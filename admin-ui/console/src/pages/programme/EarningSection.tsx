import { memo, useContext, useState } from "react";
import { Box, Button, Chip, Grid, Menu, MenuItem, Paper, Stack, Typography } from "@mui/material";
import AddIcon from "@mui/icons-material/Add";
import { useTranslation } from "react-i18next";
import type { TFunction } from "i18next";
import { useLang } from "../../components/useLang";
import { JalaliDateField } from "../../components/JalaliDateField";
import { formatDate, formatNumber, type Lang } from "../../lib/format";
import { ChipSet, DecimalField, EditableContext, GroupInput, SelectField, SwitchField, TextInput, WholeField, useFieldError, useForm, type Option } from "./form";
import { useRowKeys, useStore, useValue } from "./store";
import { AddRowButton, EmptyLine, Explain, RemoveRowButton, SectionCard } from "./parts";
import { formatDecimal, parseDecimal, parseWhole } from "./numbers";
import { emptyRow, METHODS, MONTHS, PERIOD_KINDS, WEEKDAYS, WEEKS_OF_MONTH, type PeriodRow } from "./rules";

export interface MemberGroup {
  code: string;
  name: string;
}

export function memberGroupOptions(groups: MemberGroup[], t: TFunction, withAll?: string): Option[] {
  const options: Option[] = groups.map((g) => ({ value: g.code, label: `${g.name} (${g.code})` }));
  return withAll ? [{ value: "", label: t(withAll) }, ...options] : options;
}

export function EarningSection({ memberGroups }: { memberGroups: MemberGroup[] }) {
  const { t } = useTranslation("programme");
  const productGroups = useRowKeys("rules.earning.productGroups");
  const groups = useRowKeys("rules.earning.memberGroups");
  const periods = useRowKeys("rules.earning.periods");

  return (
    <Stack spacing={2}>
      <SectionCard title={t("earning.baseTitle")} subtitle={t("earning.baseHelp")}>
        <Grid container spacing={2}>
          <Grid size={{ xs: 12, sm: 6 }}>
            <WholeField path="rules.earning.rialsPerPoint" label={t("earning.rialsPerPoint")} unit={t("rialsPerPointUnit")} helper={t("earning.rialsPerPointHelp")} testId="earning-rials-per-point" />
          </Grid>
          <Grid size={{ xs: 12, sm: 6 }}>
            <DecimalField path="rules.earning.creditPercent" label={t("earning.creditPercent")} unit="%" placeholder="0" helper={t("earning.creditPercentHelp")} testId="earning-credit-percent" />
          </Grid>
          <Grid size={12}>
            <ChipSet path="rules.earning.methods" label={t("earning.methods")} helper={t("earning.methodsHelp")} options={METHODS.map((m) => ({ value: m, label: t(`methods.${m}`) }))} testId="earning-methods" />
          </Grid>
        </Grid>
        <EarningExample />
      </SectionCard>

      <SectionCard title={t("earning.productGroupsTitle")} subtitle={t("earning.productGroupsHelp")}>
        <CoefficientRows listPath="rules.earning.productGroups" rows={productGroups} kind="product" memberGroups={memberGroups} />
        <AddRowButton listPath="rules.earning.productGroups" label={t("earning.addProductGroup")} testId="add-product-group" />
      </SectionCard>

      <SectionCard title={t("earning.memberGroupsTitle")} subtitle={t("earning.memberGroupsHelp")}>
        <CoefficientRows listPath="rules.earning.memberGroups" rows={groups} kind="member" memberGroups={memberGroups} />
        <AddRowButton listPath="rules.earning.memberGroups" label={t("earning.addMemberGroup")} testId="add-member-group" />
      </SectionCard>

      <SectionCard title={t("earning.periodsTitle")} subtitle={t("earning.periodsHelp")} actions={<AddPeriodMenu />}>
        <Stack spacing={2}>
          {periods.length === 0 && <EmptyLine>{t("earning.noPeriods")}</EmptyLine>}
          {periods.map((key, i) => (
            <PeriodCard key={key} index={i} />
          ))}
        </Stack>
      </SectionCard>

      <SectionCard title={t("earning.pendingTitle")} subtitle={t("earning.pendingHelp")}>
        <Grid container spacing={2}>
          <Grid size={{ xs: 12, sm: 6 }}>
            <WholeField path="rules.earning.returnWindowDays" label={t("earning.returnWindowDays")} unit={t("days")} helper={t("earning.returnWindowDaysHelp")} testId="earning-return-window" />
          </Grid>
          <Grid size={{ xs: 12, sm: 6 }}>
            <SwitchField path="rules.allowNegativeBalance" label={t("earning.allowNegativeBalance")} helper={t("earning.allowNegativeBalanceHelp")} testId="earning-allow-negative" />
          </Grid>
        </Grid>
      </SectionCard>
    </Stack>
  );
}

/** "A purchase of 1,000,000 IRR earns 100 points and 10,000 IRR of credit." */
function EarningExample() {
  const { t } = useTranslation("programme");
  const lang = useLang();
  const rialsPerPoint = parseWhole(useValue<string>("rules.earning.rialsPerPoint"));
  const creditPercent = parseDecimal(useValue<string>("rules.earning.creditPercent") || "0");
  const sample = 1_000_000;
  if (rialsPerPoint == null || creditPercent == null) return null;
  return (
    <Explain testId="earning-example">
      {t("earning.example", {
        amount: formatNumber(sample, lang),
        points: formatNumber(rialsPerPoint > 0 ? Math.floor(sample / rialsPerPoint) : 0, lang),
        credit: formatNumber(Math.floor((sample * creditPercent) / 100), lang),
      })}
    </Explain>
  );
}

function CoefficientRows({ listPath, rows, kind, memberGroups }: { listPath: string; rows: string[]; kind: "product" | "member"; memberGroups: MemberGroup[] }) {
  const { t } = useTranslation("programme");
  if (rows.length === 0) return <EmptyLine>{kind === "product" ? t("earning.noProductGroups") : t("earning.noMemberGroups")}</EmptyLine>;
  return (
    <Stack spacing={1} sx={{ mb: 1 }}>
      {rows.map((key, i) => {
        const at = `${listPath}[${i}]`;
        return (
          <Stack key={key} direction="row" spacing={1} sx={{ alignItems: "flex-start" }} data-testid={`${kind}-group-row-${i}`}>
            <Grid container spacing={1.5} sx={{ flex: 1 }}>
              <Grid size={{ xs: 12, sm: 4 }}>
                {kind === "product" ? (
                  <GroupInput path={`${at}.group`} label={t("earning.productGroup")} testId={`${kind}-group-${i}`} />
                ) : (
                  <SelectField path={`${at}.group`} label={t("earning.memberGroup")} options={memberGroupOptions(memberGroups, t)} testId={`${kind}-group-${i}`} />
                )}
              </Grid>
              <Grid size={{ xs: 6, sm: 4 }}>
                <DecimalField path={`${at}.points`} label={t("earning.pointsCoefficient")} times placeholder="1" testId={`${kind}-group-${i}-points`} />
              </Grid>
              <Grid size={{ xs: 6, sm: 4 }}>
                <DecimalField path={`${at}.credit`} label={t("earning.creditCoefficient")} times placeholder="1" testId={`${kind}-group-${i}-credit`} />
              </Grid>
            </Grid>
            <Box sx={{ pt: 0.5 }}>
              <RemoveRowButton listPath={listPath} index={i} testId={`remove-${kind}-group-${i}`} />
            </Box>
          </Stack>
        );
      })}
    </Stack>
  );
}

/** "Add a period", empty or from a common pattern the owner can adjust. */
function AddPeriodMenu() {
  const { t } = useTranslation("programme");
  const form = useForm();
  const editable = useContext(EditableContext);
  const [anchor, setAnchor] = useState<HTMLElement | null>(null);
  if (!editable) return null;
  const add = (values: Partial<PeriodRow>) => {
    const periods = (form.value("rules.earning.periods") as PeriodRow[]) ?? [];
    form.set("rules.earning.periods", [...periods, emptyRow<PeriodRow>("rules.earning.periods", values)]);
    setAnchor(null);
  };
  return (
    <>
      <Button startIcon={<AddIcon />} size="small" variant="outlined" onClick={(e) => setAnchor(e.currentTarget)} data-testid="add-period">
        {t("earning.addPeriod")}
      </Button>
      <Menu anchorEl={anchor} open={!!anchor} onClose={() => setAnchor(null)}>
        <MenuItem onClick={() => add({})} data-testid="add-period-empty">
          {t("earning.presets.empty")}
        </MenuItem>
        <MenuItem onClick={() => add({ name: t("earning.presets.fridayMorningsName"), kind: "PROMO", weekdays: ["FRIDAY"], fromHour: "8", toHour: "12", points: "2" })} data-testid="add-period-friday">
          {t("earning.presets.fridayMornings")}
        </MenuItem>
        <MenuItem onClick={() => add({ name: t("earning.presets.paydayName"), kind: "PROMO", weeksOfMonth: [1], points: "1.5" })} data-testid="add-period-payday">
          {t("earning.presets.payday")}
        </MenuItem>
        <MenuItem onClick={() => add({ name: t("earning.presets.lowSeasonName"), kind: "LOW", months: [4, 5, 6], points: "1.5", credit: "1.5" })} data-testid="add-period-low">
          {t("earning.presets.lowSeason")}
        </MenuItem>
        <MenuItem onClick={() => add({ name: t("earning.presets.nowruzName"), kind: "HIGH", months: [12, 1], points: "1.2" })} data-testid="add-period-nowruz">
          {t("earning.presets.nowruz")}
        </MenuItem>
      </Menu>
    </>
  );
}

function hourLabel(h: number, lang: Lang) {
  return `${formatNumber(h, lang)}:${lang === "fa" ? "۰۰" : "00"}`;
}

const PeriodCard = memo(function PeriodCard({ index }: { index: number }) {
  const { t } = useTranslation("programme");
  const lang = useLang();
  const at = `rules.earning.periods[${index}]`;
  const anyHour = t("earning.anyHour");
  const fromHours: Option[] = [{ value: "", label: anyHour }, ...Array.from({ length: 24 }, (_, h) => ({ value: String(h), label: hourLabel(h, lang) }))];
  const toHours: Option[] = [{ value: "", label: anyHour }, ...Array.from({ length: 24 }, (_, h) => ({ value: String(h + 1), label: hourLabel(h + 1, lang) }))];
  return (
    <Paper variant="outlined" sx={{ p: 2, bgcolor: "#fbfcfc" }} data-testid={`period-${index}`}>
      <Stack direction="row" spacing={1} sx={{ alignItems: "center", mb: 1.5 }}>
        <Chip size="small" color="secondary" label={t("earning.periodNumber", { n: formatNumber(index + 1, lang) })} />
        <PeriodSummary index={index} />
        <RemoveRowButton listPath="rules.earning.periods" index={index} testId={`remove-period-${index}`} />
      </Stack>
      <Grid container spacing={1.5}>
        <Grid size={{ xs: 12, sm: 6, md: 4 }}>
          <TextInput path={`${at}.name`} label={t("earning.periodName")} testId={`period-${index}-name`} />
        </Grid>
        <Grid size={{ xs: 12, sm: 6, md: 4 }}>
          <SelectField
            path={`${at}.kind`}
            label={t("earning.periodKind")}
            options={[{ value: "", label: t("earning.kinds.none") }, ...PERIOD_KINDS.map((k) => ({ value: k, label: t(`earning.kinds.${k}`) }))]}
            testId={`period-${index}-kind`}
          />
        </Grid>
        <Grid size={{ xs: 6, md: 2 }}>
          <DecimalField path={`${at}.points`} label={t("earning.pointsCoefficient")} times placeholder="1" testId={`period-${index}-points`} />
        </Grid>
        <Grid size={{ xs: 6, md: 2 }}>
          <DecimalField path={`${at}.credit`} label={t("earning.creditCoefficient")} times placeholder="1" testId={`period-${index}-credit`} />
        </Grid>
        <Grid size={{ xs: 12 }}>
          <ChipSet path={`${at}.weekdays`} label={t("earning.weekdays")} helper={t("earning.weekdaysHelp")} options={WEEKDAYS.map((d) => ({ value: d, label: t(`weekdays.${d}`) }))} testId={`period-${index}-weekdays`} />
        </Grid>
        <Grid size={{ xs: 6, sm: 3 }}>
          <SelectField path={`${at}.fromHour`} label={t("earning.fromHour")} options={fromHours} testId={`period-${index}-from-hour`} />
        </Grid>
        <Grid size={{ xs: 6, sm: 3 }}>
          <SelectField path={`${at}.toHour`} label={t("earning.toHour")} options={toHours} testId={`period-${index}-to-hour`} />
        </Grid>
        <Grid size={{ xs: 6, sm: 3 }}>
          <PeriodDate index={index} end="from" />
        </Grid>
        <Grid size={{ xs: 6, sm: 3 }}>
          <PeriodDate index={index} end="to" />
        </Grid>
        <Grid size={{ xs: 12, md: 7 }}>
          <ChipSet path={`${at}.months`} label={t("earning.months")} options={MONTHS.map((m) => ({ value: m, label: t(`months.${m}`) }))} testId={`period-${index}-months`} />
        </Grid>
        <Grid size={{ xs: 12, md: 5 }}>
          <ChipSet
            path={`${at}.weeksOfMonth`}
            label={t("earning.weeksOfMonth")}
            helper={t("earning.weeksOfMonthHelp")}
            options={WEEKS_OF_MONTH.map((w) => ({ value: w, label: t(`weeks.${w}`), title: t(`weeksDays.${w}`) }))}
            testId={`period-${index}-weeks`}
          />
        </Grid>
      </Grid>
    </Paper>
  );
});

function PeriodSummary({ index }: { index: number }) {
  const { t } = useTranslation("programme");
  const lang = useLang();
  const period = useValue<PeriodRow>(`rules.earning.periods[${index}]`);
  return (
    <Typography variant="body2" sx={{ flex: 1, fontWeight: 500 }} data-testid={`period-${index}-summary`}>
      <bdi>{period.name || t("earning.unnamedPeriod")}</bdi>: {periodSummary(period, t, lang)}
    </Typography>
  );
}

/** A period's first or last day, picked on the Jalali calendar. */
function PeriodDate({ index, end }: { index: number; end: "from" | "to" }) {
  const { t } = useTranslation("programme");
  const lang = useLang();
  const store = useStore();
  const editable = useContext(EditableContext);
  const path = `rules.earning.periods[${index}].${end}`;
  const value = useValue<string>(path);
  const from = useValue<string>(`rules.earning.periods[${index}].from`);
  const error = useFieldError(path);
  const label = end === "from" ? t("earning.fromDate") : t("earning.toDate");
  if (!editable) return <ReadOnlyDate label={label} value={value} lang={lang} />;
  return (
    <JalaliDateField
      label={label}
      value={value || null}
      onChange={(v) => store.set(path, v ?? "")}
      error={!!error}
      helperText={error ?? " "}
      name={`period-${index}-${end}`}
      minDate={end === "to" ? from || undefined : undefined}
    />
  );
}

function ReadOnlyDate({ label, value, lang }: { label: string; value: string; lang: Lang }) {
  return (
    <Box>
      <Typography variant="caption" color="text.secondary">
        {label}
      </Typography>
      <Typography>{value ? formatDate(value, lang) : "—"}</Typography>
    </Box>
  );
}

/** When a period applies and what it does: "Fridays, 8:00 to 12:00 — points ×2" */
export function periodSummary(p: PeriodRow, t: TFunction, lang: Lang): string {
  const parts: string[] = [];
  const sep = lang === "fa" ? "، " : ", ";
  if (p.weekdays.length) parts.push(WEEKDAYS.filter((d) => p.weekdays.includes(d)).map((d) => t(`weekdaysPlural.${d}`)).join(sep));
  const from = parseWhole(p.fromHour);
  const to = parseWhole(p.toHour);
  if (from != null && to != null) parts.push(t("earning.hoursRange", { from: hourLabel(from, lang), to: hourLabel(to, lang) }));
  if (p.months.length) parts.push(MONTHS.filter((m) => p.months.includes(m)).map((m) => t(`months.${m}`)).join(sep));
  if (p.weeksOfMonth.length) parts.push(WEEKS_OF_MONTH.filter((w) => p.weeksOfMonth.includes(w)).map((w) => t(`weeksLong.${w}`)).join(sep));
  if (p.from || p.to) parts.push(t("earning.dateRange", { from: p.from ? formatDate(p.from, lang) : "…", to: p.to ? formatDate(p.to, lang) : "…" }));
  const when = parts.length ? parts.join(sep) : t("earning.always");
  const points = parseDecimal(p.points || "1");
  const credit = parseDecimal(p.credit || "1");
  const effects: string[] = [];
  if (points != null && points !== 1) effects.push(t("earning.pointsTimes", { x: formatDecimal(points, lang) }));
  if (credit != null && credit !== 1) effects.push(t("earning.creditTimes", { x: formatDecimal(credit, lang) }));
  return `${when} — ${effects.length ? effects.join(sep) : t("earning.noEffect")}`;
}
