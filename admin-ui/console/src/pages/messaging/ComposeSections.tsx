import { useRef, type ReactNode } from "react";
import {
  Alert,
  Box,
  Button,
  Chip,
  Divider,
  FormControlLabel,
  LinearProgress,
  Link,
  MenuItem,
  Paper,
  Stack,
  Switch,
  TextField,
  ToggleButton,
  ToggleButtonGroup,
  Typography,
} from "@mui/material";
import { useQuery } from "@tanstack/react-query";
import { Link as RouterLink } from "react-router";
import { useTranslation } from "react-i18next";
import { ApiError } from "../../lib/api";
import { useSession } from "../../lib/session";
import { formatNumber, formatRial } from "../../lib/format";
import { normalizeTime, tehranToday } from "../../lib/tehran";
import { useLang } from "../../components/useLang";
import { JalaliDateField } from "../../components/JalaliDateField";
import { MAX_SUBJECT, maxText, parseCodes, type ComposeForm } from "./compose";
import { insertAt, PLACEHOLDERS } from "./placeholders";
import { ChannelCounter, isMissingEndpoint, MessageText } from "./MessageParts";
import { channelOptions, useChannelName, useChannels } from "./Channels";
import { hasSubject, quietHoursQuery, segmentsQuery, templatesQuery, type Channel, type Estimate } from "./queries";

// The compose page's parts: whom to, what, when, and what it would reach and cost.

export type Patch = (change: Partial<ComposeForm>) => void;
/** The message to show under each field, already in words. */
export type Shown = Partial<Record<"codes" | "segment" | "template" | "subject" | "text" | "date" | "time" | "previewCode", string>>;

export function Section({ title, children, testId }: { title: string; children: ReactNode; testId: string }) {
  return (
    <Paper sx={{ p: 2.5 }} data-testid={testId}>
      <Typography variant="h6" sx={{ mb: 2 }}>
        {title}
      </Typography>
      <Stack spacing={2}>{children}</Stack>
    </Paper>
  );
}

export function RecipientsSection({ form, patch, shown }: { form: ComposeForm; patch: Patch; shown: Shown }) {
  const { t } = useTranslation("messaging");
  const lang = useLang();
  const segments = useQuery({ ...segmentsQuery, enabled: form.to === "segment" });
  const { codes, invalid } = parseCodes(form.codes);
  return (
    <Section title={t("compose.to")} testId="compose-recipients">
      <ToggleButtonGroup exclusive size="small" value={form.to} onChange={(_, v) => v && patch({ to: v })} aria-label={t("compose.to")}>
        <ToggleButton value="members" data-testid="compose-to-members">
          {t("compose.toMembers")}
        </ToggleButton>
        <ToggleButton value="segment" data-testid="compose-to-segment">
          {t("compose.toSegment")}
        </ToggleButton>
      </ToggleButtonGroup>
      {form.to === "members" ? (
        <TextField
          label={t("compose.codes")}
          name="codes"
          multiline
          minRows={3}
          maxRows={10}
          value={form.codes}
          onChange={(e) => patch({ codes: e.target.value })}
          error={!!shown.codes}
          helperText={
            shown.codes ??
            (codes.length > 0 && invalid.length === 0 ? t("compose.codesCount", { count: codes.length, n: formatNumber(codes.length, lang) }) : t("compose.codesHelp"))
          }
          slotProps={{ htmlInput: { dir: "ltr", "data-testid": "compose-codes", spellCheck: false } }}
        />
      ) : (
        <>
          <TextField
            select
            label={t("compose.segment")}
            name="segment"
            value={form.segment}
            onChange={(e) => patch({ segment: e.target.value })}
            error={!!shown.segment || !!segments.error}
            helperText={shown.segment ?? (isMissingEndpoint(segments.error) ? t("compose.segmentsMissing") : segments.error ? (segments.error as Error).message : " ")}
            slotProps={{ select: { "data-testid": "compose-segment" } as object }}
          >
            {(segments.data ?? []).map((s) => (
              <MenuItem key={s.code} value={s.code} data-testid={`compose-segment-option-${s.code}`}>
                {t("compose.segmentOption", { name: s.name, members: t("segments.membersCount", { count: s.members, n: formatNumber(s.members, lang) }) })}
              </MenuItem>
            ))}
            {segments.data?.length === 0 && (
              <MenuItem disabled value="">
                {t("compose.noSegments")}
              </MenuItem>
            )}
          </TextField>
          <Link component={RouterLink} to="/messages/segments" variant="body2">
            {t("compose.manageSegments")}
          </Link>
        </>
      )}
    </Section>
  );
}

export function ContentSection({ form, patch, shown }: { form: ComposeForm; patch: Patch; shown: Shown }) {
  const { t } = useTranslation("messaging");
  const channels = useChannels();
  const channelName = useChannelName();
  const templates = useQuery(templatesQuery);
  const ofChannel = (templates.data ?? []).filter((x) => x.channel === form.channel);
  const chosen = ofChannel.find((x) => x.code === form.template);
  const input = useRef<HTMLTextAreaElement>(null);
  const email = form.channel === "EMAIL";

  const insert = (name: string) => {
    const el = input.current;
    const { value, caret } = insertAt(form.text, `{${name}}`, el?.selectionStart ?? null, el?.selectionEnd ?? null);
    patch({ text: value });
    requestAnimationFrame(() => {
      el?.focus();
      el?.setSelectionRange(caret, caret);
    });
  };

  return (
    <Section title={t("compose.message")} testId="compose-message">
      <Stack direction={{ xs: "column", sm: "row" }} spacing={2} sx={{ alignItems: { sm: "center" } }}>
        <TextField
          select
          label={t("compose.channel")}
          name="channel"
          value={form.channel}
          // A template is of one channel: another channel's list has other templates.
          onChange={(e) => patch({ channel: e.target.value, template: "" })}
          sx={{ minWidth: 160, maxWidth: { sm: 320 } }}
          slotProps={{ select: { "data-testid": "compose-channel" } as object }}
        >
          {channelOptions(channels, channelName, "compose-channel-option", form.channel)}
        </TextField>
        <ToggleButtonGroup exclusive size="small" value={form.content} onChange={(_, v) => v && patch({ content: v })} aria-label={t("compose.message")}>
          <ToggleButton value="text" data-testid="compose-content-text">
            {t("compose.freeText")}
          </ToggleButton>
          <ToggleButton value="template" data-testid="compose-content-template">
            {t("compose.template")}
          </ToggleButton>
        </ToggleButtonGroup>
      </Stack>
      {form.content === "text" ? (
        <>
          {hasSubject(form.channel) && (
            <TextField
              label={t(form.channel === "PUSH" ? "compose.title" : "compose.subject")}
              name="subject"
              value={form.subject}
              onChange={(e) => patch({ subject: e.target.value })}
              error={!!shown.subject}
              helperText={shown.subject ?? t("compose.subjectHelp")}
              slotProps={{ htmlInput: { dir: "auto", maxLength: MAX_SUBJECT + 50, "data-testid": "compose-subject" } }}
            />
          )}
          <TextField
            label={t("compose.text")}
            name="text"
            multiline
            minRows={email ? 8 : 4}
            maxRows={email ? 24 : 12}
            value={form.text}
            onChange={(e) => patch({ text: e.target.value })}
            error={!!shown.text}
            helperText={shown.text ?? t("compose.textHelp")}
            inputRef={input}
            slotProps={{ htmlInput: { dir: "auto", "data-testid": "compose-text" } }}
          />
          <Stack direction="row" spacing={0.5} sx={{ flexWrap: "wrap", rowGap: 0.5, alignItems: "center" }} data-testid="compose-placeholders">
            <Typography variant="caption" color="text.secondary" sx={{ me: 0.5 }}>
              {t("compose.insert")}
            </Typography>
            {PLACEHOLDERS.map((p) => (
              <Chip key={p} size="small" variant="outlined" label={t(`placeholders.${p}`)} onClick={() => insert(p)} data-testid={`insert-${p}`} />
            ))}
          </Stack>
          <ChannelCounter channel={form.channel} text={form.text} max={maxText(form.channel)} testId="sms-count" />
        </>
      ) : (
        <>
          <TextField
            select
            label={t("compose.template")}
            name="template"
            value={chosen ? form.template : ""}
            onChange={(e) => patch({ template: e.target.value })}
            error={!!shown.template}
            helperText={shown.template ?? (templates.isSuccess && ofChannel.length === 0 ? t("compose.noTemplates", { channel: channelName(form.channel) }) : " ")}
            slotProps={{ select: { "data-testid": "compose-template" } as object }}
          >
            {ofChannel.map((x) => (
              <MenuItem key={x.code} value={x.code} data-testid={`compose-template-option-${x.code}`}>
                <bdi dir="ltr">{x.code}</bdi>
              </MenuItem>
            ))}
          </TextField>
          {chosen && <ChannelCounter channel={form.channel} text={chosen.text} max={maxText(form.channel)} testId="sms-count" />}
          <Link component={RouterLink} to="/messages/templates" variant="body2">
            {t("compose.manageTemplates")}
          </Link>
        </>
      )}
      {(form.content === "text" ? form.text.trim() : chosen?.text) && (
        <Box sx={{ p: 1.5, bgcolor: "#f7f9f8", borderRadius: 2 }}>
          <Typography variant="caption" color="text.secondary">
            {t("compose.preview")}
          </Typography>
          {(form.content === "text" ? hasSubject(form.channel) && form.subject.trim() : chosen?.subject) && (
            <MessageText text={form.content === "text" ? form.subject.trim() : (chosen?.subject ?? "")} testId="compose-preview-subject" />
          )}
          <MessageText text={form.content === "text" ? form.text.trim() : (chosen?.text ?? "")} testId="compose-preview" />
        </Box>
      )}
    </Section>
  );
}

export function ScheduleSection({ form, patch, shown }: { form: ComposeForm; patch: Patch; shown: Shown }) {
  const { t } = useTranslation("messaging");
  const lang = useLang();
  const quiet = useQuery(quietHoursQuery);
  const q = quiet.data;
  const digits = (s: string) => (lang === "fa" ? s.replace(/\d/g, (d) => "۰۱۲۳۴۵۶۷۸۹"[Number(d)]) : s);
  return (
    <Section title={t("compose.when")} testId="compose-when">
      <FormControlLabel
        control={<Switch checked={form.later} onChange={(e) => patch({ later: e.target.checked })} data-testid="compose-later" />}
        label={form.later ? t("compose.later") : t("compose.now")}
      />
      {form.later && (
        <Stack direction={{ xs: "column", sm: "row" }} spacing={2}>
          <JalaliDateField
            label={t("compose.date")}
            name="sendAt-date"
            value={form.date}
            minDate={tehranToday()}
            onChange={(date) => patch({ date })}
            error={!!shown.date}
            helperText={shown.date ?? " "}
          />
          <TextField
            label={t("compose.time")}
            name="time"
            value={form.time}
            placeholder="09:30"
            onChange={(e) => patch({ time: e.target.value })}
            onBlur={() => patch({ time: normalizeTime(form.time) ?? form.time })}
            error={!!shown.time}
            helperText={shown.time ?? t("compose.tehranTime")}
            sx={{ maxWidth: { sm: 180 } }}
            slotProps={{ htmlInput: { dir: "ltr", inputMode: "numeric", "data-testid": "compose-time" } }}
          />
        </Stack>
      )}
      {q && q.from !== q.until && (
        <Alert severity="info" data-testid="compose-quiet-hours">
          {t("compose.quietHours", { from: digits(q.from), until: digits(q.until) })}
        </Alert>
      )}
    </Section>
  );
}

function Figure({ label, children, testId, value }: { label: string; children: ReactNode; testId: string; value?: number | null }) {
  return (
    <Stack direction="row" sx={{ justifyContent: "space-between", py: 0.75 }}>
      <Typography variant="body2" color="text.secondary">
        {label}
      </Typography>
      <Typography variant="body2" sx={{ fontWeight: 700 }} data-testid={testId} data-value={value ?? undefined}>
        {children}
      </Typography>
    </Stack>
  );
}

/** What the send would reach and cost (POST /messages/estimate), and the send button. */
export function EstimateCard({
  channel,
  estimate,
  loading,
  error,
  waiting,
  onSend,
  sending,
}: {
  channel: Channel;
  estimate: Estimate | undefined;
  loading: boolean;
  error: unknown;
  /** Nothing to estimate yet: the recipients or the text are missing. */
  waiting: boolean;
  onSend: () => void;
  sending: boolean;
}) {
  const { t } = useTranslation("messaging");
  const lang = useLang();
  const { may } = useSession();
  const channelName = useChannelName();
  const e = estimate;
  return (
    <Paper sx={{ p: 2.5, position: { md: "sticky" }, top: { md: 88 } }} data-testid="compose-estimate">
      <Typography variant="h6" sx={{ mb: 1 }}>
        {t("estimate.title")}
      </Typography>
      {loading && <LinearProgress sx={{ mb: 1 }} />}
      {waiting && !e && (
        <Typography variant="body2" color="text.secondary" sx={{ mb: 1 }}>
          {t("estimate.waiting")}
        </Typography>
      )}
      {isMissingEndpoint(error) ? (
        <Typography variant="body2" color="text.secondary" sx={{ mb: 1 }}>
          {t("estimate.unavailable")}
        </Typography>
      ) : (
        error instanceof ApiError &&
        error.errors.length === 0 && (
          <Alert severity="warning" sx={{ mb: 1 }}>
            {error.detail ?? error.title}
          </Alert>
        )
      )}
      {e && !waiting && (
        <Box sx={{ opacity: loading ? 0.5 : 1 }}>
          <Figure label={t("estimate.recipients")} testId="estimate-recipients" value={e.recipients}>
            {formatNumber(e.recipients, lang)}
          </Figure>
          <Figure label={t("estimate.suppressed")} testId="estimate-suppressed" value={e.suppressed}>
            {formatNumber(e.suppressed, lang)}
          </Figure>
          {/* Only SMS is billed by the part; the platform prices no other channel per message. */}
          {channel === "SMS" && (
            <>
              <Figure label={t("estimate.parts")} testId="estimate-parts" value={e.smsParts}>
                {formatNumber(e.smsParts, lang)}
              </Figure>
              <Divider sx={{ my: 1 }} />
              <Figure label={t("estimate.cost")} testId="estimate-cost" value={e.estimatedCost}>
                {e.estimatedCost == null ? t("estimate.noPrice") : formatRial(e.estimatedCost, lang)}
              </Figure>
            </>
          )}
          {e.suppressed > 0 && (
            <Typography variant="caption" color="text.secondary" component="p" sx={{ mt: 1 }}>
              {t(channel === "SMS" ? "estimate.suppressedHelp" : "estimate.suppressedHelpOther", { channel: channelName(channel) })}
            </Typography>
          )}
        </Box>
      )}
      {may("messages-send") && (
        <Button fullWidth variant="contained" size="large" sx={{ mt: 2 }} onClick={onSend} disabled={sending} data-testid="compose-send">
          {t("compose.send")}
        </Button>
      )}
    </Paper>
  );
}
