import { useRef, useState } from "react";
import { Box, Chip, Stack, Typography } from "@mui/material";
import { useTranslation } from "react-i18next";
import { toLatinDigits } from "../../lib/digits";
import { FormDialog, FormField } from "../../components/FormDialog";
import { insertAt, PLACEHOLDERS, unknownPlaceholders } from "./placeholders";
import { ChannelCounter, MessageText } from "./MessageParts";
import { channelOptions, useChannelName, useChannels } from "./Channels";
import { MAX_SUBJECT, maxText } from "./compose";
import { hasSubject, useSaveTemplate, type Channel, type Template } from "./queries";

/** A template's code as the server takes it (ManageTemplates.isCode). */
export const TEMPLATE_CODE = /^[a-z0-9][a-z0-9_-]{0,39}$/;

/**
 * A new template, or a change to one (its code is its name and stays), on a channel the server
 * offers: an email's or a notification's has a subject (or title), an email's text is long. The server
 * checks the placeholders when it saves; its 422 lands under the field it names. The text's
 * placeholders are marked as it is typed, and its length counted (an SMS one's in parts).
 */
export function TemplateDialog({ editing, onClose, onSaved }: { editing: Template | null; onClose: () => void; onSaved: (t: Template) => void }) {
  const { t } = useTranslation("messaging");
  const { t: tc } = useTranslation();
  const channels = useChannels();
  const channelName = useChannelName();
  const [code, setCode] = useState(editing?.code ?? "");
  const [channel, setChannel] = useState<Channel>(editing?.channel ?? "SMS");
  const [subject, setSubject] = useState(editing?.subject ?? "");
  const [text, setText] = useState(editing?.text ?? "");
  const [touched, setTouched] = useState(false);
  const save = useSaveTemplate();
  const input = useRef<HTMLTextAreaElement>(null);

  const codeError = code !== "" && !TEMPLATE_CODE.test(code) ? t("templates.codeRule") : touched && !code ? tc("required") : null;
  const max = maxText(channel);
  const textError = text.trim().length > max ? t("templates.tooLong", { max }) : touched && !text.trim() ? tc("required") : null;
  const subjectError = hasSubject(channel) && subject.trim().length > MAX_SUBJECT ? t("compose.errors.subjectTooLong", { max: MAX_SUBJECT }) : null;
  const email = channel === "EMAIL";
  const unknown = unknownPlaceholders(text);

  const submit = () => {
    setTouched(true);
    if (!TEMPLATE_CODE.test(code) || !text.trim() || textError || subjectError) return;
    const body = { code, channel, text: text.trim(), ...(hasSubject(channel) && subject.trim() ? { subject: subject.trim() } : {}) };
    save.mutate({ editing: editing?.code ?? null, body }, { onSuccess: onSaved });
  };
  const insert = (name: string) => {
    const el = input.current;
    const next = insertAt(text, `{${name}}`, el?.selectionStart ?? null, el?.selectionEnd ?? null);
    setText(next.value);
    requestAnimationFrame(() => {
      el?.focus();
      el?.setSelectionRange(next.caret, next.caret);
    });
  };

  return (
    <FormDialog
      title={editing ? t("templates.editTitle", { code: editing.code }) : t("templates.createTitle")}
      intro={t("templates.intro")}
      onClose={onClose}
      onSubmit={submit}
      submitLabel={editing ? tc("save") : tc("create")}
      submitTestId="template-save"
      busy={save.isPending}
      error={save.error}
      testId="template-dialog"
      maxWidth="md"
    >
      <Stack direction={{ xs: "column", sm: "row" }} spacing={2}>
        <FormField
          label={t("templates.code")}
          name="code"
          value={code}
          onChange={(e) => setCode(toLatinDigits(e.target.value).trim().toLowerCase())}
          problem={codeError}
          help={editing ? t("templates.codeFixed") : t("templates.codeHelp")}
          disabled={!!editing}
          autoFocus={!editing}
          slotProps={{ htmlInput: { dir: "ltr", maxLength: 40, spellCheck: false, "data-testid": "template-code" } }}
        />
        <FormField
          select
          label={t("templates.channel")}
          name="channel"
          value={channel}
          onChange={(e) => setChannel(e.target.value as Channel)}
          sx={{ maxWidth: { sm: 200 } }}
          slotProps={{ select: { "data-testid": "template-channel" } as object }}
        >
          {channelOptions(channels, channelName, "template-channel-option", editing?.channel ?? channel)}
        </FormField>
      </Stack>
      {hasSubject(channel) && (
        <FormField
          label={t(channel === "PUSH" ? "templates.title" : "templates.subject")}
          name="subject"
          value={subject}
          onChange={(e) => setSubject(e.target.value)}
          problem={subjectError}
          help={t("templates.subjectHelp")}
          slotProps={{ htmlInput: { dir: "auto", "data-testid": "template-subject" } }}
        />
      )}
      <FormField
        label={t("templates.text")}
        name="text"
        multiline
        minRows={email ? 10 : 4}
        maxRows={email ? 28 : 14}
        value={text}
        onChange={(e) => setText(e.target.value)}
        problem={textError}
        help={unknown.length > 0 ? t("templates.unknown", { names: unknown.map((n) => `{${n}}`).join("، ") }) : t("templates.textHelp")}
        autoFocus={!!editing}
        inputRef={input}
        slotProps={{ htmlInput: { dir: "auto", "data-testid": "template-text" } }}
      />
      <Stack direction="row" spacing={0.5} sx={{ flexWrap: "wrap", rowGap: 0.5, alignItems: "center" }}>
        <Typography variant="caption" color="text.secondary" sx={{ me: 0.5 }}>
          {t("compose.insert")}
        </Typography>
        {PLACEHOLDERS.map((p) => (
          <Chip key={p} size="small" variant="outlined" label={t(`placeholders.${p}`)} onClick={() => insert(p)} data-testid={`template-insert-${p}`} />
        ))}
      </Stack>
      <ChannelCounter channel={channel} text={text} max={max} testId="template-count" />
      {text.trim() && (
        <Box sx={{ p: 1.5, bgcolor: "#f7f9f8", borderRadius: 2, maxHeight: email ? 360 : undefined, overflowY: "auto" }}>
          <Typography variant="caption" color="text.secondary">
            {t("compose.preview")}
          </Typography>
          {hasSubject(channel) && subject.trim() && <MessageText text={subject.trim()} testId="template-preview-subject" />}
          <MessageText text={text.trim()} testId="template-preview" />
        </Box>
      )}
    </FormDialog>
  );
}
