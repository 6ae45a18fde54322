import { Grid, Paper, Skeleton, Stack, Typography } from "@mui/material";
import StarsIcon from "@mui/icons-material/StarsOutlined";
import HourglassIcon from "@mui/icons-material/HourglassTopOutlined";
import WalletIcon from "@mui/icons-material/AccountBalanceWalletOutlined";
import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { useLang } from "../../../components/useLang";
import { formatNumber, formatRial } from "../../../lib/format";
import type { BalanceView } from "../types";

function Figure({ label, value, raw, testId, icon, note, color }: { label: string; value: string; raw?: number; testId: string; icon: ReactNode; note?: ReactNode; color: string }) {
  return (
    <Paper sx={{ p: 2, height: "100%" }}>
      <Stack direction="row" spacing={1.5} sx={{ alignItems: "center" }}>
        <Stack sx={{ width: 40, height: 40, borderRadius: 2, bgcolor: color, color: "white", alignItems: "center", justifyContent: "center", flexShrink: 0 }}>{icon}</Stack>
        <div style={{ minWidth: 0 }}>
          <Typography variant="body2" color="text.secondary">
            {label}
          </Typography>
          <Typography variant="h5" sx={{ fontWeight: 700, whiteSpace: "nowrap" }} data-testid={testId} data-value={raw}>
            {raw == null ? <Skeleton width={90} /> : <bdi>{value}</bdi>}
          </Typography>
          {note && (
            <Typography variant="caption" color="text.secondary">
              {note}
            </Typography>
          )}
        </div>
      </Stack>
    </Paper>
  );
}

/** Points available and pending, and credit (with credit pending when there is some). */
export function Balances({ balance }: { balance: BalanceView | undefined }) {
  const { t } = useTranslation("members");
  const lang = useLang();
  return (
    <Grid container spacing={2}>
      <Grid size={{ xs: 12, sm: 4 }}>
        <Figure
          label={t("profile.pointsAvailable")}
          value={formatNumber(balance?.points, lang)}
          raw={balance?.points}
          testId="points-available"
          icon={<StarsIcon />}
          color="#0b5e55"
        />
      </Grid>
      <Grid size={{ xs: 12, sm: 4 }}>
        <Figure
          label={t("profile.pointsPending")}
          value={formatNumber(balance?.pendingPoints, lang)}
          raw={balance?.pendingPoints}
          testId="points-pending"
          icon={<HourglassIcon />}
          color="#8a9a96"
        />
      </Grid>
      <Grid size={{ xs: 12, sm: 4 }}>
        <Figure
          label={t("profile.credit")}
          value={formatRial(balance?.credit, lang)}
          raw={balance?.credit}
          testId="credit"
          icon={<WalletIcon />}
          color="#c2671b"
          note={balance && balance.pendingCredit > 0 ? t("profile.pendingCredit", { value: formatRial(balance.pendingCredit, lang) }) : undefined}
        />
      </Grid>
    </Grid>
  );
}
