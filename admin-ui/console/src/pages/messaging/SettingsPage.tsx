import { Stack } from "@mui/material";
import { useTranslation } from "react-i18next";
import { useNotice } from "../../components/Notice";
import { FeatureGate } from "../../components/Guards";
import { useSession } from "../../lib/session";
import { MessagingFrame } from "./MessagingFrame";
import { QuietHoursPanel } from "./QuietHoursPanel";
import { MessengerBotPanel } from "./MessengerBotPanel";
import { SmsLinePanel } from "./SmsLinePanel";

/** The club's messaging settings: its quiet hours, its own SMS line (C6), and its messenger bot (C8) for those who may set it up. */
export function SettingsPage() {
  const { t } = useTranslation("messaging");
  const { may } = useSession();
  const [notice, notify] = useNotice();
  return (
    <MessagingFrame tab="settings" subtitle={t("settings.subtitle")}>
      <Stack spacing={2} sx={{ maxWidth: 760 }}>
        <QuietHoursPanel onSaved={notify} />
        <SmsLinePanel onSaved={notify} />
        {may("messages-configure") && (
          <FeatureGate feature="C8" title={t("bot.title")}>
            <MessengerBotPanel onSaved={notify} />
          </FeatureGate>
        )}
      </Stack>
      {notice}
    </MessagingFrame>
  );
}
