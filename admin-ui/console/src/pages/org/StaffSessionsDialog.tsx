import { useEffect, useRef, useState } from "react";
import { Alert, LinearProgress } from "@mui/material";
import { useQuery } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import { FormDialog } from "../../components/FormDialog";
import { ConfirmDialog } from "../../components/ConfirmDialog";
import { ProblemAlert } from "../../components/ProblemAlert";
import { SessionList } from "../../components/SessionList";
import { staffSessionsQuery, useEndStaffSessions } from "./queries";

/**
 * A staff member's open sessions (where his account is signed in now), for whoever manages his
 * account: end one, or all of them after a confirmation; he is signed out there at once.
 */
export function StaffSessionsDialog({ username: usernameNow, onClose }: { username: string | null; onClose: () => void }) {
  const { t } = useTranslation("org");
  // While the dialog fades out the page has already forgotten whose sessions it showed.
  const last = useRef(usernameNow);
  if (usernameNow) last.current = usernameNow;
  const username = usernameNow ?? last.current ?? "";
  const open = !!usernameNow;
  const sessions = useQuery({ ...staffSessionsQuery(username), enabled: open });
  const end = useEndStaffSessions(username);
  const [confirming, setConfirming] = useState(false);

  useEffect(() => {
    if (open) {
      end.reset();
      setConfirming(false);
    }
    // Only when it opens for someone.
  }, [open, usernameNow]);

  const count = sessions.data?.length ?? 0;
  return (
    <>
      <FormDialog
        open={open}
        title={t("staff.sessionsTitle", { username })}
        onClose={onClose}
        onSubmit={() => setConfirming(true)}
        submitLabel={t("staff.endAll")}
        submitColor="error"
        submitDisabled={count === 0}
        busy={end.isPending}
        error={end.error}
        testId="staff-sessions-dialog"
        maxWidth="md"
        intro={t("staff.sessionsText")}
      >
        {sessions.isFetching && <LinearProgress />}
        <ProblemAlert error={sessions.error} onRetry={() => void sessions.refetch()} />
        {sessions.data && <SessionList sessions={sessions.data} onEnd={(s) => end.mutate(s.id)} busy={end.isPending} testId="staff-sessions" />}
        {end.isSuccess && (
          <Alert severity="success" data-testid="staff-sessions-ended">
            {end.variables ? t("staff.sessionEnded", { username }) : t("staff.endAllDone", { username })}
          </Alert>
        )}
      </FormDialog>
      <ConfirmDialog
        open={confirming}
        title={t("staff.endAllTitle", { username })}
        text={t("staff.endAllText", { username })}
        confirmLabel={t("staff.endAllConfirm")}
        onClose={() => setConfirming(false)}
        onConfirm={() => {
          setConfirming(false);
          end.mutate(undefined);
        }}
        testId="staff-sessions-end-all"
      />
    </>
  );
}
