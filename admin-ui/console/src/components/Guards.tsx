import { Alert, AlertTitle, Box, Chip, Paper, Stack, Typography } from "@mui/material";
import LockIcon from "@mui/icons-material/LockOutlined";
import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { useSession } from "../lib/session";

/** Shows its children only to a caller with the permission; others see why not. */
export function RequirePermission({ permission, children }: { permission: string; children: ReactNode }) {
  const { may } = useSession();
  const { t } = useTranslation();
  if (!may(permission)) {
    return (
      <Alert severity="info" data-testid="not-allowed">
        {t("notAllowed")}
      </Alert>
    );
  }
  return <>{children}</>;
}

/** The "locked" notice of a feature outside the club's plan, naming the plan that has it. */
export function LockedFeature({ feature, title, compact = false }: { feature: string; title?: ReactNode; compact?: boolean }) {
  const { t } = useTranslation();
  const { unlockedBy, features } = useSession();
  const plan = unlockedBy(feature);
  const entry = features?.catalogue?.find((f) => f.code === feature);
  const from = plan ? t("locked.from", { plan: t(`plans.${plan}`) }) : t("locked.nowhere");
  if (compact) {
    return <Chip size="small" icon={<LockIcon />} label={`${t("locked.badge")} · ${from}`} data-testid={`locked-${feature}`} variant="outlined" color="warning" />;
  }
  return (
    <Paper sx={{ p: 3 }} data-testid={`locked-${feature}`}>
      <Stack direction="row" spacing={2} sx={{ alignItems: "flex-start" }}>
        <LockIcon color="warning" />
        <Box>
          <Typography variant="h6">{title ?? entry?.name ?? feature}</Typography>
          <Alert severity="warning" sx={{ mt: 1 }}>
            <AlertTitle>{t("locked.title")}</AlertTitle>
            {from} — {t("locked.upgrade")}
          </Alert>
        </Box>
      </Stack>
    </Paper>
  );
}

/** Its children if the club has the feature, else the locked notice. */
export function FeatureGate({ feature, children, title, compact }: { feature: string; children: ReactNode; title?: ReactNode; compact?: boolean }) {
  const { has } = useSession();
  return has(feature) ? <>{children}</> : <LockedFeature feature={feature} title={title} compact={compact} />;
}
