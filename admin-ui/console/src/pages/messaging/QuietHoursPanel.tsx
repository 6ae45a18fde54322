import { useEffect, useState } from "react";
import { Alert, Button, CircularProgress, LinearProgress, Paper, Stack, TextField, Typography } from "@mui/material";
import { useQuery } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import { ApiError } from "../../lib/api";
import { useSession } from "../../lib/session";
import { normalizeTime } from "../../lib/tehran";
import { useLang } from "../../components/useLang";
import { ProblemAlert } from "../../components/ProblemAlert";
import { quietHoursQuery, useSaveQuietHours } from "./queries";

const persian = (s: string) => s.replace(/\d/g, (d) => "۰۱۲۳۴۵۶۷۸۹"[Number(d)]);

/**
 * The club's quiet hours, Tehran time: marketing messages due in them wait for their end; receipts
 * of what happened at the till do not. The same time twice means none.
 */
export function QuietHoursPanel({ onSaved }: { onSaved: (message: string) => void }) {
  const { t } = useTranslation("messaging");
  const { t: tc } = useTranslation();
  const lang = useLang();
  const { may } = useSession();
  const current = useQuery(quietHoursQuery);
  const save = useSaveQuietHours();
  const [from, setFrom] = useState("");
  const [until, setUntil] = useState("");
  const [touched, setTouched] = useState(false);
  useEffect(() => {
    if (current.data) {
      setFrom(lang === "fa" ? persian(current.data.from) : current.data.from);
      setUntil(lang === "fa" ? persian(current.data.until) : current.data.until);
    }
  }, [current.data, lang]);

  const f = normalizeTime(from);
  const u = normalizeTime(until);
  const server = save.error instanceof ApiError ? save.error : null;
  const fromError = touched && !f ? t("quiet.time") : server?.fieldError("from");
  const untilError = touched && !u ? t("quiet.time") : server?.fieldError("until");
  const canWrite = may("messages-send");
  const submit = () => {
    setTouched(true);
    if (f && u) save.mutate({ from: f, until: u }, { onSuccess: () => onSaved(f === u ? t("quiet.savedNone") : t("quiet.saved")) });
  };
  const shownTime = (s: string) => (lang === "fa" ? persian(s) : s);

  return (
    <Paper sx={{ p: 2.5 }} data-testid="quiet-hours">
      <Typography variant="h6">{t("quiet.title")}</Typography>
      <Typography variant="body2" color="text.secondary" sx={{ mb: 2 }}>
        {t("quiet.help")}
      </Typography>
      {current.isPending && <LinearProgress />}
      <ProblemAlert error={current.error} onRetry={() => void current.refetch()} />
      {current.data && (
        <Stack
          component="form"
          noValidate
          spacing={2}
          onSubmit={(e) => {
            e.preventDefault();
            submit();
          }}
        >
          <Stack direction={{ xs: "column", sm: "row" }} spacing={2}>
            <TextField
              label={t("quiet.from")}
              name="from"
              value={from}
              disabled={!canWrite}
              onChange={(e) => setFrom(e.target.value)}
              onBlur={() => f && setFrom(shownTime(f))}
              error={!!fromError}
              helperText={fromError ?? t("quiet.format")}
              sx={{ maxWidth: { sm: 200 } }}
              slotProps={{ htmlInput: { dir: "ltr", inputMode: "numeric", "data-testid": "quiet-from" } }}
            />
            <TextField
              label={t("quiet.until")}
              name="until"
              value={until}
              disabled={!canWrite}
              onChange={(e) => setUntil(e.target.value)}
              onBlur={() => u && setUntil(shownTime(u))}
              error={!!untilError}
              helperText={untilError ?? t("quiet.format")}
              sx={{ maxWidth: { sm: 200 } }}
              slotProps={{ htmlInput: { dir: "ltr", inputMode: "numeric", "data-testid": "quiet-until" } }}
            />
          </Stack>
          <Alert severity={f && u && f === u ? "warning" : "info"} data-testid="quiet-summary">
            {f && u
              ? f === u
                ? t("quiet.none")
                : t("quiet.summary", { from: shownTime(f), until: shownTime(u), zone: current.data.timeZone ?? "Asia/Tehran" })
              : t("quiet.incomplete")}
          </Alert>
          {server && server.errors.length === 0 && <ProblemAlert error={server} />}
          {canWrite && (
            <Stack direction="row">
              <Button
                type="submit"
                variant="contained"
                disabled={save.isPending}
                startIcon={save.isPending ? <CircularProgress size={16} color="inherit" /> : undefined}
                data-testid="quiet-save"
              >
                {tc("save")}
              </Button>
            </Stack>
          )}
        </Stack>
      )}
    </Paper>
  );
}
