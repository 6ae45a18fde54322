import { useState, type ReactNode } from "react";
import { Alert, Autocomplete, Box, Button, Chip, Divider, Grid, IconButton, InputAdornment, MenuItem, Paper, Stack, TextField, Tooltip, Typography } from "@mui/material";
import AddIcon from "@mui/icons-material/Add";
import DeleteIcon from "@mui/icons-material/DeleteOutlined";
import PlayIcon from "@mui/icons-material/PlayArrowRounded";
import { useMutation } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import { api, ApiError } from "../../lib/api";
import { formatNumber, formatRial } from "../../lib/format";
import { tehranToday } from "../../lib/tehran";
import { useLang } from "../../components/useLang";
import { JalaliDateField } from "../../components/JalaliDateField";
import { JalaliDate } from "../../components/Figures";
import { ProblemAlert } from "../../components/ProblemAlert";
import { useGroupedInput, useMessage } from "./form";
import { canonicalWhole, formatDecimal, groupedWhole, localDigits } from "./numbers";
import { dryRunBody, lineTotal, linesTotal, newLine, newPayment, normalizeTime, paymentAmounts, type DryRunForm, type DryRunQuote } from "./dryRun";
import { toLatinDigits } from "../../lib/digits";
import { METHODS, type Programme } from "./rules";
import type { Errors } from "./validate";

/** The staff's dry run of an invoice under a programme's saved rules (answers as POST /pos/invoices/dry-run does). */
export function dryRunPath(code: string) {
  return `/programmes/${encodeURIComponent(code)}/dry-run`;
}

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

export function DryRunPanel({ programme, dirty, productGroups }: { programme: Programme; dirty: boolean; productGroups: string[] }) {
  const { t } = useTranslation("programme");
  const lang = useLang();
  const message = useMessage();
  const [form, setForm] = useState<DryRunForm>(() => initialDryRun(productGroups[0] ?? ""));
  const [errors, setErrors] = useState<Errors>({});
  const [attempted, setAttempted] = useState(false);

  const run = useMutation({
    mutationFn: (body: unknown) => api<DryRunQuote>(dryRunPath(programme.code), { method: "POST", body }),
    onError: (error) => {
      if (error instanceof ApiError) {
        const server: Errors = {};
        for (const e of error.errors) server[e.field === "issuedAt" ? "date" : e.field] = { text: e.message };
        if (error.status === 404 && /member/i.test(error.detail ?? "")) server.memberCode = { key: "noMember" };
        setErrors(server);
      }
    },
  });

  const update = (next: DryRunForm) => {
    setForm(next);
    if (attempted) setErrors(dryRunBody(next).errors);
  };
  const submit = () => {
    setAttempted(true);
    const { body, errors: found } = dryRunBody(form);
    setErrors(found);
    if (body) run.mutate(body);
  };
  const err = (path: string) => message(errors[path]);
  const total = linesTotal(form);
  const amounts = paymentAmounts(form);
  const missing = isMissingEndpoint(run.error);
  const placedServerError = run.error instanceof ApiError && (run.error.errors.length > 0 || errors.memberCode);

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
                onChange={(e) => update({ ...form, memberCode: canonicalWhole(e.target.value) })}
                error={!!err("memberCode")}
                helperText={err("memberCode") ?? t("dryRun.memberCodeHelp")}
                slotProps={{ htmlInput: { inputMode: "numeric", dir: "ltr", "data-testid": "dryrun-member" } }}
              />
            </Grid>
            <Grid size={{ xs: 7, sm: 4 }}>
              <Box data-testid="dryrun-date">
                <JalaliDateField label={t("dryRun.date")} value={form.date || null} onChange={(v) => update({ ...form, date: v ?? "" })} error={!!err("date")} helperText={err("date") ?? " "} disableFuture name="dryrun-date" />
              </Box>
            </Grid>
            <Grid size={{ xs: 5, sm: 4 }}>
              <TextField
                label={t("dryRun.time")}
                value={localDigits(form.time, lang)}
                onChange={(e) => update({ ...form, time: toLatinDigits(e.target.value).replace(/[.٫/]/g, ":") })}
                onBlur={() => {
                  const time = normalizeTime(form.time);
                  if (time && time !== form.time) update({ ...form, time });
                }}
                placeholder={localDigits("14:30", lang)}
                error={!!err("time")}
                helperText={err("time") ?? t("dryRun.timeHelp")}
                slotProps={{ htmlInput: { "data-testid": "dryrun-time", dir: "ltr", inputMode: "numeric", style: { textAlign: lang === "fa" ? "right" : "left" } } }}
              />
            </Grid>
          </Grid>

          <Typography variant="subtitle2" sx={{ mt: 1, mb: 1.5 }}>
            {t("dryRun.lines")}
          </Typography>
          {err("lines") && (
            <Typography color="error" variant="body2" sx={{ mb: 1 }}>
              {err("lines")}
            </Typography>
          )}
          <Stack spacing={1}>
            {form.lines.map((line, i) => {
              const set = (patch: Partial<typeof line>) => update({ ...form, lines: form.lines.map((l, j) => (j === i ? { ...l, ...patch } : l)) });
              const lt = lineTotal(line);
              return (
                <Stack key={line.$key} direction="row" spacing={1} sx={{ alignItems: "flex-start" }} data-testid={`dryrun-line-${i}`}>
                  <Grid container spacing={1.5} sx={{ flex: 1 }}>
                    <Grid size={{ xs: 12, sm: 5 }}>
                      <Autocomplete
                        freeSolo
                        options={productGroups}
                        value={line.productGroup}
                        inputValue={line.productGroup}
                        onInputChange={(_, v) => set({ productGroup: v })}
                        renderInput={(params) => (
                          <TextField
                            {...params}
                            label={t("dryRun.productGroup")}
                            error={!!err(`lines[${i}].productGroup`)}
                            helperText={err(`lines[${i}].productGroup`) ?? " "}
                            slotProps={{ ...params.slotProps, htmlInput: { ...params.slotProps.htmlInput, dir: "auto", "data-testid": `dryrun-line-${i}-group` } }}
                          />
                        )}
                      />
                    </Grid>
                    <Grid size={{ xs: 4, sm: 2 }}>
                      <AmountInput label={t("dryRun.quantity")} value={line.quantity} onChange={(v) => set({ quantity: v })} error={err(`lines[${i}].quantity`)} testId={`dryrun-line-${i}-quantity`} />
                    </Grid>
                    <Grid size={{ xs: 8, sm: 5 }}>
                      <AmountInput
                        label={t("dryRun.unitPrice")}
                        value={line.unitPrice}
                        onChange={(v) => set({ unitPrice: v })}
                        error={err(`lines[${i}].unitPrice`)}
                        helper={lt != null && line.quantity !== "1" ? t("dryRun.lineTotal", { total: formatRial(lt, lang) }) : undefined}
                        unit={t("rialUnit")}
                        testId={`dryrun-line-${i}-price`}
                      />
                    </Grid>
                  </Grid>
                  <Tooltip title={t("remove")}>
                    <span>
                      <IconButton size="small" sx={{ mt: 0.5 }} aria-label={t("remove")} disabled={form.lines.length === 1} onClick={() => update({ ...form, lines: form.lines.filter((_, j) => j !== i) })} data-testid={`dryrun-remove-line-${i}`}>
                        <DeleteIcon fontSize="small" />
                      </IconButton>
                    </span>
                  </Tooltip>
                </Stack>
              );
            })}
          </Stack>
          <Button size="small" startIcon={<AddIcon />} onClick={() => update({ ...form, lines: [...form.lines, newLine()] })} data-testid="dryrun-add-line">
            {t("dryRun.addLine")}
          </Button>

          <Stack direction="row" sx={{ justifyContent: "space-between", alignItems: "center", mt: 2, mb: 1.5 }}>
            <Typography variant="subtitle2">{t("dryRun.payments")}</Typography>
            <Typography variant="body2" color="text.secondary" data-testid="dryrun-invoice-total">
              {t("dryRun.invoiceTotal", { total: formatRial(total, lang) })}
            </Typography>
          </Stack>
          {err("payments") && (
            <Typography color="error" variant="body2" sx={{ mb: 1 }} data-testid="dryrun-payments-error">
              {err("payments")}
            </Typography>
          )}
          <Stack spacing={1}>
            {form.payments.map((p, i) => {
              const set = (patch: Partial<typeof p>) => update({ ...form, payments: form.payments.map((x, j) => (j === i ? { ...x, ...patch } : x)) });
              return (
                <Stack key={p.$key} direction="row" spacing={1} sx={{ alignItems: "flex-start" }} data-testid={`dryrun-payment-${i}`}>
                  <Grid container spacing={1.5} sx={{ flex: 1 }}>
                    <Grid size={{ xs: 5, sm: 4 }}>
                      <TextField select label={t("dryRun.method")} value={p.method} onChange={(e) => set({ method: e.target.value })} slotProps={{ htmlInput: { "data-testid": `dryrun-payment-${i}-method` } }} helperText=" ">
                        {METHODS.map((m) => (
                          <MenuItem key={m} value={m}>
                            {t(`methods.${m}`)}
                          </MenuItem>
                        ))}
                      </TextField>
                    </Grid>
                    <Grid size={{ xs: 7, sm: 8 }}>
                      <AmountInput
                        label={t("dryRun.amount")}
                        value={p.amount}
                        onChange={(v) => set({ amount: v })}
                        placeholder={p.amount === "" && amounts[i] != null ? groupedWhole(String(amounts[i]), lang) : undefined}
                        helper={p.amount === "" && amounts[i] != null ? t("dryRun.restOfTotal") : undefined}
                        error={err(`payments[${i}].amount`)}
                        unit={t("rialUnit")}
                        testId={`dryrun-payment-${i}-amount`}
                      />
                    </Grid>
                  </Grid>
                  <Tooltip title={t("remove")}>
                    <span>
                      <IconButton size="small" sx={{ mt: 0.5 }} aria-label={t("remove")} disabled={form.payments.length === 1} onClick={() => update({ ...form, payments: form.payments.filter((_, j) => j !== i) })} data-testid={`dryrun-remove-payment-${i}`}>
                        <DeleteIcon fontSize="small" />
                      </IconButton>
                    </span>
                  </Tooltip>
                </Stack>
              );
            })}
          </Stack>
          <Button size="small" startIcon={<AddIcon />} onClick={() => update({ ...form, payments: [...form.payments, newPayment("CARD")] })} data-testid="dryrun-add-payment">
            {t("dryRun.addPayment")}
          </Button>
          <Box sx={{ mt: 2 }}>
            <Button type="submit" variant="contained" startIcon={<PlayIcon />} disabled={run.isPending} data-testid="dryrun-submit">
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
        {run.data && !run.isPending && <QuoteView quote={run.data} programme={programme} />}
        {!run.data && !run.error && (
          <Paper sx={{ p: 3, color: "text.secondary", textAlign: "center" }}>
            <Typography variant="body2">{t("dryRun.empty")}</Typography>
          </Paper>
        )}
      </Grid>
    </Grid>
  );
}

function AmountInput({ label, value, onChange, error, helper, placeholder, unit, testId }: { label: string; value: string; onChange: (v: string) => void; error?: string; helper?: ReactNode; placeholder?: string; unit?: string; testId: string }) {
  const lang = useLang();
  const grouped = useGroupedInput(value, onChange);
  return (
    <TextField
      label={label}
      value={grouped.value}
      onChange={grouped.onChange}
      inputRef={grouped.inputRef}
      placeholder={placeholder}
      error={!!error}
      helperText={error ?? helper ?? " "}
      slotProps={{
        htmlInput: { inputMode: "numeric", dir: "ltr", style: { textAlign: lang === "fa" ? "right" : "left" }, "data-testid": testId },
        inputLabel: placeholder ? { shrink: true } : undefined,
        input: unit ? { endAdornment: <InputAdornment position="end">{unit}</InputAdornment> } : undefined,
      }}
    />
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
    [t("dryRun.result.memberGroupCoefficient"), `×${formatDecimal(quote.memberGroupCoefficient, lang)}`, "dryrun-member-group-coefficient"],
    [
      t("dryRun.result.period"),
      quote.period ? (
        <>
          <bdi>{quote.period}</bdi> (×{formatDecimal(quote.periodCoefficient, lang)})
        </>
      ) : (
        t("dryRun.result.noPeriod")
      ),
      "dryrun-period",
    ],
    [t("dryRun.result.earnMultiplier"), `×${formatDecimal(quote.earnMultiplier, lang)}`, "dryrun-multiplier"],
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
