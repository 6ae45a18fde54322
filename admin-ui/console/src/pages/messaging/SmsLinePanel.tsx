import { useState, type ReactNode } from "react";
import { Alert, Box, Button, LinearProgress, Paper, Stack, Typography } from "@mui/material";
import { useQuery } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import { useSession } from "../../lib/session";
import { Code, JalaliDate } from "../../components/Figures";
import { LockedFeature } from "../../components/Guards";
import { ConfirmDialog } from "../../components/ConfirmDialog";
import { ProblemAlert } from "../../components/ProblemAlert";
import { PROVIDERS, SmsLineDialog } from "./SmsLineDialog";
import { smsLineQuery, useRemoveSmsLine, type SmsLine } from "./queries";

/**
 * The club's own SMS line (plan feature C6; owner and manager, messages-configure): the line it sends
 * through instead of the platform's, with the API key shown only by its last characters. Without C6
 * the panel shows the lock with the plan that has it; without the permission it says who sets it.
 */
export function SmsLinePanel({ onSaved }: { onSaved: (message: string) => void }) {
  const { t } = useTranslation("messaging");
  const { may, has } = useSession();
  const locked = !has("C6");
  return (
    <Paper sx={{ p: 2.5 }} data-testid="sms-line" data-locked={locked}>
      <Stack direction="row" spacing={1} sx={{ alignItems: "center", flexWrap: "wrap", rowGap: 0.5 }}>
        <Typography variant="h6">{t("smsLine.title")}</Typography>
        {locked && <LockedFeature feature="C6" compact />}
      </Stack>
      <Typography variant="body2" color="text.secondary" sx={{ mb: 2 }}>
        {t("smsLine.help")}
      </Typography>
      {locked ? null : may("messages-configure") ? (
        <Line onSaved={onSaved} />
      ) : (
        <Alert severity="info" data-testid="sms-line-not-allowed">
          {t("smsLine.noPermission")}
        </Alert>
      )}
    </Paper>
  );
}

function Row({ label, children, testId }: { label: string; children: ReactNode; testId: string }) {
  return (
    <Stack direction="row" spacing={1} sx={{ py: 0.5 }}>
      <Typography variant="body2" color="text.secondary" sx={{ minWidth: 140, flexShrink: 0 }}>
        {label}
      </Typography>
      <Box sx={{ minWidth: 0 }} data-testid={testId}>
        {children}
      </Box>
    </Stack>
  );
}

function Line({ onSaved }: { onSaved: (message: string) => void }) {
  const { t } = useTranslation("messaging");
  const line = useQuery(smsLineQuery);
  const remove = useRemoveSmsLine();
  const [editing, setEditing] = useState(false);
  const [removing, setRemoving] = useState(false);
  const l: SmsLine | null | undefined = line.data;
  const provider = (p: string) => ((PROVIDERS as readonly string[]).includes(p) ? t(`smsLine.providers.${p}`) : p);

  return (
    <>
      {line.isPending && <LinearProgress />}
      <ProblemAlert error={line.error} onRetry={() => void line.refetch()} />
      {l === null && (
        <Alert severity="info" sx={{ mb: 2 }} data-testid="sms-line-platform">
          {t("smsLine.platform")}
        </Alert>
      )}
      {l && (
        <Box sx={{ mb: 2 }} data-testid="sms-line-current" data-provider={l.provider}>
          <Row label={t("smsLine.provider")} testId="sms-line-current-provider">
            {provider(l.provider)}
          </Row>
          <Row label={t("smsLine.maskedApiKey")} testId="sms-line-current-key">
            <bdi dir="ltr" style={{ fontFamily: "monospace" }}>
              {l.maskedApiKey}
            </bdi>
          </Row>
          <Row label={t("smsLine.sender")} testId="sms-line-current-sender">
            {l.sender ? <Code value={l.sender} /> : t("smsLine.noSender")}
          </Row>
          <Row label={t("smsLine.baseUrl")} testId="sms-line-current-base-url">
            {l.baseUrl ? <bdi dir="ltr">{l.baseUrl}</bdi> : t("smsLine.defaultBaseUrl")}
          </Row>
          {l.updatedAt && (
            <Row label={t("smsLine.updatedAt")} testId="sms-line-current-updated">
              <JalaliDate value={l.updatedAt} time />
            </Row>
          )}
        </Box>
      )}
      {l !== undefined && (
        <Stack direction="row" spacing={1}>
          <Button variant="contained" onClick={() => setEditing(true)} data-testid="sms-line-edit">
            {l ? t("smsLine.change") : t("smsLine.set")}
          </Button>
          {l && (
            <Button
              color="error"
              onClick={() => {
                remove.reset();
                setRemoving(true);
              }}
              data-testid="sms-line-remove"
            >
              {t("smsLine.remove")}
            </Button>
          )}
        </Stack>
      )}
      {editing && (
        <SmsLineDialog
          current={l ?? null}
          onClose={() => setEditing(false)}
          onSaved={() => {
            setEditing(false);
            onSaved(t("smsLine.saved"));
          }}
        />
      )}
      <ConfirmDialog
        open={removing}
        title={t("smsLine.removeTitle")}
        text={t("smsLine.removeText")}
        confirmLabel={t("smsLine.remove")}
        pending={remove.isPending}
        error={remove.error}
        testId="sms-line-remove-confirm"
        onClose={() => setRemoving(false)}
        onConfirm={() =>
          remove.mutate(undefined, {
            onSuccess: () => {
              setRemoving(false);
              onSaved(t("smsLine.removed"));
            },
          })
        }
      />
    </>
  );
}
