import { useCallback, useRef, useState } from "react";
import { Grid, Stack, Typography } from "@mui/material";
import { useQuery } from "@tanstack/react-query";
import { useNavigate, useSearchParams } from "react-router";
import { useTranslation } from "react-i18next";
import { ApiError, isField, newIdempotencyKey } from "../../lib/api";
import { formatDateTime, formatNumber, formatRial } from "../../lib/format";
import { useLang } from "../../components/useLang";
import { useDebounced } from "../../components/useDebounced";
import { ConfirmDialog } from "../../components/ConfirmDialog";
import { ProblemAlert } from "../../components/ProblemAlert";
import { MessagingFrame } from "./MessagingFrame";
import { composeBody, emptyCompose, type ComposeErrors, type ComposeForm } from "./compose";
import { ContentSection, EstimateCard, RecipientsSection, ScheduleSection, type Shown } from "./ComposeSections";
import { PreviewSection } from "./ComposePreview";
import { useChannelName } from "./Channels";
import { estimateQuery, useSend, type Queued, type SendBody } from "./queries";

/** What the batch page says on arrival from here. */
export interface SentState {
  queued: Queued;
}

type Field = keyof Shown;

/** The form's field a problem of the server names (to.memberCodes[3] is the codes box). */
function fieldOf(problemField: string): Field | null {
  if (isField(problemField, "segment")) return "segment";
  if (/memberCodes/.test(problemField) || problemField === "to") return "codes";
  if (isField(problemField, "sendAt")) return "date";
  if (isField(problemField, "template")) return "template";
  if (isField(problemField, "subject")) return "subject";
  if (isField(problemField, "text")) return "text";
  return null;
}

function serverProblems(error: unknown): Shown {
  const shown: Shown = {};
  if (!(error instanceof ApiError)) return shown;
  for (const e of error.errors) {
    const f = fieldOf(e.field);
    if (f && !shown[f]) shown[f] = e.message;
  }
  return shown;
}

/**
 * A message to members (C1): to member codes typed or pasted, or to a segment; on a channel the server
 * offers (SMS, email, web push: each with its plan feature); a template of that channel or a text
 * (with a subject on email and push) whose length, and SMS parts, follow the typing; now or at a
 * Jalali day and time. Before it is sent the server says whom it would reach and what it would cost,
 * and shows it as one real member would get it; the send itself carries one Idempotency-Key per
 * compose, so a retry after a timeout cannot send it twice; then the batch's page.
 */
export function ComposePage() {
  const { t } = useTranslation("messaging");
  const lang = useLang();
  const navigate = useNavigate();
  const channelName = useChannelName();
  const [search] = useSearchParams();
  const [form, setForm] = useState<ComposeForm>(() => ({
    ...emptyCompose,
    ...(search.get("segment") ? { to: "segment" as const, segment: search.get("segment")! } : {}),
    ...(search.get("members") ? { codes: search.get("members")!.split(",").join("\n") } : {}),
  }));
  const [attempted, setAttempted] = useState(false);
  const [confirming, setConfirming] = useState<SendBody | null>(null);

  const { body, estimate: toEstimate, preview, errors } = composeBody(form);
  // The estimate follows the form once the typing pauses; the key is the body itself.
  const estimateKey = toEstimate ? JSON.stringify(toEstimate) : null;
  const debounced = useDebounced(estimateKey, 500);
  const estimate = useQuery(estimateQuery(debounced ? (JSON.parse(debounced) as SendBody) : null));

  const send = useSend();
  const forgetSend = send.reset;
  // A change answers the server's last complaint: it is not shown against what it no longer says.
  const patch = useCallback(
    (change: Partial<ComposeForm>) => {
      setForm((f) => ({ ...f, ...change }));
      forgetSend();
    },
    [forgetSend],
  );
  // One key per compose, kept while the same message is retried; a changed message is a new send.
  const key = useRef<{ key: string; body: string } | null>(null);

  const message = (p: ComposeErrors[keyof ComposeErrors]) => (p ? t(`compose.errors.${p.key}`, p.values) : undefined);
  const own: Shown = {};
  for (const [f, p] of Object.entries(errors) as [Field, ComposeErrors[Field]][]) {
    // What is missing is said once the operator tries to send; what is wrong as soon as it is typed
    // (but a time only when he is done with it).
    if (p && (attempted || (!/Required$/.test(p.key) && f !== "time"))) own[f] = message(p);
  }
  const server = { ...serverProblems(estimate.error), ...serverProblems(send.error) };
  const shown: Shown = { ...server, ...own };

  const ask = () => {
    setAttempted(true);
    send.reset();
    if (body) setConfirming(body);
  };
  const confirm = () => {
    if (!confirming) return;
    const text = JSON.stringify(confirming);
    if (key.current?.body !== text) key.current = { key: newIdempotencyKey(), body: text };
    send.mutate(
      { body: confirming, key: key.current.key },
      {
        onSuccess: (queued) => navigate(`/messages/batches/${queued.batchId}`, { state: { queued } satisfies SentState }),
        onError: () => setConfirming(null),
      },
    );
  };

  const e = estimate.data;
  const unplaced = send.error instanceof ApiError ? send.error.errors.every((x) => fieldOf(x.field) === null) : !!send.error;

  return (
    <MessagingFrame tab="compose" subtitle={t("compose.subtitle")}>
      {unplaced && <ProblemAlert error={send.error} />}
      <Grid container spacing={2} sx={{ mt: unplaced ? 1 : 0 }}>
        <Grid size={{ xs: 12, md: 8 }}>
          <Stack spacing={2}>
            <RecipientsSection form={form} patch={patch} shown={shown} />
            <ContentSection form={form} patch={patch} shown={shown} />
            <PreviewSection form={form} patch={patch} body={preview} problem={shown.previewCode} />
            <ScheduleSection form={form} patch={patch} shown={shown} />
          </Stack>
        </Grid>
        <Grid size={{ xs: 12, md: 4 }}>
          <EstimateCard
            channel={form.channel}
            estimate={e}
            loading={estimate.isFetching}
            error={estimate.error}
            waiting={!estimateKey || debounced !== estimateKey}
            onSend={ask}
            sending={send.isPending}
          />
        </Grid>
      </Grid>
      <ConfirmDialog
        open={!!confirming}
        danger={false}
        testId="compose-confirm"
        title={confirming?.sendAt ? t("compose.confirmLaterTitle") : t("compose.confirmTitle")}
        confirmLabel={confirming?.sendAt ? t("compose.schedule") : t("compose.send")}
        pending={send.isPending}
        onClose={() => setConfirming(null)}
        onConfirm={confirm}
      >
        <Typography variant="body2" data-testid="compose-confirm-text">
          {e && debounced === estimateKey
            ? confirming?.channel === "SMS"
              ? t("compose.confirmText", {
                  n: formatNumber(e.recipients, lang),
                  count: e.recipients,
                  parts: formatNumber(e.smsParts, lang),
                  cost: e.estimatedCost == null ? t("estimate.noPrice") : formatRial(e.estimatedCost, lang),
                })
              : t("compose.confirmTextOther", { n: formatNumber(e.recipients, lang), count: e.recipients, channel: channelName(form.channel) })
            : t("compose.confirmUnknown")}
        </Typography>
        {confirming?.sendAt && (
          <Typography variant="body2" sx={{ mt: 1 }}>
            {t("compose.confirmAt", { at: formatDateTime(confirming.sendAt, lang) })}
          </Typography>
        )}
      </ConfirmDialog>
    </MessagingFrame>
  );
}
