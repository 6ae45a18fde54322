import { Box, Chip, Stack, Tooltip, Typography, type ChipProps } from "@mui/material";
import { useTranslation } from "react-i18next";
import { ApiError } from "../../lib/api";
import { useLang } from "../../components/useLang";
import { formatNumber } from "../../lib/format";
import { pieces, isPlaceholder } from "./placeholders";
import { smsCount } from "./smsParts";
import { STATUSES, type Counts, type MessageStatus } from "./queries";

// What several messaging screens show alike: a text with its placeholders marked, its SMS count, and
// a message's status.

/**
 * A message's text as written, its placeholders marked (the server fills them in per member when it
 * sends) and a name no placeholder has marked as an error, so a slip shows before the server refuses it.
 */
export function MessageText({ text, testId, clamp }: { text: string; testId?: string; clamp?: number }) {
  const { t } = useTranslation("messaging");
  return (
    <Typography
      component="div"
      variant="body2"
      dir="auto"
      data-testid={testId}
      sx={{
        whiteSpace: "pre-wrap",
        overflowWrap: "anywhere",
        lineHeight: 1.9,
        ...(clamp ? { display: "-webkit-box", WebkitLineClamp: clamp, WebkitBoxOrient: "vertical", overflow: "hidden", whiteSpace: "normal" } : {}),
      }}
    >
      {pieces(text).map((p, i) =>
        p.placeholder === undefined ? (
          <span key={i}>{p.text}</span>
        ) : (
          <Tooltip key={i} title={p.known && isPlaceholder(p.placeholder) ? t(`placeholders.${p.placeholder}`) : t("placeholders.unknown")}>
            <Box
              component="mark"
              data-placeholder={p.placeholder}
              data-known={p.known}
              sx={{
                px: 0.5,
                mx: 0.25,
                borderRadius: 1,
                bgcolor: p.known ? "rgba(11, 94, 85, 0.12)" : "rgba(211, 47, 47, 0.14)",
                color: p.known ? "primary.dark" : "error.main",
                fontWeight: 500,
                textDecoration: p.known ? undefined : "underline wavy",
              }}
            >
              <bdi dir="ltr">{p.text}</bdi>
            </Box>
          </Tooltip>
        ),
      )}
    </Typography>
  );
}

/** The text's length and how many SMS it takes, counted as the server bills it; updated as it is typed. */
export function SmsCounter({ text, testId = "sms-count" }: { text: string; testId?: string }) {
  const { t } = useTranslation("messaging");
  const lang = useLang();
  const n = (x: number) => formatNumber(x, lang);
  const c = smsCount(text.trim());
  return (
    <Stack direction="row" spacing={1} sx={{ flexWrap: "wrap", rowGap: 0.5, alignItems: "center" }} data-testid={testId} data-characters={c.characters} data-parts={c.parts}>
      <Chip size="small" variant="outlined" label={t("count.characters", { count: c.characters, n: n(c.characters) })} />
      <Chip size="small" color={c.parts > 1 ? "warning" : "default"} variant="outlined" label={t("count.parts", { count: c.parts, n: n(c.parts) })} data-testid={`${testId}-parts`} />
      {/* Apart, not joined by a middle dot, which beside a Persian digit reads as a zero. */}
      {c.characters > 0 && (
        <Typography variant="caption" color="text.secondary">
          {t(c.unicode ? "count.unicode" : "count.gsm")}
        </Typography>
      )}
      {c.characters > 0 && (
        <Typography variant="caption" color="text.secondary" data-testid={`${testId}-remaining`}>
          {t("count.remaining", { n: n(c.remaining) })}
        </Typography>
      )}
    </Stack>
  );
}

/**
 * A text's length on a channel other than SMS, which is not billed by parts: its characters against
 * the channel's limit.
 */
export function TextCounter({ text, max, testId = "text-count" }: { text: string; max: number; testId?: string }) {
  const { t } = useTranslation("messaging");
  const lang = useLang();
  const characters = text.trim().length;
  return (
    <Stack direction="row" spacing={1} sx={{ alignItems: "center" }} data-testid={testId} data-characters={characters}>
      <Chip
        size="small"
        variant="outlined"
        color={characters > max ? "error" : "default"}
        label={t("count.charactersOf", { n: formatNumber(characters, lang), max: formatNumber(max, lang) })}
      />
    </Stack>
  );
}

/** SMS are counted in parts as they are billed; the other channels only in characters. */
export function ChannelCounter({ channel, text, max, testId }: { channel: string; text: string; max: number; testId?: string }) {
  return channel === "SMS" ? <SmsCounter text={text} testId={testId} /> : <TextCounter text={text} max={max} testId={testId} />;
}

const STATUS_COLOR: Record<MessageStatus, ChipProps["color"]> = {
  QUEUED: "default",
  SENT: "info",
  DELIVERED: "success",
  FAILED: "error",
  SUPPRESSED: "warning",
};

export function StatusChip({ status }: { status: string }) {
  const { t } = useTranslation("messaging");
  const known = (STATUSES as string[]).includes(status);
  return (
    <Chip
      size="small"
      variant={status === "DELIVERED" || status === "SENT" ? "filled" : "outlined"}
      color={known ? STATUS_COLOR[status as MessageStatus] : "default"}
      label={known ? t(`status.${status}`) : status}
      data-testid="message-status"
      data-status={status}
    />
  );
}

/** A batch's statuses that have any message, each with its count. */
export function StatusCounts({ counts }: { counts: Counts }) {
  const { t } = useTranslation("messaging");
  const lang = useLang();
  const shown = STATUSES.filter((s) => (counts[s] ?? 0) > 0);
  if (shown.length === 0) return <span>—</span>;
  return (
    <Stack direction="row" spacing={0.5} sx={{ flexWrap: "wrap", rowGap: 0.5, alignItems: "center", height: "100%" }}>
      {shown.map((s) => (
        <Chip
          key={s}
          size="small"
          variant="outlined"
          color={STATUS_COLOR[s]}
          label={`${t(`status.${s}`)} ${formatNumber(counts[s], lang)}`}
          data-testid={`count-${s}`}
          data-value={counts[s]}
        />
      ))}
    </Stack>
  );
}

/** Whether an endpoint is not on this server (an older platform): a 404 or 405 of the path itself. */
export function isMissingEndpoint(error: unknown): boolean {
  return error instanceof ApiError && (error.status === 405 || (error.status === 404 && (error.detail ?? "") === "No such resource"));
}
