import { memo, type ReactNode } from "react";
import { Autocomplete, Box, Button, Grid, IconButton, InputAdornment, MenuItem, Stack, TextField, Tooltip, Typography } from "@mui/material";
import AddIcon from "@mui/icons-material/Add";
import DeleteIcon from "@mui/icons-material/DeleteOutlined";
import { useTranslation } from "react-i18next";
import { formatRial } from "../../lib/format";
import { useLang } from "../../components/useLang";
import { JalaliDateField } from "../../components/JalaliDateField";
import { useGroupedInput, useMessage } from "./form";
import { groupedWhole } from "./numbers";
import { lineTotal, linesTotal, newLine, newPayment, paymentAmounts, type DryRunForm, type DryRunLine, type DryRunPayment } from "./dryRun";
import { METHODS } from "./rules";
import type { Errors } from "./validate";

// The sample invoice of the preview: its date, lines and payments, each part re-rendered only when it changes.

export type Patch = (change: (form: DryRunForm) => DryRunForm) => void;

export const DateInput = memo(function DateInput({ value, onChange, error, label }: { value: string; onChange: (v: string | null) => void; error?: string; label: string }) {
  return (
    <Box data-testid="dryrun-date">
      <JalaliDateField label={label} value={value || null} onChange={onChange} error={!!error} helperText={error ?? " "} disableFuture name="dryrun-date" />
    </Box>
  );
});

export const LinesEditor = memo(function LinesEditor({ lines, errors, productGroups, patch }: { lines: DryRunLine[]; errors: Errors; productGroups: string[]; patch: Patch }) {
  const { t } = useTranslation("programme");
  const lang = useLang();
  const message = useMessage();
  const err = (path: string) => message(errors[path]);
  const setLine = (i: number, change: Partial<DryRunLine>) => patch((f) => ({ ...f, lines: f.lines.map((l, j) => (j === i ? { ...l, ...change } : l)) }));
  return (
    <>
      <Typography variant="subtitle2" sx={{ mt: 1, mb: 1.5 }}>
        {t("dryRun.lines")}
      </Typography>
      {err("lines") && (
        <Typography color="error" variant="body2" sx={{ mb: 1 }}>
          {err("lines")}
        </Typography>
      )}
      <Stack spacing={1}>
        {lines.map((line, i) => {
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
                    onInputChange={(_, v) => {
                      if (v !== line.productGroup) setLine(i, { productGroup: v });
                    }}
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
                  <AmountInput label={t("dryRun.quantity")} value={line.quantity} onChange={(v) => setLine(i, { quantity: v })} error={err(`lines[${i}].quantity`)} testId={`dryrun-line-${i}-quantity`} />
                </Grid>
                <Grid size={{ xs: 8, sm: 5 }}>
                  <AmountInput
                    label={t("dryRun.unitPrice")}
                    value={line.unitPrice}
                    onChange={(v) => setLine(i, { unitPrice: v })}
                    error={err(`lines[${i}].unitPrice`)}
                    helper={lt != null && line.quantity !== "1" ? t("dryRun.lineTotal", { total: formatRial(lt, lang) }) : undefined}
                    unit={t("rialUnit")}
                    testId={`dryrun-line-${i}-price`}
                  />
                </Grid>
              </Grid>
              <Tooltip title={t("remove")}>
                <span>
                  <IconButton size="small" sx={{ mt: 0.5 }} aria-label={t("remove")} disabled={lines.length === 1} onClick={() => patch((f) => ({ ...f, lines: f.lines.filter((_, j) => j !== i) }))} data-testid={`dryrun-remove-line-${i}`}>
                    <DeleteIcon fontSize="small" />
                  </IconButton>
                </span>
              </Tooltip>
            </Stack>
          );
        })}
      </Stack>
      <Button size="small" startIcon={<AddIcon />} onClick={() => patch((f) => ({ ...f, lines: [...f.lines, newLine()] }))} data-testid="dryrun-add-line">
        {t("dryRun.addLine")}
      </Button>
    </>
  );
});

/** The payments; re-rendered with the lines too, since an empty amount stands for the rest of their total. */
export const PaymentsEditor = memo(
  function PaymentsEditor({ form, errors, patch }: { form: DryRunForm; errors: Errors; patch: Patch }) {
    const { t } = useTranslation("programme");
    const lang = useLang();
    const message = useMessage();
    const err = (path: string) => message(errors[path]);
    const total = linesTotal(form);
    const amounts = paymentAmounts(form);
    const setPayment = (i: number, change: Partial<DryRunPayment>) => patch((f) => ({ ...f, payments: f.payments.map((x, j) => (j === i ? { ...x, ...change } : x)) }));
    return (
      <>
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
          {form.payments.map((p, i) => (
            <Stack key={p.$key} direction="row" spacing={1} sx={{ alignItems: "flex-start" }} data-testid={`dryrun-payment-${i}`}>
              <Grid container spacing={1.5} sx={{ flex: 1 }}>
                <Grid size={{ xs: 5, sm: 4 }}>
                  <TextField select label={t("dryRun.method")} value={p.method} onChange={(e) => setPayment(i, { method: e.target.value })} slotProps={{ htmlInput: { "data-testid": `dryrun-payment-${i}-method` } }} helperText=" ">
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
                    onChange={(v) => setPayment(i, { amount: v })}
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
                  <IconButton size="small" sx={{ mt: 0.5 }} aria-label={t("remove")} disabled={form.payments.length === 1} onClick={() => patch((f) => ({ ...f, payments: f.payments.filter((_, j) => j !== i) }))} data-testid={`dryrun-remove-payment-${i}`}>
                    <DeleteIcon fontSize="small" />
                  </IconButton>
                </span>
              </Tooltip>
            </Stack>
          ))}
        </Stack>
        <Button size="small" startIcon={<AddIcon />} onClick={() => patch((f) => ({ ...f, payments: [...f.payments, newPayment("CARD")] }))} data-testid="dryrun-add-payment">
          {t("dryRun.addPayment")}
        </Button>
      </>
    );
  },
  (a, b) => a.form.lines === b.form.lines && a.form.payments === b.form.payments && a.errors === b.errors && a.patch === b.patch,
);

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

