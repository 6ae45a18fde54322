import { useEffect, useMemo, useState, type ReactNode } from "react";
import {
  Alert,
  Avatar,
  Box,
  Button,
  Chip,
  FormControlLabel,
  Grid,
  LinearProgress,
  MenuItem,
  Paper,
  Stack,
  Switch,
  Tab,
  Tabs,
  TextField,
  ToggleButton,
  ToggleButtonGroup,
  Typography,
} from "@mui/material";
import BackIcon from "@mui/icons-material/ArrowForward";
import PauseIcon from "@mui/icons-material/PauseCircleOutlined";
import PlayIcon from "@mui/icons-material/PlayCircleOutlined";
import { useQuery } from "@tanstack/react-query";
import { Link as RouterLink, useParams, useSearchParams } from "react-router";
import { useTranslation } from "react-i18next";
import { formatNumber } from "../../lib/format";
import { PageHeader } from "../../components/PageHeader";
import { ProblemAlert } from "../../components/ProblemAlert";
import { Code, JalaliDate } from "../../components/Figures";
import { Ident } from "../../components/Ident";
import { ConfirmDialog } from "../../components/ConfirmDialog";
import { useNotice } from "../../components/Notice";
import { AuditTable } from "../../components/audit/AuditTable";
import { useLang } from "../../components/useLang";
import { labelOf } from "../../components/audit/audit";
import { StatusChip } from "./TenantsPage";
import { choiceOf, type OverrideChoice, type TenantFeatureState } from "./overrides";
import { plansQuery, tenantFeaturesQuery, tenantQuery, useChangeTenant, useSetOverride, type Tenant } from "./queries";

const TABS = ["overview", "features", "audit"] as const;
type TabName = (typeof TABS)[number];

/**
 * One club for the platform admin: its plan (change it), its status (suspend or resume it), its
 * features one by one (on, off, or as its plan has it) and its own audit log.
 */
export function TenantPage() {
  const { slug = "" } = useParams();
  const { t } = useTranslation("platform");
  const { t: tc } = useTranslation();
  const lang = useLang();
  const [search, setSearch] = useSearchParams();
  const tab: TabName = (TABS as readonly string[]).includes(search.get("tab") ?? "") ? (search.get("tab") as TabName) : "overview";
  const tenant = useQuery(tenantQuery(slug));

  return (
    <>
      <Button component={RouterLink} to="/platform/tenants" startIcon={<BackIcon sx={{ transform: lang === "en" ? "scaleX(-1)" : undefined }} />} size="small" sx={{ mb: 1 }} data-testid="tenant-back">
        {t("tenant.back")}
      </Button>
      <PageHeader
        title={
          <Stack direction="row" spacing={1.5} sx={{ alignItems: "center" }} component="span">
            <span>{tenant.data?.name ?? slug}</span>
            {tenant.data && <StatusChip status={tenant.data.status} />}
          </Stack>
        }
        subtitle={
          tenant.data && (
            <>
              <Ident value={tenant.data.slug} /> · {tc(`plans.${tenant.data.plan}`, { defaultValue: tenant.data.plan })}
            </>
          )
        }
      />
      <ProblemAlert error={tenant.error} onRetry={() => void tenant.refetch()} />
      {tenant.isPending && <LinearProgress />}
      {tenant.data && (
        <>
          {tenant.data.status === "SUSPENDED" && (
            <Alert severity="error" sx={{ mb: 2 }} data-testid="tenant-suspended">
              {t("tenant.suspendedNotice")}
            </Alert>
          )}
          {tenant.data.status === "PROVISIONING" && (
            <Alert severity="warning" sx={{ mb: 2 }}>
              {t("tenant.provisioningNotice")}
            </Alert>
          )}
          <Tabs
            value={tab}
            onChange={(_, v: TabName) => setSearch(v === "overview" ? {} : { tab: v }, { replace: true })}
            sx={{ mb: 2, borderBottom: 1, borderColor: "divider" }}
            variant="scrollable"
            allowScrollButtonsMobile
          >
            {TABS.map((x) => (
              <Tab key={x} value={x} label={t(`tenant.${x}`)} data-testid={`tenant-tab-${x}`} />
            ))}
          </Tabs>
          {tab === "overview" && <Overview tenant={tenant.data} />}
          {tab === "features" && <Overrides tenant={tenant.data} />}
          {tab === "audit" && <AuditTable path={`/platform/tenants/${encodeURIComponent(slug)}/audit`} />}
        </>
      )}
    </>
  );
}

function Overview({ tenant }: { tenant: Tenant }) {
  const { t } = useTranslation("platform");
  const { t: tc } = useTranslation();
  const plans = useQuery(plansQuery).data?.plans ?? [tenant.plan];
  const [notice, notify] = useNotice();
  const [plan, setPlan] = useState(tenant.plan);
  const [confirmPlan, setConfirmPlan] = useState(false);
  const [confirmStatus, setConfirmStatus] = useState(false);
  useEffect(() => setPlan(tenant.plan), [tenant.plan]);
  const frozen = tenant.status === "PROVISIONING";
  const suspended = tenant.status === "SUSPENDED";

  const change = useChangeTenant(tenant.slug);
  const send = (body: { plan?: string; status?: string }) =>
    change.mutate(body, {
      onSuccess: (after) => {
        setConfirmPlan(false);
        setConfirmStatus(false);
        if (body.plan) notify(t("tenant.planChanged", { plan: tc(`plans.${after.plan}`) }));
        else notify(after.status === "SUSPENDED" ? t("tenant.suspended", { name: after.name }) : t("tenant.resumed", { name: after.name }), after.status === "SUSPENDED" ? "warning" : "success");
      },
    });

  return (
    <Grid container spacing={2}>
      <Grid size={{ xs: 12, md: 6 }}>
        <Paper sx={{ p: 2.5, height: "100%" }}>
          <Stack spacing={1.25}>
            <Row label={t("tenant.name")} value={tenant.name} />
            <Row label={t("tenant.slug")} value={<Ident value={tenant.slug} />} />
            <Row label={t("tenant.createdAt")} value={<JalaliDate value={tenant.createdAt} time />} />
            {tenant.updatedAt && <Row label={t("tenant.updatedAt")} value={<JalaliDate value={tenant.updatedAt} time />} />}
            {tenant.schemaVersion && <Row label={t("tenant.schemaVersion")} value={<Code value={tenant.schemaVersion} />} />}
          </Stack>
        </Paper>
      </Grid>
      <Grid size={{ xs: 12, md: 6 }}>
        <Stack spacing={2}>
          <Paper sx={{ p: 2.5 }}>
            <Typography variant="subtitle1" sx={{ fontWeight: 600, mb: 1.5 }}>
              {t("tenant.plan")}
            </Typography>
            <Stack direction={{ xs: "column", sm: "row" }} spacing={1.5}>
              <TextField select value={plan} onChange={(e) => setPlan(e.target.value)} disabled={frozen} label={t("tenant.plan")} data-testid="plan-select" name="plan">
                {plans.map((p) => (
                  <MenuItem key={p} value={p} data-testid={`plan-option-${p}`}>
                    {tc(`plans.${p}`)}
                  </MenuItem>
                ))}
              </TextField>
              <Button variant="contained" disabled={frozen || plan === tenant.plan} onClick={() => setConfirmPlan(true)} sx={{ flexShrink: 0 }} data-testid="plan-save">
                {t("tenant.planSave")}
              </Button>
            </Stack>
          </Paper>
          <Paper sx={{ p: 2.5, borderColor: suspended ? "success.light" : "error.light" }}>
            <Typography variant="subtitle1" sx={{ fontWeight: 600, mb: 1 }}>
              {t("tenant.dangerZone")}
            </Typography>
            <Typography variant="body2" color="text.secondary" sx={{ mb: 1.5 }}>
              {suspended ? t("tenant.resumeText") : t("tenant.suspendText")}
            </Typography>
            {suspended ? (
              <Button variant="contained" color="success" startIcon={<PlayIcon />} onClick={() => setConfirmStatus(true)} disabled={frozen} data-testid="tenant-resume">
                {t("tenant.resume")}
              </Button>
            ) : (
              <Button variant="outlined" color="error" startIcon={<PauseIcon />} onClick={() => setConfirmStatus(true)} disabled={frozen} data-testid="tenant-suspend">
                {t("tenant.suspend")}
              </Button>
            )}
          </Paper>
        </Stack>
      </Grid>
      <ConfirmDialog
        open={confirmPlan}
        title={t("tenant.planTitle", { name: tenant.name, plan: tc(`plans.${plan}`) })}
        text={t("tenant.planText", { plan: tc(`plans.${plan}`) })}
        confirmLabel={t("tenant.planConfirm")}
        danger={false}
        onConfirm={() => send({ plan })}
        onClose={() => {
          setConfirmPlan(false);
          change.reset();
        }}
        pending={change.isPending}
        error={change.error}
        testId="plan-confirm"
      />
      <ConfirmDialog
        open={confirmStatus}
        title={suspended ? t("tenant.resumeTitle", { name: tenant.name }) : t("tenant.suspendTitle", { name: tenant.name })}
        text={suspended ? t("tenant.resumeText") : t("tenant.suspendText")}
        confirmLabel={suspended ? t("tenant.resumeConfirm") : t("tenant.suspendConfirm")}
        danger={!suspended}
        onConfirm={() => send({ status: suspended ? "ACTIVE" : "SUSPENDED" })}
        onClose={() => {
          setConfirmStatus(false);
          change.reset();
        }}
        pending={change.isPending}
        error={change.error}
        testId="tenant-status-confirm"
      />
      {notice}
    </Grid>
  );
}

function Row({ label, value }: { label: string; value: ReactNode }) {
  return (
    <Stack direction="row" spacing={1}>
      <Typography color="text.secondary" sx={{ minWidth: 130 }}>
        {label}
      </Typography>
      <Typography component="div">{value}</Typography>
    </Stack>
  );
}

/** Each feature of the club: on, off, or as its plan has it (TenantFeaturesResource). */
function Overrides({ tenant }: { tenant: Tenant }) {
  const { t } = useTranslation("platform");
  const { t: to } = useTranslation("org");
  const lang = useLang();
  const [notice, notify] = useNotice();
  const [onlyOverridden, setOnlyOverridden] = useState(false);
  const features = useQuery(tenantFeaturesQuery(tenant.slug));
  const [pending, setPending] = useState<string | null>(null);
  const set = useSetOverride(tenant.slug);
  const choose = (v: { code: string; choice: OverrideChoice }) => {
    setPending(v.code);
    set.mutate(v, {
      onSettled: () => setPending(null),
      onSuccess: (after) => notify(t("overrides.saved", { code: after.code, state: t(`overrides.${v.choice}`) }), "info"),
    });
  };

  const groups = useMemo(() => {
    const byLetter = new Map<string, TenantFeatureState[]>();
    for (const f of features.data ?? []) {
      if (onlyOverridden && !f.overridden) continue;
      const l = f.code.charAt(0);
      byLetter.set(l, [...(byLetter.get(l) ?? []), f]);
    }
    // The server lists the features in docs/plans.md's order, so its letters come in that order too.
    return [...byLetter.entries()].map(([letter, features]) => ({ letter, features }));
  }, [features.data, onlyOverridden]);
  const overridden = (features.data ?? []).filter((f) => f.overridden).length;
  const names = to("features", { returnObjects: true });
  const groupNames = to("plan.groups", { returnObjects: true });

  return (
    <>
      <Stack direction={{ xs: "column", sm: "row" }} spacing={1} sx={{ mb: 2, justifyContent: "space-between", alignItems: { sm: "center" } }}>
        <Typography variant="body2" color="text.secondary">
          {t("overrides.subtitle")}
        </Typography>
        <FormControlLabel
          control={<Switch checked={onlyOverridden} onChange={(e) => setOnlyOverridden(e.target.checked)} data-testid="overrides-only" />}
          label={`${t("overrides.onlyOverridden")} (${formatNumber(overridden, lang)})`}
          sx={{ flexShrink: 0 }}
        />
      </Stack>
      <ProblemAlert error={features.error} onRetry={() => void features.refetch()} />
      <ProblemAlert error={set.error} />
      {features.isPending && <LinearProgress />}
      <Stack spacing={2}>
        {groups.map((g) => (
          <Paper key={g.letter} sx={{ overflow: "hidden" }}>
            <Stack direction="row" spacing={1.5} sx={{ px: 2, py: 1.25, alignItems: "center", bgcolor: "#f7f9f8", borderBottom: "1px solid", borderColor: "divider" }}>
              <Avatar sx={{ width: 28, height: 28, fontSize: 14, bgcolor: "primary.main" }}>{g.letter}</Avatar>
              <Typography sx={{ fontWeight: 600 }}>{labelOf(groupNames, g.letter)}</Typography>
            </Stack>
            {g.features.map((f) => {
              const choice = choiceOf(f);
              return (
                <Stack
                  key={f.code}
                  direction={{ xs: "column", sm: "row" }}
                  spacing={1.5}
                  sx={{ px: 2, py: 1.25, alignItems: { sm: "center" }, borderBottom: "1px solid", borderColor: "divider", "&:last-child": { borderBottom: "none" }, bgcolor: f.overridden ? "#fffaf0" : undefined }}
                  data-testid={`tenant-feature-${f.code}`}
                  data-enabled={f.enabled}
                  data-overridden={f.overridden}
                >
                  <Box sx={{ flex: 1, minWidth: 0 }}>
                    <Typography variant="body2">{labelOf(names, f.code) === f.code ? f.name : labelOf(names, f.code)}</Typography>
                    <Stack direction="row" spacing={1} sx={{ mt: 0.5, alignItems: "center", flexWrap: "wrap" }}>
                      <Typography variant="caption" color="text.disabled" sx={{ fontFamily: "monospace" }}>
                        {f.code}
                      </Typography>
                      <Typography variant="caption" color="text.secondary">
                        {t("overrides.planGives")}: {f.inPlan ? t("overrides.inPlan") : t("overrides.notInPlan")}
                      </Typography>
                      {f.overridden && <Chip size="small" color="warning" variant="outlined" label={t("overrides.overridden")} sx={{ height: 20 }} />}
                    </Stack>
                  </Box>
                  <Chip size="small" color={f.enabled ? "success" : "default"} label={`${t("overrides.now")}: ${f.enabled ? t("overrides.on") : t("overrides.off")}`} sx={{ alignSelf: { xs: "flex-start", sm: "center" } }} />
                  <ToggleButtonGroup
                    size="small"
                    exclusive
                    value={choice}
                    disabled={pending === f.code || tenant.status === "PROVISIONING"}
                    onChange={(_, v: OverrideChoice | null) => v && v !== choice && choose({ code: f.code, choice: v })}
                    data-testid={`override-${f.code}`}
                    data-state={choice}
                    aria-label={t("overrides.choice")}
                  >
                    <ToggleButton value="on" color="success" data-testid={`override-${f.code}-on`} sx={{ px: 1.5 }}>
                      {t("overrides.on")}
                    </ToggleButton>
                    <ToggleButton value="off" color="error" data-testid={`override-${f.code}-off`} sx={{ px: 1.5 }}>
                      {t("overrides.off")}
                    </ToggleButton>
                    <ToggleButton value="default" color="primary" data-testid={`override-${f.code}-default`} sx={{ px: 1.5 }}>
                      {t("overrides.default")}
                    </ToggleButton>
                  </ToggleButtonGroup>
                </Stack>
              );
            })}
          </Paper>
        ))}
      </Stack>
      {notice}
    </>
  );
}
