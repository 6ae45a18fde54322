import { Stack } from "@mui/material";
import { useTranslation } from "react-i18next";
import { useNotice } from "../../components/Notice";
import { MessagingFrame } from "./MessagingFrame";
import { QuietHoursPanel } from "./QuietHoursPanel";
import { SmsLinePanel } from "./SmsLinePanel";

/** The club's messaging settings: its quiet hours and its own SMS line (C6). */
export function SettingsPage() {
  const { t } = useTranslation("messaging");
  const [notice, notify] = useNotice();
  return (
    <MessagingFrame tab="settings" subtitle={t("settings.subtitle")}>
      <Stack spacing={2} sx={{ maxWidth: 760 }}>
        <QuietHoursPanel onSaved={notify} />
        <SmsLinePanel onSaved={notify} />
      </Stack>
      {notice}
    </MessagingFrame>
  );
}
