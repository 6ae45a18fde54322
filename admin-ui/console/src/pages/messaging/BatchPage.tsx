import { useState, type ReactNode } from "react";
import { Alert, Box, Button, Chip, CircularProgress, Grid, LinearProgress, Paper, Stack, Tooltip, Typography } from "@mui/material";
import ArrowBackIcon from "@mui/icons-material/ArrowBack";
import ArrowForwardIcon from "@mui/icons-material/ArrowForward";
import { useQuery } from "@tanstack/react-query";
import { Link as RouterLink, useLocation, useParams } from "react-router";
import { useTranslation } from "react-i18next";
import { ApiError } from "../../lib/api";
import { formatNumber } from "../../lib/format";
import { useLang } from "../../components/useLang";
import { Code, JalaliDate } from "../../components/Figures";
import { ProblemAlert } from "../../components/ProblemAlert";
import { MessagingFrame } from "./MessagingFrame";
import { MessageText } from "./MessageParts";
import { useChannelName } from "./Channels";
import { BatchMessages } from "./BatchMessages";
import { batchQuery, STATUSES, type Batch, type MessageStatus } from "./queries";
import type { SentState } from "./ComposePage";

const COLORS: Record<MessageStatus, string> = {
  QUEUED: "#9aa5a1",
  SENT: "#0288d1",
  DELIVERED: "#2e7d32",
  FAILED: "#d32f2f",
  SUPPRESSED: "#ed6c02",
};

/**
 * While messages wait, the report is read again: every 3 s when they are due, every minute when
 * scheduled later. A segment's send writes its rows after the request, so while fewer rows are there
 * than it was sent to (`expected`, the 202's figures) or the server says it is still queueing, the
 * report is read again too.
 */
export function refreshEvery(batch: Batch | undefined, now = Date.now(), expected = 0): number | false {
  if (!batch) return false;
  const writing = batch.queueing === true || batch.total < expected;
  if (!writing && (batch.counts.QUEUED ?? 0) === 0) return false;
  return !writing && batch.sendAt && Date.parse(batch.sendAt) > now + 60_000 ? 60_000 : 3000;
}

/** One send's delivery report (GET /messages/batches/{id}): its messages counted per status, read again while any is queued. */
export function BatchPage() {
  const { batchId = "" } = useParams();
  const { t } = useTranslation("messaging");
  const lang = useLang();
  const location = useLocation();
  const [arrived] = useState(() => (location.state as SentState | null)?.queued ?? null);
  const expected = arrived ? arrived.recipients + arrived.suppressed : 0;
  const batch = useQuery({ ...batchQuery(batchId), refetchInterval: (q) => refreshEvery(q.state.data, Date.now(), expected) });
  const BackIcon = lang === "fa" ? ArrowForwardIcon : ArrowBackIcon;
  const b = batch.data;
  const queued = b ? Math.max(b.counts.QUEUED ?? 0, b.queueing || b.total < expected ? 1 : 0) : 0;
  const scheduled = !!b?.sendAt && Date.parse(b.sendAt) > Date.now();

  return (
    <MessagingFrame tab="sent" title={t("batch.title")} subtitle={t("batch.subtitle")}>
      <Button component={RouterLink} to="/messages" startIcon={<BackIcon />} size="small" sx={{ mb: 1 }} data-testid="back-to-batches">
        {t("batch.back")}
      </Button>
      {arrived && (
        <Alert severity="success" sx={{ mb: 2 }} data-testid="batch-queued">
          {t(arrived.status === "SCHEDULED" ? "batch.scheduledNotice" : "batch.queuedNotice", { count: arrived.recipients, n: formatNumber(arrived.recipients, lang) })}
          {arrived.suppressed > 0 && ` ${t("batch.suppressedNotice", { count: arrived.suppressed, n: formatNumber(arrived.suppressed, lang) })}`}
        </Alert>
      )}
      {batch.isPending && (
        <Box sx={{ display: "grid", placeItems: "center", minHeight: "30vh" }}>
          <CircularProgress />
        </Box>
      )}
      {batch.error instanceof ApiError && batch.error.status === 404 ? (
        <Alert severity="warning" data-testid="batch-not-found">
          {t("batch.notFound")}
        </Alert>
      ) : (
        <ProblemAlert error={batch.error} onRetry={() => void batch.refetch()} />
      )}
      {b && (
        <Stack spacing={2} data-testid="batch-report" data-queued={queued}>
          {queued > 0 && (
            <Box data-testid="batch-refreshing">
              <Typography variant="body2" color="text.secondary" sx={{ mb: 0.5 }}>
                {scheduled ? (
                  <>
                    {t("batch.waitingUntil")} <JalaliDate value={b.sendAt} time />
                  </>
                ) : (
                  t("batch.sending")
                )}
              </Typography>
              {!scheduled && <LinearProgress />}
            </Box>
          )}
          <Report batch={b} />
          <BatchMessages batch={b} refreshEvery={refreshEvery(b, Date.now(), expected)} />
          <Details batch={b} />
        </Stack>
      )}
    </MessagingFrame>
  );
}

function Report({ batch }: { batch: Batch }) {
  const { t } = useTranslation("messaging");
  const lang = useLang();
  const total = batch.total || STATUSES.reduce((s, x) => s + (batch.counts[x] ?? 0), 0);
  return (
    <Paper sx={{ p: 2.5 }}>
      <Stack direction="row" sx={{ justifyContent: "space-between", alignItems: "baseline", mb: 2 }}>
        <Typography variant="h6">{t("batch.report")}</Typography>
        <Typography variant="body2" color="text.secondary" data-testid="batch-total" data-value={total}>
          {t("batch.total", { n: formatNumber(total, lang) })}
        </Typography>
      </Stack>
      <Box sx={{ display: "flex", height: 12, borderRadius: 6, overflow: "hidden", bgcolor: "#eef1f0", mb: 2 }} aria-hidden>
        {STATUSES.map((s) => {
          const n = batch.counts[s] ?? 0;
          return n > 0 ? (
            <Tooltip key={s} title={`${t(`status.${s}`)}: ${formatNumber(n, lang)}`}>
              <Box sx={{ width: `${(n / Math.max(1, total)) * 100}%`, bgcolor: COLORS[s] }} />
            </Tooltip>
          ) : null;
        })}
      </Box>
      {(batch.doNotDisturb ?? 0) > 0 && (
        <Alert severity="warning" sx={{ mb: 2 }} data-testid="batch-do-not-disturb" data-value={batch.doNotDisturb}>
          {t("batch.doNotDisturb", { count: batch.doNotDisturb, n: formatNumber(batch.doNotDisturb, lang) })}
        </Alert>
      )}
      <Grid container spacing={1.5}>
        {STATUSES.map((s) => (
          <Grid key={s} size={{ xs: 6, sm: 4, md: 12 / 5 }}>
            <Paper variant="outlined" sx={{ p: 1.5, textAlign: "center", borderTop: `3px solid ${COLORS[s]}` }}>
              <Typography variant="body2" color="text.secondary">
                {t(`status.${s}`)}
              </Typography>
              <Typography variant="h5" sx={{ fontWeight: 700 }} data-testid={`batch-count-${s}`} data-value={batch.counts[s] ?? 0}>
                {formatNumber(batch.counts[s] ?? 0, lang)}
              </Typography>
              <Typography variant="caption" color="text.secondary">
                {t(`statusHelp.${s}`)}
              </Typography>
            </Paper>
          </Grid>
        ))}
      </Grid>
    </Paper>
  );
}

function Row({ label, children }: { label: string; children: ReactNode }) {
  return (
    <Stack direction="row" spacing={1} sx={{ py: 0.75 }}>
      <Typography variant="body2" color="text.secondary" sx={{ minWidth: 130, flexShrink: 0 }}>
        {label}
      </Typography>
      <Box sx={{ minWidth: 0, flex: 1 }}>{children}</Box>
    </Stack>
  );
}

function Details({ batch: b }: { batch: Batch }) {
  const { t } = useTranslation("messaging");
  const channelName = useChannelName();
  return (
    <Paper sx={{ p: 2.5 }} data-testid="batch-details">
      <Typography variant="h6" sx={{ mb: 1 }}>
        {t("batch.details")}
      </Typography>
      {b.channel && (
        <Row label={t("batch.channel")}>
          <Chip size="small" label={channelName(b.channel)} data-testid="batch-channel" data-channel={b.channel} />
        </Row>
      )}
      {b.segment && (
        <Row label={t("batch.segment")}>
          <bdi dir="ltr">{b.segment}</bdi>
        </Row>
      )}
      {b.template && (
        <Row label={t("batch.template")}>
          <bdi dir="ltr" data-testid="batch-template">
            {b.template}
          </bdi>
        </Row>
      )}
      {b.text && (
        <Row label={t("batch.text")}>
          <MessageText text={b.text} testId="batch-text" />
        </Row>
      )}
      {b.sendAt && (
        <Row label={t("batch.sendAt")}>
          <JalaliDate value={b.sendAt} time />
        </Row>
      )}
      {b.createdAt && (
        <Row label={t("batch.createdAt")}>
          <JalaliDate value={b.createdAt} time />
        </Row>
      )}
      {b.createdBy && (
        <Row label={t("batch.createdBy")}>
          <bdi dir="ltr">{b.createdBy}</bdi>
        </Row>
      )}
      <Row label={t("batch.id")}>
        <Code value={b.batchId} />
      </Row>
    </Paper>
  );
}
