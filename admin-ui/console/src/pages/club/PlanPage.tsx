import { useMemo, useState } from "react";
import { Alert, Avatar, Box, Chip, FormControlLabel, Grid, LinearProgress, Paper, Stack, Switch, Tooltip, Typography } from "@mui/material";
import CheckIcon from "@mui/icons-material/CheckCircle";
import LockIcon from "@mui/icons-material/LockOutlined";
import BlockIcon from "@mui/icons-material/DoNotDisturbOnOutlined";
import { useQuery } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import { useSession } from "../../lib/session";
import { formatNumber } from "../../lib/format";
import { PageHeader } from "../../components/PageHeader";
import { ProblemAlert } from "../../components/ProblemAlert";
import { useLang } from "../../components/useLang";
import { labelOf } from "../../components/audit/audit";
import { featuresPerPlan, groupFeatures, planRank, type FeatureGroup, type PlanFeature } from "./planFeatures";
import { featuresQuery, plansQuery } from "./queries";

/**
 * The club's plan and every feature of docs/plans.md grouped by letter: on, or locked with the plan that
 * unlocks it, so an operator sees what he has and what an upgrade gives.
 */
export function PlanPage() {
  const { t } = useTranslation("org");
  const { t: tc } = useTranslation();
  const lang = useLang();
  const session = useSession();
  const features = useQuery(featuresQuery(session.token));
  const matrix = useQuery(plansQuery);
  const [showLocked, setShowLocked] = useState(true);
  const groups = useMemo(() => (features.data && matrix.data ? groupFeatures(features.data, matrix.data) : []), [features.data, matrix.data]);

  if (features.error) return <ProblemAlert error={features.error} onRetry={() => void features.refetch()} />;
  if (matrix.error) return <ProblemAlert error={matrix.error} onRetry={() => void matrix.refetch()} />;
  if (!features.data || !matrix.data) return <LinearProgress />;
  const plans = matrix.data.plans;

  const plan = features.data.plan;
  const all = groups.flatMap((g) => g.features);
  const on = all.filter((f) => f.state === "on").length;
  const perPlan = featuresPerPlan(groups, plans);
  const next = plans[planRank(plan, plans) + 1];
  const gain = next ? perPlan[next] - (perPlan[plan] ?? 0) : 0;
  const n = (v: number) => formatNumber(v, lang);

  return (
    <>
      <PageHeader title={tc("nav.plan")} subtitle={t("plan.subtitle")} />
      <Paper sx={{ p: { xs: 2, sm: 3 }, mb: 3 }}>
        <Stack direction={{ xs: "column", sm: "row" }} spacing={2} sx={{ alignItems: { sm: "center" }, justifyContent: "space-between", mb: 2 }}>
          <Box>
            <Typography variant="body2" color="text.secondary">
              {t("plan.current")}
            </Typography>
            <Typography variant="h4" sx={{ fontWeight: 700, color: "primary.main" }} data-testid="plan-name" data-plan={plan}>
              {tc(`plans.${plan}`)}
            </Typography>
          </Box>
          <Box sx={{ minWidth: { sm: 260 } }}>
            <Typography variant="body2" sx={{ mb: 0.5 }} data-testid="plan-features-on">
              {t("plan.featuresOn", { on: n(on), total: n(all.length) })}
            </Typography>
            <LinearProgress variant="determinate" value={all.length ? (100 * on) / all.length : 0} sx={{ height: 8, borderRadius: 4 }} />
          </Box>
        </Stack>
        <Box sx={{ display: "grid", gridTemplateColumns: { xs: "repeat(auto-fit, minmax(120px, 1fr))", md: "repeat(5, 1fr)" }, gap: 1 }} data-testid="plan-ladder">
          {plans.map((p) => {
            const mine = p === plan;
            return (
              <Box
                key={p}
                data-testid={`plan-step-${p}`}
                data-current={mine || undefined}
                sx={{
                  p: 1.5,
                  borderRadius: 2,
                  border: "1px solid",
                  borderColor: mine ? "primary.main" : "divider",
                  bgcolor: mine ? "primary.main" : planRank(p, plans) < planRank(plan, plans) ? "#eef5f3" : "background.paper",
                  color: mine ? "primary.contrastText" : "text.primary",
                }}
              >
                <Typography sx={{ fontWeight: 700 }}>{tc(`plans.${p}`)}</Typography>
                <Typography variant="caption" sx={{ opacity: 0.85 }}>
                  {mine ? `${t("plan.yours")} · ` : ""}
                  {t("plan.inPlan", { count: perPlan[p], n: n(perPlan[p]) })}
                </Typography>
              </Box>
            );
          })}
        </Box>
        <Alert severity="info" sx={{ mt: 2 }} icon={false}>
          {next ? t("plan.upgradeGain", { plan: tc(`plans.${next}`), count: gain, n: n(gain) }) : t("plan.top")}{" "}
          {t("plan.contact")}
        </Alert>
      </Paper>
      <FormControlLabel control={<Switch checked={showLocked} onChange={(e) => setShowLocked(e.target.checked)} data-testid="plan-show-locked" />} label={t("plan.showLocked")} sx={{ mb: 1 }} />
      <Grid container spacing={2}>
        {groups.map((g) => (
          <Grid key={g.letter} size={{ xs: 12, lg: 6 }}>
            <Group group={g} showLocked={showLocked} />
          </Grid>
        ))}
      </Grid>
    </>
  );
}

function Group({ group, showLocked }: { group: FeatureGroup; showLocked: boolean }) {
  const { t } = useTranslation("org");
  const lang = useLang();
  const shown = showLocked ? group.features : group.features.filter((f) => f.state === "on");
  return (
    <Paper sx={{ p: 2, height: "100%" }} data-testid={`feature-group-${group.letter}`}>
      <Stack direction="row" spacing={1.5} sx={{ alignItems: "center", mb: 1 }}>
        <Avatar sx={{ width: 32, height: 32, bgcolor: "primary.main", fontSize: 15, fontWeight: 700 }}>{group.letter}</Avatar>
        <Typography variant="h6" sx={{ flex: 1, fontSize: 17 }}>
          {labelOf(t("plan.groups", { returnObjects: true }), group.letter)}
        </Typography>
        <Chip size="small" label={t("plan.groupCount", { on: formatNumber(group.on, lang), total: formatNumber(group.features.length, lang) })} color={group.on === group.features.length ? "success" : "default"} variant="outlined" />
      </Stack>
      <Stack divider={<Box sx={{ borderTop: "1px solid", borderColor: "divider" }} />}>
        {shown.map((f) => (
          <FeatureRow key={f.code} feature={f} />
        ))}
      </Stack>
    </Paper>
  );
}

function FeatureRow({ feature }: { feature: PlanFeature }) {
  const { t } = useTranslation("org");
  const { t: tc } = useTranslation();
  const on = feature.state === "on";
  const names = t("features", { returnObjects: true });
  const variants = t("variants", { returnObjects: true });
  const name = labelOf(names, feature.code);
  const lock =
    feature.lock === "upgrade" && feature.unlockedBy
      ? t("plan.from", { plan: tc(`plans.${feature.unlockedBy}`) })
      : feature.lock === "disabled"
        ? t("plan.disabled")
        : feature.lock === "nowhere"
          ? t("plan.nowhere")
          : null;
  return (
    <Stack direction="row" spacing={1.25} sx={{ py: 1, alignItems: "center" }} data-testid={`feature-${feature.code}`} data-state={feature.state}>
      {on ? <CheckIcon color="success" fontSize="small" /> : feature.lock === "disabled" ? <BlockIcon color="disabled" fontSize="small" /> : <LockIcon color="warning" fontSize="small" />}
      <Box sx={{ flex: 1, minWidth: 0 }}>
        <Typography variant="body2" sx={{ color: on ? "text.primary" : "text.secondary" }}>
          {name === feature.code ? feature.name : name}
        </Typography>
        <Typography variant="caption" color="text.disabled" sx={{ fontFamily: "monospace" }}>
          {feature.code}
        </Typography>
      </Box>
      {on && feature.variant && <Chip size="small" label={labelOf(variants, feature.variant)} color="success" variant="outlined" data-testid={`feature-variant-${feature.code}`} />}
      {!on && lock && (
        <Tooltip title={feature.lock === "disabled" ? t("plan.disabledWhy") : ""}>
          <Chip
            size="small"
            icon={feature.lock === "upgrade" ? <LockIcon /> : undefined}
            label={lock}
            color={feature.lock === "upgrade" ? "warning" : "default"}
            variant="outlined"
            data-testid={`feature-lock-${feature.code}`}
            sx={{ maxWidth: { xs: 150, sm: 260 } }}
          />
        </Tooltip>
      )}
    </Stack>
  );
}
