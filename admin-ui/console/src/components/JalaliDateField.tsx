import { Box } from "@mui/material";
import { DatePicker } from "@mui/x-date-pickers/DatePicker";
import { isoDateOf } from "../lib/tehran";

/**
 * A Jalali date picker whose value is the ISO calendar date (2026-11-23) the API takes; the
 * operator sees and types Jalali (۱۴۰۵/۰۹/۰۲).
 */
export function JalaliDateField({
  label,
  value,
  onChange,
  error,
  helperText,
  name,
  disableFuture,
  minDate,
  maxDate,
}: {
  label: string;
  value: string | null;
  onChange: (iso: string | null) => void;
  error?: boolean;
  helperText?: string;
  name?: string;
  disableFuture?: boolean;
  minDate?: string;
  maxDate?: string;
}) {
  const toDate = (iso: string | null | undefined) => (iso ? new Date(`${iso}T00:00:00`) : null);
  return (
    <Box data-testid={name ? `date-${name}` : undefined} sx={{ width: "100%" }}>
    <DatePicker
      label={label}
      value={toDate(value)}
      disableFuture={disableFuture}
      minDate={toDate(minDate) ?? undefined}
      maxDate={toDate(maxDate) ?? undefined}
      onChange={(d) => onChange(d && !Number.isNaN(d.getTime()) ? isoDateOf(d) : null)}
      slotProps={{ textField: { size: "small", fullWidth: true, error, helperText, name } }}
    />
    </Box>
  );
}
