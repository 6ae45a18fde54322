import { useState } from "react";
import { MenuItem } from "@mui/material";
import { useTranslation } from "react-i18next";
import { toLatinDigits } from "../../lib/digits";
import { FormDialog, FormField } from "../../components/FormDialog";
import { useSetSmsLine, type SmsLine, type SmsLineForm } from "./queries";

/** The providers a club's own line may use (ConfigureSmsLine: the platform's `log` stand-in is refused). */
export const PROVIDERS = ["kavenegar", "smsir"] as const;
/** ConfigureSmsLine's rules, checked as typed so that most mistakes never reach the server. */
const API_KEY = /^[\x21-\x7E]{8,256}$/;
const LINE_NUMBER = /^\d{3,20}$/;

/**
 * The club's own SMS line (C6): provider, API key, line number, gateway address. A save replaces the
 * whole line, so the key is typed every time: the server never answers it, only its last characters.
 * The key is a password field and is forgotten with the dialog. The server's 422 lands under the
 * field it names (a gateway address on a host the platform does not allow, say).
 */
export function SmsLineDialog({ current, onClose, onSaved }: { current: SmsLine | null; onClose: () => void; onSaved: (line: SmsLine) => void }) {
  const { t } = useTranslation("messaging");
  const { t: tc } = useTranslation();
  const [provider, setProvider] = useState(current && (PROVIDERS as readonly string[]).includes(current.provider) ? current.provider : "kavenegar");
  const [apiKey, setApiKey] = useState("");
  const [sender, setSender] = useState(current?.sender ?? "");
  const [baseUrl, setBaseUrl] = useState(current?.baseUrl ?? "");
  const [touched, setTouched] = useState(false);
  const save = useSetSmsLine();

  const key = apiKey.trim();
  const line = toLatinDigits(sender).trim();
  const keyError = key && !API_KEY.test(key) ? t("smsLine.apiKeyRule") : touched && !key ? tc("required") : null;
  const senderError = line && !LINE_NUMBER.test(line) ? t("smsLine.senderRule") : touched && !line && provider === "smsir" ? t("smsLine.senderRequired") : null;

  const submit = () => {
    setTouched(true);
    if (!API_KEY.test(key) || (line && !LINE_NUMBER.test(line)) || (!line && provider === "smsir")) return;
    const body: SmsLineForm = { provider, apiKey: key, ...(line ? { sender: line } : {}), ...(baseUrl.trim() ? { baseUrl: baseUrl.trim() } : {}) };
    save.mutate(body, { onSuccess: onSaved });
  };

  return (
    <FormDialog
      title={t("smsLine.setTitle")}
      intro={t("smsLine.intro")}
      onClose={onClose}
      onSubmit={submit}
      submitLabel={tc("save")}
      submitTestId="sms-line-save"
      busy={save.isPending}
      error={save.error}
      testId="sms-line-dialog"
    >
      <FormField
        select
        label={t("smsLine.provider")}
        name="provider"
        value={provider}
        onChange={(e) => setProvider(e.target.value)}
        slotProps={{ select: { "data-testid": "sms-line-provider" } as object }}
      >
        {PROVIDERS.map((p) => (
          <MenuItem key={p} value={p} data-testid={`sms-line-provider-${p}`}>
            {t(`smsLine.providers.${p}`)}
          </MenuItem>
        ))}
      </FormField>
      <FormField
        type="password"
        label={t("smsLine.apiKey")}
        name="apiKey"
        value={apiKey}
        onChange={(e) => setApiKey(e.target.value)}
        problem={keyError}
        help={current ? t("smsLine.apiKeyAgain") : t("smsLine.apiKeyHelp")}
        autoComplete="new-password"
        autoFocus
        slotProps={{ htmlInput: { dir: "ltr", spellCheck: false, "data-testid": "sms-line-key" } }}
      />
      <FormField
        label={t("smsLine.sender")}
        name="sender"
        value={sender}
        onChange={(e) => setSender(e.target.value)}
        problem={senderError}
        help={t("smsLine.senderHelp")}
        slotProps={{ htmlInput: { dir: "ltr", inputMode: "numeric", "data-testid": "sms-line-sender" } }}
      />
      <FormField
        label={t("smsLine.baseUrl")}
        name="baseUrl"
        value={baseUrl}
        onChange={(e) => setBaseUrl(e.target.value)}
        help={t("smsLine.baseUrlHelp")}
        placeholder={provider === "smsir" ? "https://api.sms.ir" : "https://api.kavenegar.com"}
        slotProps={{ htmlInput: { dir: "ltr", spellCheck: false, "data-testid": "sms-line-base-url" } }}
      />
    </FormDialog>
  );
}
