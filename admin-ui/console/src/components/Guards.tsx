import { Alert, AlertTitle, Box, Chip, CircularProgress, Paper, Stack, Typography } from "@mui/material";
import LockIcon from "@mui/icons-material/LockOutlined";
import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { Navigate, useLocation } from "react-router";
import { mayResume, useSession } from "../lib/session";

function Splash() {
  return (
    <Box sx={{ display: "grid", placeItems: "center", minHeight: "60vh" }}>
      <CircularProgress />
    </Box>
  );
}

/**
 * Signed-in pages: a caller without a session (never signed in, signed out, or whose session the
 * server ended) goes to the login page and, unless he signed out on purpose, comes back after.
 */
export function Authenticated({ children }: { children: ReactNode }) {
  const session = useSession();
  const location = useLocation();
  if (!session.token) return <Navigate to="/login" replace state={mayResume() ? { from: location.pathname + location.search } : undefined} />;
  if (session.loading || !session.me) return <Splash />;
  return <>{children}</>;
}

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
