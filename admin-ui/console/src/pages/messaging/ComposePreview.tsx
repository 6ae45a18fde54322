import { Alert, Box, Chip, LinearProgress, Stack, TextField, Typography } from "@mui/material";
import { useQuery } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import { ApiError } from "../../lib/api";
import { formatCode, formatNumber } from "../../lib/format";
import { Code } from "../../components/Figures";
import { useLang } from "../../components/useLang";
import { useDebounced } from "../../components/useDebounced";
import { ProblemAlert } from "../../components/ProblemAlert";
import { previewCodeOf, type ComposeForm } from "./compose";
import { isMissingEndpoint } from "./MessageParts";
import { Section, type Patch } from "./ComposeSections";
import { useChannelName } from "./Channels";
import { previewQuery, type PreviewBody } from "./queries";

/** What the member's address is called on a channel, as the server names it in "the member has no …" (Channel.address). */
const ADDRESSES = ["mobile", "email", "push subscription", "messenger chat"] as const;

/**
 * Why a member would not get the message, in the page's language: the reasons PreviewMessage gives
 * ("the member refused SMS messages", "the member has no email"); one this console does not know yet
 * is shown as the server wrote it.
 */
export function useNotReachedReason(): (reason: string) => string {
  const { t } = useTranslation("messaging");
  const channelName = useChannelName();
  return (reason) => {
    const refused = /refused (\S+) messages/.exec(reason);
    if (refused) return t("preview.refused", { channel: channelName(refused[1]) });
    const none = /has no (.+)$/.exec(reason.trim());
    if (none && (ADDRESSES as readonly string[]).includes(none[1])) return t(`preview.noAddress.${none[1].replace(" ", "_")}`);
    if (reason === "blocked by the recipient (do-not-disturb)") return t("preview.doNotDisturb");
    return reason;
  };
}

/**
 * The message as one real member would get it (POST /messages/preview): the text and subject filled
 * with his names, balances and level now, whether he would get it at all and why not. By default the
 * first code of the recipients; any member's code can be typed (a segment's send has no codes).
 * Asked once the typing pauses, as the estimate is.
 */
export function PreviewSection({ form, patch, body, problem }: { form: ComposeForm; patch: Patch; body: PreviewBody | null; problem?: string }) {
  const { t } = useTranslation("messaging");
  const lang = useLang();
  const reason = useNotReachedReason();
  const key = body ? JSON.stringify(body) : null;
  const debounced = useDebounced(key, 500);
  const preview = useQuery(previewQuery(debounced ? (JSON.parse(debounced) as PreviewBody) : null));
  const p = preview.data;
  const current = !!key && debounced === key;
  const server = preview.error instanceof ApiError ? preview.error : null;
  // The text's and template's mistakes are shown under them by the estimate's answer; here only the code's.
  const codeProblem = server?.fieldError("memberCode");
  const unplaced = preview.error != null && !isMissingEndpoint(preview.error) && (!server || server.errors.length === 0);
  const defaultCode = form.to === "members" && !form.previewCode.trim() ? previewCodeOf(form) : "";

  return (
    <Section title={t("preview.title")} testId="member-preview">
      <TextField
        label={t("preview.memberCode")}
        name="previewCode"
        value={form.previewCode}
        placeholder={defaultCode}
        onChange={(e) => patch({ previewCode: e.target.value })}
        error={!!(problem ?? codeProblem)}
        helperText={problem ?? codeProblem ?? (defaultCode ? t("preview.defaultCode", { code: formatCode(defaultCode, lang) }) : t("preview.codeHelp"))}
        sx={{ maxWidth: { sm: 320 } }}
        slotProps={{ htmlInput: { dir: "ltr", inputMode: "numeric", "data-testid": "preview-code" } }}
      />
      {current && preview.isFetching && <LinearProgress />}
      {isMissingEndpoint(preview.error) && (
        <Typography variant="body2" color="text.secondary">
          {t("preview.unavailable")}
        </Typography>
      )}
      {unplaced && <ProblemAlert error={preview.error} />}
      {!key && (
        <Typography variant="body2" color="text.secondary" data-testid="preview-waiting">
          {t("preview.waiting")}
        </Typography>
      )}
      {p && key && (
        <Box sx={{ opacity: current && !preview.isFetching ? 1 : 0.5 }} data-testid="preview-result" data-reachable={p.reachable} data-member={p.memberCode}>
          {!p.reachable && (
            <Alert severity="warning" sx={{ mb: 1.5 }} data-testid="preview-not-reached">
              {t("preview.notReached", { reason: p.notReachedBecause ? reason(p.notReachedBecause) : "—" })}
            </Alert>
          )}
          <Box sx={{ p: 1.5, border: 1, borderColor: "divider", borderRadius: 2 }}>
            {p.recipient && (
              <Typography variant="caption" color="text.secondary" component="p" sx={{ mb: 0.5 }}>
                {t("preview.to")}{" "}
                <span data-testid="preview-recipient" data-value={p.recipient}>
                  {/* A mobile is a number, shown with the reader's digits; an email address as it is. */}
                  {p.channel === "SMS" ? <Code value={p.recipient} /> : <bdi dir="ltr">{p.recipient}</bdi>}
                </span>
              </Typography>
            )}
            {p.subject && (
              <Typography variant="subtitle2" dir="auto" sx={{ mb: 1 }} data-testid="preview-subject">
                {p.subject}
              </Typography>
            )}
            <Typography
              component="div"
              variant="body2"
              dir="auto"
              data-testid="preview-text"
              sx={{ whiteSpace: "pre-wrap", overflowWrap: "anywhere", lineHeight: 1.9, maxHeight: 360, overflowY: "auto" }}
            >
              {p.text}
            </Typography>
          </Box>
          <Stack direction="row" spacing={1} sx={{ mt: 1, flexWrap: "wrap", rowGap: 0.5 }} data-testid="preview-count" data-characters={p.characters} data-parts={p.smsParts}>
            <Chip size="small" variant="outlined" label={t("count.characters", { count: p.characters, n: formatNumber(p.characters, lang) })} />
            {p.channel === "SMS" && (
              <Chip size="small" variant="outlined" color={p.smsParts > 1 ? "warning" : "default"} label={t("count.parts", { count: p.smsParts, n: formatNumber(p.smsParts, lang) })} />
            )}
          </Stack>
        </Box>
      )}
    </Section>
  );
}
