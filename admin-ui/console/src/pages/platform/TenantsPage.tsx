import { useEffect, useState } from "react";
import {
  Button,
  Chip,
  Divider,
  Grid,
  LinearProgress,
  MenuItem,
  Paper,
  Stack,
  Table,
  TableBody,
  TableCell,
  TableContainer,
  TableHead,
  TableRow,
  Typography,
} from "@mui/material";
import AddIcon from "@mui/icons-material/AddBusinessOutlined";
import ChevronIcon from "@mui/icons-material/ChevronLeft";
import { useQuery } from "@tanstack/react-query";
import { useNavigate } from "react-router";
import { useTranslation } from "react-i18next";
import { formatNumber } from "../../lib/format";
import { normalizeMobile } from "../../lib/validation";
import { PageHeader } from "../../components/PageHeader";
import { ProblemAlert } from "../../components/ProblemAlert";
import { JalaliDate } from "../../components/Figures";
import { Ident } from "../../components/Ident";
import { useLang } from "../../components/useLang";
import { FormDialog, FormField } from "../../components/FormDialog";
import { plansQuery, tenantsQuery, useCreateTenant, type Tenant } from "./queries";
import { asCode, generatePassword, MAX_NAME, passwordProblem, TENANT_SLUG, USERNAME } from "../org/rules";

export type { Tenant } from "./queries";

export function StatusChip({ status }: { status: string }) {
  const { t } = useTranslation("platform");
  const color = status === "ACTIVE" ? "success" : status === "SUSPENDED" ? "error" : "warning";
  return <Chip size="small" color={color} variant={status === "ACTIVE" ? "outlined" : "filled"} label={t(`status.${status}`, { defaultValue: status })} data-testid="tenant-status" data-status={status} />;
}

/** The platform admin's list of clubs, with plan and status; a new club is created with its owner. */
export function TenantsPage() {
  const { t } = useTranslation("platform");
  const { t: tc } = useTranslation();
  const lang = useLang();
  const navigate = useNavigate();
  const tenants = useQuery(tenantsQuery);
  const [creating, setCreating] = useState(false);
  const list = tenants.data ?? [];

  return (
    <>
      <PageHeader
        title={tc("nav.tenants")}
        subtitle={t("tenants.subtitle")}
        actions={
          <Button variant="contained" startIcon={<AddIcon />} onClick={() => setCreating(true)} data-testid="tenant-create">
            {t("tenants.create")}
          </Button>
        }
      />
      <ProblemAlert error={tenants.error} onRetry={() => void tenants.refetch()} />
      <Paper>
        {tenants.isPending && <LinearProgress />}
        {tenants.data && (
          <Typography variant="body2" color="text.secondary" sx={{ px: 2, py: 1.25 }}>
            {t("tenants.count", { count: list.length, n: formatNumber(list.length, lang) })}
          </Typography>
        )}
        {tenants.data && list.length === 0 && <Typography sx={{ p: 3 }}>{t("tenants.empty")}</Typography>}
        {list.length > 0 && (
          <TableContainer>
            <Table>
              <TableHead>
                <TableRow>
                  <TableCell>{t("tenants.name")}</TableCell>
                  <TableCell>{t("tenants.slug")}</TableCell>
                  <TableCell>{t("tenants.plan")}</TableCell>
                  <TableCell>{t("tenants.status")}</TableCell>
                  <TableCell sx={{ display: { xs: "none", sm: "table-cell" } }}>{t("tenants.createdAt")}</TableCell>
                  <TableCell padding="checkbox" />
                </TableRow>
              </TableHead>
              <TableBody>
                {list.map((x) => (
                  <TableRow
                    key={x.slug}
                    hover
                    onClick={() => navigate(`/platform/tenants/${encodeURIComponent(x.slug)}`)}
                    sx={{ cursor: "pointer" }}
                    data-testid={`tenant-row-${x.slug}`}
                    data-plan={x.plan}
                    data-status={x.status}
                  >
                    <TableCell sx={{ fontWeight: 500 }}>{x.name}</TableCell>
                    <TableCell>
                      <Ident value={x.slug} />
                    </TableCell>
                    <TableCell>
                      <Chip size="small" color="primary" variant="outlined" label={tc(`plans.${x.plan}`, { defaultValue: x.plan })} />
                    </TableCell>
                    <TableCell>
                      <StatusChip status={x.status} />
                    </TableCell>
                    <TableCell sx={{ display: { xs: "none", sm: "table-cell" } }}>
                      <JalaliDate value={x.createdAt} />
                    </TableCell>
                    <TableCell padding="checkbox">
                      <ChevronIcon color="action" sx={{ transform: lang === "en" ? "scaleX(-1)" : undefined }} />
                    </TableCell>
                  </TableRow>
                ))}
              </TableBody>
            </Table>
          </TableContainer>
        )}
      </Paper>
      <CreateTenantDialog
        open={creating}
        onClose={() => setCreating(false)}
        onCreated={(x) => {
          setCreating(false);
          navigate(`/platform/tenants/${encodeURIComponent(x.slug)}`);
        }}
      />
    </>
  );
}

interface TenantForm {
  slug: string;
  name: string;
  plan: string;
  username: string;
  password: string;
  mobile: string;
}

/** What POST /platform/tenants takes (README.md's curl): the club and its first owner. */
export function newTenantBody(f: TenantForm) {
  return {
    slug: f.slug,
    name: f.name.trim(),
    plan: f.plan,
    owner: { username: f.username, password: f.password, mobile: f.mobile.trim() ? normalizeMobile(f.mobile) : null },
  };
}

function CreateTenantDialog({ open, onClose, onCreated }: { open: boolean; onClose: () => void; onCreated: (t: Tenant) => void }) {
  const { t } = useTranslation("platform");
  const { t: to } = useTranslation("org");
  const { t: tc } = useTranslation();
  const plans = useQuery(plansQuery).data?.plans ?? ["STANDARD"];
  const empty: TenantForm = { slug: "", name: "", plan: "STANDARD", username: "owner", password: "", mobile: "" };
  const [form, setForm] = useState<TenantForm>(empty);
  const [touched, setTouched] = useState(false);
  const create = useCreateTenant();
  useEffect(() => {
    if (open) {
      setForm(empty);
      setTouched(false);
      create.reset();
    }
    // Only when the dialog opens.
  }, [open]);
  const set = <K extends keyof TenantForm>(k: K, v: TenantForm[K]) => setForm((f) => ({ ...f, [k]: v }));
  const required = (v: string) => (touched && !v.trim() ? tc("required") : null);

  const slugError = form.slug ? (TENANT_SLUG.test(form.slug) ? null : t("tenants.slugInvalid")) : required(form.slug);
  const nameError = form.name.trim().length > MAX_NAME ? t("tenants.tooLong", { max: MAX_NAME }) : required(form.name);
  const usernameError = form.username ? (USERNAME.test(form.username) ? null : to("staff.usernameInvalid")) : required(form.username);
  const pw = passwordProblem(form.password);
  const passwordError = !form.password ? required(form.password) : pw === "short" ? to("staff.passwordShort") : pw === "long" ? to("staff.passwordLong") : pw === "mix" ? to("staff.passwordMix") : null;
  const mobileError = form.mobile.trim() && !normalizeMobile(form.mobile) ? to("staff.mobileInvalid") : null;
  const valid = TENANT_SLUG.test(form.slug) && form.name.trim() && form.name.trim().length <= MAX_NAME && USERNAME.test(form.username) && pw === null && !mobileError;

  const submit = () => {
    setTouched(true);
    if (valid) create.mutate(newTenantBody(form), { onSuccess: onCreated });
  };

  return (
    <FormDialog
      open={open}
      title={t("tenants.createTitle")}
      onClose={onClose}
      onSubmit={submit}
      submitLabel={tc("create")}
      submitTestId="tenant-save"
      busy={create.isPending}
      error={create.error}
      testId="tenant-dialog"
    >
      <Grid container spacing={2}>
        <Grid size={12}>
          <FormField
            label={t("tenants.name")}
            value={form.name}
            onChange={(e) => set("name", e.target.value)}
            problem={nameError}
            help={t("tenants.nameHelp")}
            name="name"
            autoFocus
            data-testid="tenant-name"
          />
        </Grid>
        <Grid size={{ xs: 12, sm: 7 }}>
          <FormField
            label={t("tenants.slug")}
            value={form.slug}
            onChange={(e) => set("slug", asCode(e.target.value))}
            problem={slugError}
            help={t("tenants.slugHelp")}
            name="slug"
            data-testid="tenant-slug"
            slotProps={{ htmlInput: { dir: "ltr", autoCapitalize: "off", spellCheck: false, maxLength: 31 } }}
          />
        </Grid>
        <Grid size={{ xs: 12, sm: 5 }}>
          <FormField select label={t("tenants.plan")} value={form.plan} onChange={(e) => set("plan", e.target.value)} name="plan" data-testid="tenant-plan">
            {plans.map((p) => (
              <MenuItem key={p} value={p} data-testid={`tenant-plan-option-${p}`}>
                {tc(`plans.${p}`)}
              </MenuItem>
            ))}
          </FormField>
        </Grid>
        <Grid size={12}>
          <Divider />
          <Typography variant="subtitle2" sx={{ mt: 1.5 }}>
            {t("tenants.owner")}
          </Typography>
          <Typography variant="caption" color="text.secondary">
            {t("tenants.ownerHelp")}
          </Typography>
        </Grid>
        <Grid size={{ xs: 12, sm: 6 }}>
          <FormField
            label={t("tenants.ownerUsername")}
            value={form.username}
            onChange={(e) => set("username", asCode(e.target.value))}
            problem={usernameError}
            help=" "
            name="owner.username"
            data-testid="tenant-owner-username"
            slotProps={{ htmlInput: { dir: "ltr", autoCapitalize: "off", spellCheck: false } }}
          />
        </Grid>
        <Grid size={{ xs: 12, sm: 6 }}>
          <FormField
            label={t("tenants.ownerMobile")}
            value={form.mobile}
            onChange={(e) => set("mobile", e.target.value)}
            problem={mobileError}
            help=" "
            name="owner.mobile"
            data-testid="tenant-owner-mobile"
            slotProps={{ htmlInput: { dir: "ltr", inputMode: "tel" } }}
          />
        </Grid>
        <Grid size={12}>
          <Stack direction="row" spacing={1} sx={{ alignItems: "flex-start" }}>
            <FormField
              label={t("tenants.ownerPassword")}
              value={form.password}
              onChange={(e) => set("password", e.target.value)}
              problem={passwordError}
              help={to("staff.passwordHelp")}
              name="owner.password"
              autoComplete="new-password"
              data-testid="tenant-owner-password"
              slotProps={{ htmlInput: { dir: "ltr", spellCheck: false } }}
            />
            <Button onClick={() => set("password", generatePassword())} sx={{ flexShrink: 0, mt: 0.25 }} data-testid="tenant-owner-password-generate">
              {to("staff.generate")}
            </Button>
          </Stack>
        </Grid>
      </Grid>
    </FormDialog>
  );
}
