import { useEffect, useRef } from "react";
import { Alert, Box, Button, LinearProgress, Paper, Stack, Typography } from "@mui/material";
import { useQuery } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import { useLocation } from "react-router";
import { ProblemAlert } from "../../components/ProblemAlert";
import { SessionList } from "../../components/SessionList";
import { mySessionsQuery, useEndMySessions } from "./queries";

/**
 * The caller's open sessions on the profile: where his account is signed in now, this browser
 * marked; he ends any other one, or all the others at once.
 */
export function SessionsPanel() {
  const { t } = useTranslation("auth");
  const sessions = useQuery(mySessionsQuery);
  const end = useEndMySessions();
  const others = (sessions.data ?? []).filter((s) => !s.current);
  // The staff page links here (/profile#sessions) from the caller's own row.
  const { hash } = useLocation();
  const panel = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (hash === "#sessions") panel.current?.scrollIntoView?.({ block: "start" });
  }, [hash]);
  return (
    <Paper sx={{ p: 3 }} id="sessions" ref={panel} data-testid="sessions-panel">
      <Stack direction={{ xs: "column", sm: "row" }} spacing={1} sx={{ alignItems: { sm: "center" }, justifyContent: "space-between", mb: 1 }}>
        <Box>
          <Typography variant="h6">{t("sessions.title")}</Typography>
          <Typography variant="body2" color="text.secondary">
            {t("sessions.subtitle")}
          </Typography>
        </Box>
        <Button color="warning" variant="outlined" onClick={() => end.mutate(others.map((s) => s.id))} disabled={others.length === 0 || end.isPending} data-testid="sessions-end-others">
          {t("sessions.endOthers")}
        </Button>
      </Stack>
      {sessions.isPending && <LinearProgress />}
      <ProblemAlert error={sessions.error} onRetry={() => void sessions.refetch()} />
      {sessions.data && <SessionList sessions={sessions.data} onEnd={(s) => end.mutate([s.id])} busy={end.isPending} />}
      <Box sx={{ mt: 2 }}>
        <ProblemAlert error={end.error} />
        {end.isSuccess && (
          <Alert severity="success" data-testid="sessions-ended">
            {(end.variables?.length ?? 0) > 1 ? t("sessions.othersEnded") : t("sessions.ended")}
          </Alert>
        )}
      </Box>
      <Typography variant="caption" color="text.secondary" component="p" sx={{ mt: 1 }}>
        {t("sessions.afterChange")}
      </Typography>
    </Paper>
  );
}
