import { createContext, useContext, useLayoutEffect, useRef, type ReactNode } from "react";
import {
  Autocomplete,
  Box,
  Chip,
  FormControl,
  FormControlLabel,
  FormHelperText,
  FormLabel,
  InputAdornment,
  MenuItem,
  Stack,
  Switch,
  TextField,
  Typography,
} from "@mui/material";
import { useTranslation } from "react-i18next";
import { useSession } from "../../lib/session";
import { useLang } from "../../components/useLang";
import { formatNumber } from "../../lib/format";
import { canonicalDecimal, canonicalWhole, groupedWhole, localDigits } from "./numbers";
import { getIn, type ProgrammeForm } from "./rules";
import type { Message } from "./validate";
import { sameList, useSelector, useStore, useValue } from "./store";

/**
 * The programme form's inputs: each names the JSON path it edits ("rules.earning.rialsPerPoint"),
 * the same path the server names a mistake by, and finds its value, its setter and its error by it.
 */

/** Whether the inputs below may be changed (the plan has the section's feature and the caller may configure). */
export const EditableContext = createContext(true);

/**
 * The form for what reads it at a moment (a click adding a row) rather than showing it: no
 * subscription, so reading does not re-render.
 */
export interface FormApi {
  value(path: string): unknown;
  set(path: string, value: unknown): void;
}

export function useForm(): FormApi {
  const store = useStore();
  return { value: (path) => getIn(store.get().form, path), set: store.set };
}

/** The error to show beside the input at {@code path}, in the reader's language. */
export function useFieldError(path: string): string | undefined {
  const message = useMessage();
  return message(useSelector((s) => s.shownErrors()[path]));
}

/** The product groups the programme already names, suggested wherever a rule names one. */
export function productGroupsOf(form: ProgrammeForm): string[] {
  const names = [...form.rules.earning.productGroups.map((g) => g.group), ...form.rules.levels.productGroupWeights.map((g) => g.group)];
  return [...new Set(names.map((n) => n.trim()).filter(Boolean))];
}

export function useProductGroups(): string[] {
  return useSelector((s) => productGroupsOf(s.get().form), sameList);
}

/** The words of an error message in the reader's language. */
export function useMessage(): (m: Message | undefined) => string | undefined {
  const { t } = useTranslation("programme");
  const { t: tc } = useTranslation();
  const { unlockedBy } = useSession();
  const lang = useLang();
  const fmt = (v: unknown) => (typeof v === "number" ? formatNumber(v, lang) : v);
  return (m) => {
    if (!m) return undefined;
    if ("text" in m) return m.text;
    if (m.key === "featureLocked") {
      const feature = String(m.values?.feature ?? "");
      const plan = unlockedBy(feature);
      return t("errors.featureLocked", { plan: plan ? tc(`plans.${plan}`) : feature });
    }
    return t(`errors.${m.key}`, { ...m.values, min: fmt(m.values?.min), max: fmt(m.values?.max), paid: fmt(m.values?.paid), total: fmt(m.values?.total) });
  };
}

interface FieldProps {
  path: string;
  label: ReactNode;
  helper?: ReactNode;
  testId?: string;
  disabled?: boolean;
  placeholder?: string;
  sx?: object;
}

/**
 * The props of an input that shows a whole number grouped as it is typed (۸٬۰۰۰٬۰۰۰) and keeps
 * the caret after the same digit when the separators move.
 */
export function useGroupedInput(raw: string, onChange: (canonical: string) => void) {
  const lang = useLang();
  const ref = useRef<HTMLInputElement | null>(null);
  const caret = useRef<number | null>(null);
  const shown = groupedWhole(raw, lang);
  useLayoutEffect(() => {
    const input = ref.current;
    if (caret.current == null || !input || document.activeElement !== input) return;
    let digits = caret.current;
    let at = 0;
    while (at < shown.length && digits > 0) {
      if (/[0-9۰-۹]/.test(shown[at])) digits--;
      at++;
    }
    input.setSelectionRange(at, at);
    caret.current = null;
  }, [shown]);
  return {
    inputRef: ref,
    value: shown,
    onChange: (e: { target: HTMLInputElement | HTMLTextAreaElement }) => {
      const before = e.target.value.slice(0, e.target.selectionStart ?? e.target.value.length);
      caret.current = (before.match(/[0-9۰-۹٠-٩]/g) ?? []).length;
      onChange(canonicalWhole(e.target.value));
    },
  };
}

/** A whole number (rials, points, days): typed with any digits, grouped as it is typed, kept as canonical Latin text. */
export function WholeField({ path, label, helper, testId, disabled, placeholder, unit, sx }: FieldProps & { unit?: ReactNode }) {
  const store = useStore();
  const editable = useContext(EditableContext);
  const lang = useLang();
  const raw = String(useValue<string>(path) ?? "");
  const error = useFieldError(path);
  const grouped = useGroupedInput(raw, (v) => store.set(path, v));
  return (
    <TextField
      label={label}
      value={grouped.value}
      onChange={grouped.onChange}
      inputRef={grouped.inputRef}
      name={path}
      disabled={disabled || !editable}
      placeholder={placeholder ? localDigits(placeholder, lang) : undefined}
      error={!!error}
      helperText={error ?? helper ?? " "}
      sx={sx}
      slotProps={{
        htmlInput: { inputMode: "numeric", dir: "ltr", style: { textAlign: lang === "fa" ? "right" : "left" }, "data-testid": testId },
        inputLabel: placeholder ? { shrink: true } : undefined,
        input: unit ? { endAdornment: <InputAdornment position="end">{unit}</InputAdornment> } : undefined,
      }}
    />
  );
}

/** A coefficient (×1.5) or a percentage (2.5 %): typed with "." "٫" or "/" for the point. */
export function DecimalField({ path, label, helper, testId, disabled, placeholder, unit, sx, times }: FieldProps & { unit?: ReactNode; times?: boolean }) {
  const store = useStore();
  const editable = useContext(EditableContext);
  const lang = useLang();
  const { t } = useTranslation("programme");
  // A coefficient reads "۱٫۵ برابر" in Persian and "× 1.5" in English.
  const adornment = times
    ? lang === "fa"
      ? { endAdornment: <InputAdornment position="end">{t("times")}</InputAdornment> }
      : { startAdornment: <InputAdornment position="start">×</InputAdornment> }
    : unit
      ? { endAdornment: <InputAdornment position="end">{unit}</InputAdornment> }
      : undefined;
  const raw = String(useValue<string>(path) ?? "");
  const error = useFieldError(path);
  return (
    <TextField
      label={label}
      value={localDigits(raw, lang)}
      name={path}
      disabled={disabled || !editable}
      placeholder={placeholder ? localDigits(placeholder, lang) : undefined}
      onChange={(e) => store.set(path, canonicalDecimal(e.target.value))}
      error={!!error}
      helperText={error ?? helper ?? " "}
      sx={sx}
      slotProps={{
        htmlInput: { inputMode: "decimal", dir: "ltr", style: { textAlign: lang === "fa" ? "right" : "left" }, "data-testid": testId },
        inputLabel: placeholder ? { shrink: true } : undefined,
        input: adornment,
      }}
    />
  );
}

export function TextInput({ path, label, helper, testId, disabled, placeholder, dir, sx, upper }: FieldProps & { dir?: "ltr" | "rtl" | "auto"; upper?: boolean }) {
  const store = useStore();
  const editable = useContext(EditableContext);
  const error = useFieldError(path);
  const value = useValue<string>(path);
  return (
    <TextField
      label={label}
      value={String(value ?? "")}
      name={path}
      disabled={disabled || !editable}
      placeholder={placeholder}
      onChange={(e) => store.set(path, upper ? e.target.value.toUpperCase() : e.target.value)}
      error={!!error}
      helperText={error ?? helper ?? " "}
      sx={sx}
      slotProps={{ htmlInput: { dir: dir ?? "auto", "data-testid": testId } }}
    />
  );
}

export interface Option {
  value: string;
  label: ReactNode;
}

export function SelectField({ path, label, helper, testId, disabled, options, sx, onChange }: FieldProps & { options: Option[]; onChange?: (v: string) => void }) {
  const store = useStore();
  const editable = useContext(EditableContext);
  const error = useFieldError(path);
  const value = String(useValue<string>(path) ?? "");
  // A value the options do not list (a group deleted since) is still shown, not silently dropped.
  const all = value && !options.some((o) => o.value === value) ? [...options, { value, label: value }] : options;
  return (
    <TextField
      select
      label={label}
      value={value}
      name={path}
      disabled={disabled || !editable}
      onChange={(e) => (onChange ? onChange(e.target.value) : store.set(path, e.target.value))}
      error={!!error}
      helperText={error ?? helper ?? " "}
      sx={sx}
      slotProps={{ htmlInput: { "data-testid": testId }, select: { displayEmpty: true }, inputLabel: { shrink: true } }}
    >
      {all.map((o) => (
        <MenuItem key={o.value} value={o.value}>
          {o.label}
        </MenuItem>
      ))}
    </TextField>
  );
}

/** A product group: free text, with the groups the programme already names as suggestions. */
export function GroupInput({ path, label, helper, testId, sx }: FieldProps) {
  const store = useStore();
  const editable = useContext(EditableContext);
  const error = useFieldError(path);
  const value = String(useValue<string>(path) ?? "");
  const suggestions = useProductGroups();
  return (
    <Autocomplete
      freeSolo
      options={suggestions}
      value={value}
      inputValue={value}
      disabled={!editable}
      onInputChange={(_, v) => {
        if (v !== value) store.set(path, v);
      }}
      sx={sx}
      renderInput={(params) => (
        <TextField
          {...params}
          label={label}
          name={path}
          error={!!error}
          helperText={error ?? helper ?? " "}
          slotProps={{ ...params.slotProps, htmlInput: { ...params.slotProps.htmlInput, dir: "auto", "data-testid": testId } }}
        />
      )}
    />
  );
}

/** A choice of several values (weekdays, Jalali months, weeks of the month, payment methods) as chips. */
export function ChipSet<T extends string | number>({
  path,
  label,
  options,
  helper,
  testId,
}: {
  path: string;
  label: ReactNode;
  options: { value: T; label: ReactNode; title?: string }[];
  helper?: ReactNode;
  testId?: string;
}) {
  const store = useStore();
  const editable = useContext(EditableContext);
  const chosen = useValue<T[] | undefined>(path) ?? [];
  const error = useFieldError(path);
  const toggle = (v: T) => store.set(path, chosen.includes(v) ? chosen.filter((x) => x !== v) : [...chosen, v]);
  return (
    <FormControl error={!!error} component="fieldset" sx={{ width: "100%" }} data-testid={testId}>
      <FormLabel component="legend" sx={{ fontSize: 13, mb: 0.5 }}>
        {label}
      </FormLabel>
      <Stack direction="row" sx={{ flexWrap: "wrap", gap: 0.75 }}>
        {options.map((o) => {
          const on = chosen.includes(o.value);
          return (
            <Chip
              key={String(o.value)}
              label={o.label}
              title={o.title}
              size="small"
              color={on ? "primary" : "default"}
              variant={on ? "filled" : "outlined"}
              onClick={editable ? () => toggle(o.value) : undefined}
              aria-pressed={on}
              data-testid={testId ? `${testId}-${o.value}` : undefined}
            />
          );
        })}
      </Stack>
      <FormHelperText>{error ?? helper ?? " "}</FormHelperText>
    </FormControl>
  );
}

export function SwitchField({ path, label, helper, testId }: { path: string; label: ReactNode; helper?: ReactNode; testId?: string }) {
  const store = useStore();
  const editable = useContext(EditableContext);
  const error = useFieldError(path);
  const checked = useValue<boolean>(path) === true;
  return (
    <Box>
      <FormControlLabel
        control={
          <Switch checked={checked} disabled={!editable} onChange={(e) => store.set(path, e.target.checked)} slotProps={{ input: { "data-testid": testId } as object }} />
        }
        label={label}
      />
      {(error || helper) && (
        <FormHelperText error={!!error} sx={{ mt: -0.5, mx: 0 }}>
          {error ?? helper}
        </FormHelperText>
      )}
    </Box>
  );
}

/** An error of a whole list or group ("at least one level is required"), under its title. */
export function GroupError({ path }: { path: string }) {
  const error = useFieldError(path);
  if (!error) return null;
  return (
    <Typography color="error" variant="body2" sx={{ mt: 0.5 }} role="alert" data-error-path={path}>
      {error}
    </Typography>
  );
}

export { getIn, useValue };
