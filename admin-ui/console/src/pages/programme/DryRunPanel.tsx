import { useCallback, useEffect, useState, type ReactNode } from "react";
import { Alert, Box, Button, Chip, Divider, Grid, Paper, Stack, TextField, Typography } from "@mui/material";
import PlayIcon from "@mui/icons-material/PlayArrowRounded";
import { useTranslation } from "react-i18next";
import { ApiError } from "../../lib/api";
import { useDryRun } from "./queries";
import { useSession } from "../../lib/session";
import { formatNumber, formatRial } from "../../lib/format";
import { tehranToday } from "../../lib/tehran";
import { useLang } from "../../components/useLang";
import { JalaliDate } from "../../components/Figures";
import { ProblemAlert } from "../../components/ProblemAlert";
import { useMessage, useProductGroups } from "./form";
import { canonicalWhole, formatDecimal, localDigits } from "./numbers";
import { dryRunBody, newLine, newPayment, normalizeTime, type DryRunForm, type DryRunQuote } from "./dryRun";
import { toLatinDigits } from "../../lib/digits";
import { type Programme } from "./rules";
import type { Errors } from "./validate";
import { DateInput, LinesEditor, PaymentsEditor, type Patch } from "./DryRunInvoice";

/**
 * The till's dry run, which staff who may use the till (permission "pos") call with their own
 * token: the invoice is priced under the member's own programme and level, nothing is stored.
 */
export { DRY_RUN_PATH } from "./queries";

/** Whether the server has no staff dry run yet (an older platform): a 404 or 405 of the path itself. */
export function isMissingEndpoint(error: unknown): boolean {
  return error instanceof ApiError && (error.status === 405 || (error.status === 404 && (error.detail ?? "") === "No such resource"));
}

function nowInTehran(): string {
  return new Intl.DateTimeFormat("en-GB", { timeZone: "Asia/Tehran", hour: "2-digit", minute: "2-digit", hourCycle: "h23" }).format(new Date());
}

export function initialDryRun(productGroup = ""): DryRunForm {
  const line = newLine(productGroup);
  return { memberCode: "", date: tehranToday(), time: nowInTehran(), lines: [{ ...line, quantity: "1", unitPrice: "1000000" }], payments: [newPayment("CASH")] };
}


export function DryRunPanel({ programme, programmes, dirty }: { programme: Programme; programmes: Programme[]; dirty: boolean }) {
  const { t } = useTranslation("programme");
  const lang = useLang();
  const message = useMessage();
  const { may } = useSession();
  const productGroups = useProductGroups();
  const [form, setForm] = useState<DryRunForm>(() => initialDryRun(productGroups[0] ?? ""));
  const [errors, setErrors] = useState<Errors>({});
  const [attempted, setAttempted] = useState(false);

  // Each part of the invoice re-renders when its own part changes, not on every keystroke elsewhere.
  const patch: Patch = useCallback((change) => setForm((f) => change(f)), []);
  useEffect(() => {
    if (attempted) setErrors(dryRunBody(form).errors);
  }, [form, attempted]);

  const run = useDryRun();
  const showServerErrors = (error: Error) => {
    if (error instanceof ApiError) {
      const server: Errors = {};
      for (const e of error.errors) server[e.field === "issuedAt" ? "date" : e.field] = { text: e.message };
      if (error.status === 404 && /member/i.test(error.detail ?? "")) server.memberCode = { key: "noMember" };
      setAttempted(false);
      setErrors(server);
    }
  };

  const submit = () => {
    const { body, errors: found } = dryRunBody(form);
    setAttempted(true);
    setErrors(found);
    if (body) run.mutate(body, { onError: showServerErrors });
  };
  const err = (path: string) => message(errors[path]);
  const missing = isMissingEndpoint(run.error);
  const placedServerError = run.error instanceof ApiError && (run.error.errors.length > 0 || errors.memberCode);
  const setDate = useCallback((v: string | null) => patch((f) => ({ ...f, date: v ?? "" })), [patch]);

  return (
    <Grid container spacing={2}>
      <Grid size={{ xs: 12, lg: 7 }}>
        <Paper sx={{ p: { xs: 2, sm: 3 } }} component="form" noValidate onSubmit={(e) => (e.preventDefault(), submit())} data-testid="dryrun-form">
          <Typography variant="h6" component="h2" sx={{ fontSize: 17, fontWeight: 700 }}>
            {t("dryRun.title")}
          </Typography>
          <Typography variant="body2" color="text.secondary" sx={{ mt: 0.5, mb: 2 }}>
            {t("dryRun.help", { version: formatNumber(programme.version, lang) })}
          </Typography>
          {!may("pos") && (
            <Alert severity="warning" sx={{ mb: 2 }} data-testid="dryrun-no-permission">
              {t("dryRun.needsPos")}
            </Alert>
          )}
          {dirty && (
            <Alert severity="info" sx={{ mb: 2 }} data-testid="dryrun-unsaved">
              {t("dryRun.unsaved")}
            </Alert>
          )}
          <Grid container spacing={2}>
            <Grid size={{ xs: 12, sm: 4 }}>
              <TextField
                label={t("dryRun.memberCode")}
                value={localDigits(form.memberCode, lang)}
                onChange={(e) => {
                  const memberCode = canonicalWhole(e.target.value);
                  patch((f) => ({ ...f, memberCode }));
                }}
                error={!!err("memberCode")}
                helperText={err("memberCode") ?? t("dryRun.memberCodeHelp")}
                slotProps={{ htmlInput: { inputMode: "numeric", dir: "ltr", "data-testid": "dryrun-member" } }}
              />
            </Grid>
            <Grid size={{ xs: 7, sm: 4 }}>
              <DateInput value={form.date} onChange={setDate} error={err("date")} label={t("dryRun.date")} />
            </Grid>
            <Grid size={{ xs: 5, sm: 4 }}>
              <TextField
                label={t("dryRun.time")}
                value={localDigits(form.time, lang)}
                onChange={(e) => {
                  const time = toLatinDigits(e.target.value).replace(/[.٫/]/g, ":");
                  patch((f) => ({ ...f, time }));
                }}
                onBlur={() => patch((f) => ({ ...f, time: normalizeTime(f.time) ?? f.time }))}
                placeholder={localDigits("14:30", lang)}
                error={!!err("time")}
                helperText={err("time") ?? t("dryRun.timeHelp")}
                slotProps={{ htmlInput: { "data-testid": "dryrun-time", dir: "ltr", inputMode: "numeric", style: { textAlign: lang === "fa" ? "right" : "left" } } }}
              />
            </Grid>
          </Grid>
          <LinesEditor lines={form.lines} errors={errors} productGroups={productGroups} patch={patch} />
          <PaymentsEditor form={form} errors={errors} patch={patch} />
          <Box sx={{ mt: 2 }}>
            <Button type="submit" variant="contained" startIcon={<PlayIcon />} disabled={run.isPending || !may("pos")} data-testid="dryrun-submit">
              {t("dryRun.submit")}
            </Button>
          </Box>
        </Paper>
      </Grid>
      <Grid size={{ xs: 12, lg: 5 }}>
        {missing ? (
          <Alert severity="warning" data-testid="dryrun-unavailable">
            {t("dryRun.unavailable")}
          </Alert>
        ) : run.error && !placedServerError ? (
          <ProblemAlert error={run.error} />
        ) : null}
        {run.data && !run.isPending && (
          <>
            {run.data.programme !== programme.code && (
              <Alert severity="info" sx={{ mb: 2 }} data-testid="dryrun-other-programme">
                {t("dryRun.otherProgramme", { name: programmes.find((p) => p.code === run.data.programme)?.name ?? run.data.programme })}
              </Alert>
            )}
            <QuoteView quote={run.data} programme={programmes.find((p) => p.code === run.data.programme) ?? programme} />
          </>
        )}
        {!run.data && !run.error && (
          <Paper sx={{ p: 3, color: "text.secondary", textAlign: "center" }}>
            <Typography variant="body2">{t("dryRun.empty")}</Typography>
          </Paper>
        )}
      </Grid>
    </Grid>
  );
}

function QuoteView({ quote, programme }: { quote: DryRunQuote; programme: Programme }) {
  const { t } = useTranslation("programme");
  const lang = useLang();
  const tiers = (programme.rules?.levels as { tiers?: { code: string; name?: string; nameEn?: string }[] } | undefined)?.tiers ?? [];
  const tier = tiers.find((x) => x.code === quote.level);
  const levelName = tier ? (lang === "en" && tier.nameEn) || tier.name || quote.level : quote.level;
  const rows: [string, ReactNode, string][] = [
    [t("dryRun.result.total"), formatRial(quote.total, lang), "dryrun-result-total"],
    [t("dryRun.result.eligible"), formatRial(quote.eligible, lang), "dryrun-eligible"],
    [t("dryRun.result.memberGroupCoefficient"), t("timesValue", { x: formatDecimal(quote.memberGroupCoefficient, lang) }), "dryrun-member-group-coefficient"],
    [
      t("dryRun.result.period"),
      quote.period ? (
        <>
          <bdi>{quote.period}</bdi> ({t("timesValue", { x: formatDecimal(quote.periodCoefficient, lang) })})
        </>
      ) : (
        t("dryRun.result.noPeriod")
      ),
      "dryrun-period",
    ],
    [t("dryRun.result.earnMultiplier"), t("timesValue", { x: formatDecimal(quote.earnMultiplier, lang) }), "dryrun-multiplier"],
    [t("dryRun.result.cashback"), formatRial(quote.cashback, lang), "dryrun-cashback"],
    [t("dryRun.result.discount"), `${formatDecimal(quote.discountPercent, lang)}${lang === "fa" ? "٪" : "%"}`, "dryrun-discount"],
  ];
  return (
    <Paper sx={{ p: { xs: 2, sm: 3 } }} data-testid="dryrun-result">
      <Stack direction="row" spacing={1} sx={{ alignItems: "center", mb: 2, flexWrap: "wrap", rowGap: 1 }}>
        <Typography variant="h6" component="h2" sx={{ fontSize: 17, fontWeight: 700, flex: 1 }}>
          {t("dryRun.result.title")}
        </Typography>
        <Chip size="small" color="primary" variant="outlined" label={t("dryRun.result.level", { level: levelName })} data-testid="dryrun-level" />
      </Stack>
      <Grid container spacing={2}>
        <Grid size={6}>
          <Figure label={t("dryRun.result.points")} value={formatNumber(quote.pointsEarned, lang)} testId="dryrun-points" />
        </Grid>
        <Grid size={6}>
          <Figure label={t("dryRun.result.credit")} value={formatRial(quote.creditEarned, lang)} testId="dryrun-credit" />
        </Grid>
      </Grid>
      {quote.availableAt ? (
        <Alert severity="info" sx={{ mt: 2 }} data-testid="dryrun-available-at">
          {t("dryRun.result.pendingUntil")} <JalaliDate value={quote.availableAt} time />
        </Alert>
      ) : (
        <Typography variant="body2" color="text.secondary" sx={{ mt: 2 }} data-testid="dryrun-available-at">
          {t("dryRun.result.availableNow")}
        </Typography>
      )}
      <Divider sx={{ my: 2 }} />
      <Stack spacing={1}>
        {rows.map(([label, value, testId]) => (
          <Stack key={testId} direction="row" sx={{ justifyContent: "space-between", gap: 2 }}>
            <Typography variant="body2" color="text.secondary">
              {label}
            </Typography>
            <Typography variant="body2" sx={{ fontWeight: 500, textAlign: "end" }} data-testid={testId}>
              {value}
            </Typography>
          </Stack>
        ))}
      </Stack>
      {quote.discountPercent > 0 && (
        <Typography variant="caption" color="text.secondary" component="p" sx={{ mt: 1.5 }}>
          {t("dryRun.result.discountNote")}
        </Typography>
      )}
    </Paper>
  );
}

function Figure({ label, value, testId }: { label: string; value: string; testId: string }) {
  return (
    <Box sx={{ bgcolor: "#eef5f3", borderRadius: 2, p: 2 }}>
      <Typography variant="body2" color="text.secondary">
        {label}
      </Typography>
      <Typography sx={{ fontSize: 26, fontWeight: 700, color: "primary.dark" }} data-testid={testId}>
        {value}
      </Typography>
    </Box>
  );
}
