import { useState } from "react";
import { Accordion, AccordionDetails, AccordionSummary, Alert, Box, LinearProgress, List, ListItem, ListItemIcon, ListItemText, Paper, Typography } from "@mui/material";
import ExpandMoreIcon from "@mui/icons-material/ExpandMore";
import CheckIcon from "@mui/icons-material/Check";
import { useTranslation } from "react-i18next";
import { useSession } from "../../lib/session";
import { ProblemAlert } from "../../components/ProblemAlert";
import { useRoleRules } from "./roles";

/** What each role may do, in plain words, from the server's own role list (GET /roles). */
export function RolesPanel() {
  const { t } = useTranslation("org");
  const { t: tc } = useTranslation();
  const { me } = useSession();
  const roles = useRoleRules();
  // The reader's own role open first: "what may I do?" is the first question.
  const [chosen, setExpanded] = useState<string | false | null>(null);
  const expanded = chosen ?? (me?.role && roles.names.includes(me.role) ? me.role : "cashier");
  return (
    <Paper sx={{ p: 2, position: { lg: "sticky" }, top: { lg: 80 } }} data-testid="roles-panel">
      <Typography variant="h6" sx={{ fontSize: 17 }}>
        {t("roles.title")}
      </Typography>
      <Typography variant="body2" color="text.secondary" sx={{ mb: 1.5 }}>
        {t("roles.subtitle")}
      </Typography>
      <ProblemAlert error={roles.query.error} onRetry={() => void roles.query.refetch()} />
      {roles.query.isPending && <LinearProgress />}
      {roles.names.map((role) => (
        <Accordion
          key={role}
          disableGutters
          elevation={0}
          expanded={expanded === role}
          onChange={(_, open) => setExpanded(open ? role : false)}
          sx={{ border: "none", "&:before": { display: "none" } }}
          data-testid={`role-${role}`}
        >
          <AccordionSummary expandIcon={<ExpandMoreIcon />} sx={{ px: 1 }}>
            <Box>
              <Typography sx={{ fontWeight: 600 }}>{tc(`roles.${role}`)}</Typography>
              <Typography variant="caption" color="text.secondary">
                {t(`roles.summary.${role}`)}
              </Typography>
            </Box>
          </AccordionSummary>
          <AccordionDetails sx={{ pt: 0, px: 1 }}>
            <List dense disablePadding>
              {roles.permissions(role).map((p) => (
                <ListItem key={p} disableGutters sx={{ alignItems: "flex-start" }}>
                  <ListItemIcon sx={{ minWidth: 28, mt: 0.5 }}>
                    <CheckIcon fontSize="small" color="success" />
                  </ListItemIcon>
                  <ListItemText primary={t(`permissions.${p}`)} slotProps={{ primary: { variant: "body2" } }} />
                </ListItem>
              ))}
            </List>
            {t(`roles.scope.${role}`, { defaultValue: "" }) && (
              <Alert severity="info" icon={false} sx={{ mt: 1, py: 0 }}>
                {t(`roles.scope.${role}`)}
              </Alert>
            )}
          </AccordionDetails>
        </Accordion>
      ))}
      <Typography variant="caption" color="text.secondary" component="p" sx={{ mt: 1.5 }}>
        {t("roles.everyone")}
      </Typography>
    </Paper>
  );
}
