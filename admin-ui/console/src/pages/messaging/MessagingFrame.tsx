import type { ReactNode } from "react";
import { Box, Tab, Tabs } from "@mui/material";
import { Link as RouterLink } from "react-router";
import { useTranslation } from "react-i18next";
import { useSession } from "../../lib/session";
import { PageHeader } from "../../components/PageHeader";
import { FeatureGate } from "../../components/Guards";

export type MessagingTab = "sent" | "compose" | "templates" | "segments" | "automations" | "settings";

/** The messaging section's screens, each shown to whoever may use it (sending takes messages-send). */
const TABS: { key: MessagingTab; path: string; permission: string }[] = [
  { key: "sent", path: "/messages", permission: "messages-read" },
  { key: "compose", path: "/messages/new", permission: "messages-send" },
  { key: "templates", path: "/messages/templates", permission: "messages-read" },
  { key: "segments", path: "/messages/segments", permission: "messages-read" },
  { key: "automations", path: "/messages/automations", permission: "messages-read" },
  { key: "settings", path: "/messages/settings", permission: "messages-read" },
];

/**
 * The frame of every messaging screen: the section's tabs, the page's header, and the page itself
 * only when the club's plan has messaging (C1); otherwise the locked notice naming the plan that has it.
 */
export function MessagingFrame({ tab, title, subtitle, actions, children }: { tab: MessagingTab; title?: ReactNode; subtitle?: ReactNode; actions?: ReactNode; children: ReactNode }) {
  const { t } = useTranslation("messaging");
  const { t: tc } = useTranslation();
  const { may, has } = useSession();
  return (
    <>
      <Box sx={{ borderBottom: 1, borderColor: "divider", mb: 2 }}>
        <Tabs value={tab} variant="scrollable" allowScrollButtonsMobile aria-label={tc("nav.messages")}>
          {TABS.filter((x) => may(x.permission)).map((x) => (
            <Tab key={x.key} value={x.key} label={t(`tabs.${x.key}`)} component={RouterLink} to={x.path} data-testid={`messaging-tab-${x.key}`} />
          ))}
        </Tabs>
      </Box>
      <PageHeader title={title ?? t(`tabs.${tab}`)} subtitle={subtitle} actions={has("C1") ? actions : undefined} />
      <FeatureGate feature="C1" title={tc("nav.messages")}>
        {children}
      </FeatureGate>
    </>
  );
}
