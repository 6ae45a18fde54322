import { Box, Button, Chip, List, ListItem, ListItemIcon, ListItemText, Stack, Tooltip, Typography } from "@mui/material";
import ComputerIcon from "@mui/icons-material/ComputerOutlined";
import { useTranslation } from "react-i18next";
import { describeUserAgent, sortSessions, type OpenSession } from "../lib/sessions";
import { JalaliDate } from "./Figures";

/**
 * Open sessions of one account: the browser and system, the address it signed in from (left to
 * right), when it signed in and until when it holds; this browser marked. `onEnd` adds an end button
 * to every session but this browser's.
 */
export function SessionList({ sessions, onEnd, busy = false, testId = "sessions" }: { sessions: OpenSession[]; onEnd?: (s: OpenSession) => void; busy?: boolean; testId?: string }) {
  const { t } = useTranslation();
  if (sessions.length === 0) {
    return (
      <Typography color="text.secondary" data-testid={`${testId}-empty`}>
        {t("sessions.empty")}
      </Typography>
    );
  }
  return (
    <List disablePadding data-testid={testId}>
      {sortSessions(sessions).map((s) => (
        <ListItem
          key={s.id}
          divider
          disableGutters
          data-testid={`session-${s.id}`}
          data-current={s.current}
          secondaryAction={
            onEnd && !s.current ? (
              <Button size="small" color="warning" onClick={() => onEnd(s)} disabled={busy} data-testid={`session-end-${s.id}`}>
                {t("sessions.end")}
              </Button>
            ) : undefined
          }
          sx={{ pr: onEnd ? 14 : 0 }}
        >
          <ListItemIcon sx={{ minWidth: 40 }}>
            <ComputerIcon color={s.current ? "primary" : "action"} />
          </ListItemIcon>
          <ListItemText
            primary={
              <Stack direction="row" spacing={1} sx={{ alignItems: "center", flexWrap: "wrap" }}>
                <Tooltip title={s.userAgent ?? ""}>
                  <Typography component="span" dir="ltr" sx={{ fontWeight: 500 }}>
                    {describeUserAgent(s.userAgent) ?? t("sessions.unknownBrowser")}
                  </Typography>
                </Tooltip>
                {s.current && <Chip size="small" color="primary" label={t("sessions.thisDevice")} data-testid="session-current" />}
              </Stack>
            }
            secondary={
              <Box component="span" sx={{ display: "flex", flexWrap: "wrap", columnGap: 2 }}>
                <span>
                  {t("sessions.address")}: <bdi dir="ltr">{s.clientAddress ?? "—"}</bdi>
                </span>
                <span>
                  {t("sessions.signedInAt")}: <JalaliDate value={s.createdAt} time />
                </span>
                <span>
                  {t("sessions.expiresAt")}: <JalaliDate value={s.expiresAt} time />
                </span>
              </Box>
            }
          />
        </ListItem>
      ))}
    </List>
  );
}
