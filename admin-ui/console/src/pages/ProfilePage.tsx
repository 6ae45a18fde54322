import { useState, type FormEvent } from "react";
import { Alert, Box, Button, Chip, Grid, List, ListItem, Paper, Stack, TextField, Typography } from "@mui/material";
import { QRCodeSVG } from "qrcode.react";
import { useTranslation } from "react-i18next";
import { useSession } from "../lib/session";
import { PageHeader } from "../components/PageHeader";
import { ProblemAlert } from "../components/ProblemAlert";
import { FeatureGate } from "../components/Guards";
import { SessionsPanel } from "./profile/SessionsPanel";
import { useChangePassword, useDisableMfa, useEnableMfa, useStartMfa } from "./profile/queries";

export function ProfilePage() {
  const { t } = useTranslation("auth");
  const { t: tc } = useTranslation();
  const { me, isPlatformAdmin } = useSession();
  if (!me) return null;
  return (
    <>
      <PageHeader title={t("profileTitle")} />
      <Grid container spacing={2}>
        <Grid size={{ xs: 12, md: 5 }}>
          <Paper sx={{ p: 3 }}>
            <Typography variant="h6">{me.username}</Typography>
            <Stack spacing={1} sx={{ mt: 2 }}>
              <Row label={t("role")} value={tc(`roles.${me.role}`)} />
              {me.tenant && <Row label={t("clubName")} value={me.tenant} />}
              {me.plan && <Row label={t("plan")} value={tc(`plans.${me.plan}`)} />}
              {me.branch && <Row label={tc("branch")} value={me.branch} />}
            </Stack>
          </Paper>
        </Grid>
        {!isPlatformAdmin && (
          <>
            <Grid size={{ xs: 12, md: 7 }}>
              <PasswordChange />
            </Grid>
            <Grid size={{ xs: 12 }}>
              <FeatureGate feature="K4" title={t("mfa")}>
                <MfaSettings />
              </FeatureGate>
            </Grid>
          </>
        )}
        <Grid size={{ xs: 12 }}>
          <SessionsPanel />
        </Grid>
      </Grid>
    </>
  );
}

function Row({ label, value }: { label: string; value: string }) {
  return (
    <Stack direction="row" spacing={1}>
      <Typography color="text.secondary" sx={{ minWidth: 96 }}>
        {label}
      </Typography>
      <Typography>{value}</Typography>
    </Stack>
  );
}

function PasswordChange() {
  const { t } = useTranslation("auth");
  const [current, setCurrent] = useState("");
  const [next, setNext] = useState("");
  const [repeat, setRepeat] = useState("");
  // The server ends every other session of the account; the list of them is read again.
  const change = useChangePassword();
  const mismatch = repeat.length > 0 && repeat !== next;
  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (!mismatch)
      change.mutate(
        { currentPassword: current, newPassword: next },
        {
          onSuccess: () => {
            setCurrent("");
            setNext("");
            setRepeat("");
          },
        },
      );
  };
  return (
    <Paper component="form" onSubmit={submit} sx={{ p: 3 }}>
      <Typography variant="h6" sx={{ mb: 2 }}>
        {t("changePassword")}
      </Typography>
      <Stack spacing={2}>
        <TextField type="password" label={t("currentPassword")} value={current} onChange={(e) => setCurrent(e.target.value)} autoComplete="current-password" name="currentPassword" />
        <TextField type="password" label={t("newPassword")} value={next} onChange={(e) => setNext(e.target.value)} autoComplete="new-password" name="newPassword" />
        <TextField type="password" label={t("repeatPassword")} value={repeat} onChange={(e) => setRepeat(e.target.value)} error={mismatch} helperText={mismatch ? t("mismatch") : " "} autoComplete="new-password" name="repeatPassword" />
        <ProblemAlert error={change.error} />
        {change.isSuccess && <Alert severity="success" data-testid="password-changed">{t("passwordChanged")}</Alert>}
        <Box>
          <Button type="submit" variant="contained" disabled={!current || !next || mismatch || change.isPending}>
            {t("changePassword")}
          </Button>
        </Box>
      </Stack>
    </Paper>
  );
}

function MfaSettings() {
  const { t } = useTranslation("auth");
  const { me } = useSession();
  const [otp, setOtp] = useState("");
  const [password, setPassword] = useState("");
  // Turning MFA on or off ends every other session of the account (the hooks read them again).
  const start = useStartMfa();
  const confirm = useEnableMfa();
  const disable = useDisableMfa();
  const enable = () => confirm.mutate(otp, { onSuccess: () => disable.reset() });
  const turnOff = () =>
    disable.mutate(password, {
      onSuccess: () => {
        setPassword("");
        setOtp("");
        start.reset();
        confirm.reset();
      },
    });
  const on = me?.mfaEnabled === true;
  return (
    <Paper sx={{ p: 3 }}>
      <Stack direction="row" spacing={1} sx={{ alignItems: "center", mb: 2 }}>
        <Typography variant="h6">{t("mfa")}</Typography>
        <Chip size="small" color={on ? "success" : "default"} label={on ? t("mfaOn") : t("mfaOff")} data-testid="mfa-state" />
      </Stack>
      {confirm.data && (
        <Alert severity="success" sx={{ mb: 2 }} data-testid="mfa-enabled">
          {t("mfaEnabled")}
          <Typography sx={{ mt: 1, fontWeight: 700 }}>{t("recoveryCodes")}</Typography>
          <List dense sx={{ direction: "ltr", fontFamily: "monospace" }}>
            {confirm.data.recoveryCodes.map((c) => (
              <ListItem key={c}>{c}</ListItem>
            ))}
          </List>
        </Alert>
      )}
      {!on && disable.isSuccess && (
        <Alert severity="success" sx={{ mb: 2 }} data-testid="mfa-disabled">
          {t("mfaDisabled")}
        </Alert>
      )}
      {!on && !start.data && (
        <Button variant="contained" onClick={() => start.mutate()} disabled={start.isPending} data-testid="mfa-start">
          {t("mfaStart")}
        </Button>
      )}
      {!on && start.data && (
        <Stack direction={{ xs: "column", md: "row" }} spacing={3} sx={{ alignItems: "flex-start" }}>
          <Box sx={{ p: 1, bgcolor: "white", border: "1px solid #e3e8e6", borderRadius: 2 }}>
            <QRCodeSVG value={start.data.otpauthUri} size={168} />
          </Box>
          <Stack spacing={2} sx={{ flex: 1 }}>
            <Typography>{t("mfaScan")}</Typography>
            <TextField label={t("mfaSecret")} value={start.data.secret} data-testid="mfa-secret" slotProps={{ input: { readOnly: true, sx: { fontFamily: "monospace", direction: "ltr" } } }} />
            <TextField label={t("otp")} value={otp} onChange={(e) => setOtp(e.target.value)} name="otp" data-testid="mfa-otp" slotProps={{ htmlInput: { dir: "ltr", inputMode: "numeric" } }} />
            <ProblemAlert error={confirm.error} />
            <Box>
              <Button variant="contained" onClick={enable} disabled={!otp || confirm.isPending} data-testid="mfa-confirm">
                {t("mfaConfirm")}
              </Button>
            </Box>
          </Stack>
        </Stack>
      )}
      {on && (
        <Stack direction={{ xs: "column", sm: "row" }} spacing={2} sx={{ alignItems: { sm: "flex-start" } }}>
          <TextField type="password" label={t("mfaDisableConfirm")} value={password} onChange={(e) => setPassword(e.target.value)} sx={{ maxWidth: 320 }} name="mfaPassword" autoComplete="current-password" data-testid="mfa-password" />
          <Button color="warning" variant="outlined" onClick={turnOff} disabled={!password || disable.isPending} data-testid="mfa-disable">
            {t("mfaDisable")}
          </Button>
        </Stack>
      )}
      <Box sx={{ mt: 2 }}>
        <ProblemAlert error={start.error ?? disable.error} />
      </Box>
    </Paper>
  );
}
