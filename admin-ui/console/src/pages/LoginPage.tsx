import { useState, type FormEvent } from "react";
import { Alert, Box, Button, Collapse, IconButton, Paper, Stack, TextField, Tooltip, Typography } from "@mui/material";
import TranslateIcon from "@mui/icons-material/Translate";
import { Navigate, useLocation, useNavigate } from "react-router";
import { useTranslation } from "react-i18next";
import { ApiError } from "../lib/api";
import { logIn } from "../lib/queries";
import { sessionEnded, useSession } from "../lib/session";
import { useLanguageSwitch } from "../components/LanguageSwitch";
import { ProblemAlert } from "../components/ProblemAlert";

const LAST_CLUB = "bashgah.lastClub";

export function LoginPage() {
  const { t } = useTranslation("auth");
  const { t: tc } = useTranslation();
  const session = useSession();
  const navigate = useNavigate();
  const location = useLocation();
  const switchLanguage = useLanguageSwitch();
  const [tenant, setTenant] = useState(() => localStorage.getItem(LAST_CLUB) ?? "");
  const [username, setUsername] = useState("");
  const [password, setPassword] = useState("");
  const [otp, setOtp] = useState("");
  const [needOtp, setNeedOtp] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  // Sent here because the server ended the session (expired, ended elsewhere, the account changed).
  const [ended] = useState(sessionEnded);

  if (session.token && session.me) return <Navigate to="/" replace />;

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setBusy(true);
    setError(null);
    try {
      const club = tenant.trim() || null;
      const answer = await logIn({ tenant: club, username: username.trim(), password, otp: otp.trim() || undefined });
      if (club) localStorage.setItem(LAST_CLUB, club);
      session.signIn(answer.accessToken, club);
      const from = (location.state as { from?: string } | null)?.from;
      navigate(from && from !== "/login" ? from : "/", { replace: true });
    } catch (err) {
      if (err instanceof ApiError && err.slug === "mfa-required") {
        // The first answer of an MFA account asks for the code; later ones say it was wrong.
        if (needOtp) setError(err);
        setNeedOtp(true);
      } else {
        setError(err);
      }
    } finally {
      setBusy(false);
    }
  };

  return (
    <Box sx={{ minHeight: "100vh", display: "grid", placeItems: "center", p: 2, background: "linear-gradient(135deg, #0b5e55 0%, #12867a 55%, #f4f6f5 55%)" }}>
      <Paper component="form" onSubmit={submit} sx={{ p: { xs: 3, sm: 4 }, width: "100%", maxWidth: 420 }} noValidate>
        <Stack direction="row" sx={{ alignItems: "center", justifyContent: "space-between", mb: 2 }}>
          <Box>
            <Typography variant="h4" sx={{ fontWeight: 800, color: "primary.main" }}>
              {tc("appName")}
            </Typography>
            <Typography color="text.secondary">{t("title")}</Typography>
          </Box>
          <Tooltip title={tc("language")}>
            <IconButton onClick={switchLanguage} aria-label={tc("language")} data-testid="language-switch">
              <TranslateIcon />
            </IconButton>
          </Tooltip>
        </Stack>
        <Stack spacing={2}>
          {ended && !error && (
            <Alert severity="info" data-testid="session-ended">
              {t("sessionEnded")}
            </Alert>
          )}
          <TextField label={t("club")} helperText={t("clubHelp")} value={tenant} onChange={(e) => setTenant(e.target.value)} name="tenant" autoComplete="organization" slotProps={{ htmlInput: { dir: "ltr" } }} />
          <TextField label={t("username")} value={username} onChange={(e) => setUsername(e.target.value)} name="username" autoComplete="username" required slotProps={{ htmlInput: { dir: "ltr" } }} />
          <TextField label={t("password")} type="password" value={password} onChange={(e) => setPassword(e.target.value)} name="password" autoComplete="current-password" required slotProps={{ htmlInput: { dir: "ltr" } }} />
          <Collapse in={needOtp} unmountOnExit>
            <Stack spacing={1}>
              <Alert severity="info" role="status">
                {t("mfaNeeded")}
              </Alert>
              <TextField label={t("otp")} helperText={t("otpHelp")} value={otp} onChange={(e) => setOtp(e.target.value)} name="otp" autoComplete="one-time-code" autoFocus slotProps={{ htmlInput: { dir: "ltr", inputMode: "numeric" } }} />
            </Stack>
          </Collapse>
          <ProblemAlert error={error} />
          <Button type="submit" variant="contained" size="large" disabled={busy || !username || !password} data-testid="sign-in">
            {t("signIn")}
          </Button>
        </Stack>
      </Paper>
    </Box>
  );
}
