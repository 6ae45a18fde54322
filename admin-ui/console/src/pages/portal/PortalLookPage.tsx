import { useMemo, useState } from "react";
import { Alert, Box, Button, CircularProgress, Grid, LinearProgress, Link, Stack, TextField, Typography } from "@mui/material";
import OpenIcon from "@mui/icons-material/OpenInNew";
import { useQuery } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import { ApiError } from "../../lib/api";
import { useSession } from "../../lib/session";
import { PageHeader } from "../../components/PageHeader";
import { ProblemAlert } from "../../components/ProblemAlert";
import { useNotice } from "../../components/Notice";
import { useLang } from "../../components/useLang";
import { formatNumber } from "../../lib/format";
import { ColourField, PlanLine, Section, TemplateField, type SetForm } from "./BrandingFields";
import { ImageField } from "./ImageField";
import { PortalPreview } from "./PortalPreview";
import {
  changesOf,
  checkIcon,
  checkLogoFile,
  formOf,
  formProblems,
  FORM_FIELDS,
  ICON_MAX_BYTES,
  ICON_MIN_PX,
  LOGO_MAX_BYTES,
  readImageSize,
  shownColour,
  type BrandingForm,
  type FileProblem,
  type FormField,
} from "./branding";
import { brandingQuery, SOCIAL_KEYS, useSaveBranding, type Branding } from "./queries";

/** The member portal's look (issue 13, CP2): name, logo, colours, template, app icon, domain and contacts, with a live preview. */
export function PortalLookPage() {
  const { t } = useTranslation("portal");
  const { t: tc } = useTranslation();
  const branding = useQuery(brandingQuery);
  return (
    <>
      <PageHeader title={tc("nav.portalLook")} subtitle={t("subtitle")} />
      {branding.isPending && <LinearProgress />}
      <ProblemAlert error={branding.error} onRetry={() => void branding.refetch()} />
      {branding.data && <BrandingEditor saved={branding.data} />}
    </>
  );
}

const kb = (bytes: number) => Math.ceil(bytes / 1024);

function BrandingEditor({ saved }: { saved: Branding }) {
  const { t } = useTranslation("portal");
  const { t: tc } = useTranslation();
  const { unlockedBy } = useSession();
  const lang = useLang();
  const n = (v: number | undefined) => formatNumber(v ?? 0, lang);
  const [notice, notify] = useNotice();
  const save = useSaveBranding();
  // Taken from the server once, and again from each save's answer; an upload of the logo or the icon
  // changes only those, so what is being typed stays.
  const [form, setFormState] = useState<BrandingForm>(() => formOf(saved));
  const [shown, setShown] = useState<Set<FormField>>(new Set());
  const set: SetForm = (key, value) => setFormState((f) => ({ ...f, [key]: value }));
  const blurred = (field: FormField) => setShown((s) => new Set(s).add(field));

  const problems = formProblems(form);
  const changes = useMemo(() => changesOf(form, saved), [form, saved]);
  const changed = Object.keys(changes).length > 0;
  const server = save.error instanceof ApiError ? save.error : null;
  const allowed = saved.allowed;

  /** Under a field: its own rule's problem once it was left or a save tried, else the server's. */
  const problemOf = (field: FormField): string | undefined => {
    const own = problems[field];
    if (own && shown.has(field)) return t(`problems.${own}`);
    if (field === "domain" && server?.status === 409) return t("problems.domainTaken");
    return server?.fieldError(field);
  };

  const submit = () => {
    setShown(new Set(FORM_FIELDS));
    if (Object.keys(problems).length > 0 || !changed) return;
    save.mutate(changes, {
      onSuccess: (answer) => {
        setFormState(formOf(answer));
        setShown(new Set());
        notify(t("saved"));
      },
    });
  };

  const fileProblem = (problem: FileProblem | null, file: File, max: number, pixels?: { width: number; height: number }) => {
    if (!problem) return null;
    if (problem === "size") return t("problems.size", { size: n(kb(file.size)), max: n(kb(max)) });
    if (problem === "square" || problem === "small") return t(`problems.${problem}`, { width: n(pixels?.width), height: n(pixels?.height), min: n(ICON_MIN_PX) });
    return t(`problems.${problem}`);
  };
  const checkLogo = async (file: File) => {
    const p = checkLogoFile(file);
    return p === "type" ? t("problems.logoType") : fileProblem(p, file, LOGO_MAX_BYTES);
  };
  const checkAppIcon = async (file: File) => {
    let pixels: { width: number; height: number } | undefined;
    const p = await checkIcon(file, async (f) => (pixels = await readImageSize(f)));
    return p === "type" ? t("problems.iconType") : fileProblem(p, file, ICON_MAX_BYTES, pixels);
  };

  const look = {
    name: form.displayName.trim() || saved.clubName,
    logoUrl: saved.logoUrl,
    primary: shownColour(form.primaryColor, saved.primaryColor),
    background: shownColour(form.backgroundColor, saved.backgroundColor),
    template: form.template,
  };
  const plan = tc(`plans.${unlockedBy("J3") ?? "PREMIUM"}`);

  return (
    <>
      <Grid container spacing={3} sx={{ alignItems: "flex-start" }}>
        <Grid size={{ xs: 12, md: 7 }}>
          <Stack
            component="form"
            noValidate
            spacing={2}
            aria-label={tc("nav.portalLook")}
            onSubmit={(e) => {
              e.preventDefault();
              submit();
            }}
            data-testid="branding-form"
          >
            <Section title={t("sections.identity")} testId="section-identity">
              <TextField
                label={t("displayName")}
                name="displayName"
                value={form.displayName}
                onChange={(e) => set("displayName", e.target.value)}
                error={!!problemOf("displayName")}
                helperText={problemOf("displayName") ?? t("displayNameHelp", { club: saved.clubName })}
                slotProps={{ htmlInput: { dir: "auto", "data-testid": "displayName" } }}
              />
              <ImageField
                kind="logo"
                label={t("logo")}
                help={t("logoHelp")}
                emptyText={t("logoNone")}
                alt={t("logoAlt")}
                currentUrl={saved.logoUrl}
                accept="image/png,image/jpeg,image/webp"
                check={checkLogo}
                onDone={notify}
              />
            </Section>

            <Section title={t("sections.colours")} testId="section-colours">
              {!allowed.colors && <PlanLine feature="J3" testId="plan-line-colours" />}
              {(["primaryColor", "backgroundColor"] as const).map((name) => (
                <ColourField
                  key={name}
                  name={name}
                  label={t(name)}
                  value={form[name]}
                  fallback={saved[name]}
                  disabled={!allowed.colors}
                  problem={problemOf(name)}
                  onChange={(v) => set(name, v)}
                  onBlur={() => blurred(name)}
                />
              ))}
            </Section>

            <Section title={t("sections.template")} testId="section-template">
              {!allowed.template && <PlanLine feature="J2" testId="plan-line-template" />}
              <TemplateField value={form.template} disabled={!allowed.template} problem={problemOf("template")} onChange={(v) => set("template", v)} />
            </Section>

            <Section title={t("sections.icon")} testId="section-icon">
              {!allowed.icon && <PlanLine feature="J1" testId="plan-line-icon" />}
              <ImageField
                kind="icon"
                label={t("icon")}
                help={t("iconHelp")}
                emptyText={t("iconNone")}
                alt={t("iconAlt")}
                currentUrl={saved.iconUrl}
                accept="image/png"
                disabled={!allowed.icon}
                check={checkAppIcon}
                onDone={notify}
              />
            </Section>

            <Section title={t("sections.contact")} testId="section-contact">
              {!allowed.domain && <PlanLine feature="J3" testId="plan-line-domain" />}
              <TextField
                label={t("domain")}
                name="domain"
                value={form.domain}
                disabled={!allowed.domain}
                onChange={(e) => set("domain", e.target.value)}
                onBlur={() => blurred("domain")}
                error={!!problemOf("domain")}
                helperText={problemOf("domain") ?? t("domainHelp")}
                slotProps={{ htmlInput: { dir: "ltr", spellCheck: false, autoComplete: "off", "data-testid": "domain" } }}
              />
              <TextField
                label={t("address")}
                name="address"
                value={form.address}
                multiline
                minRows={2}
                onChange={(e) => set("address", e.target.value)}
                error={!!problemOf("address")}
                helperText={problemOf("address")}
                slotProps={{ htmlInput: { dir: "auto", "data-testid": "address" } }}
              />
              <Typography variant="subtitle2" component="p">
                {t("social")}
              </Typography>
              <Grid container spacing={2}>
                {SOCIAL_KEYS.map((k) => (
                  <Grid key={k} size={{ xs: 12, sm: 6 }}>
                    <TextField
                      fullWidth
                      label={t(`links.${k}`)}
                      name={k}
                      value={form.social[k]}
                      onChange={(e) => set("social", { ...form.social, [k]: e.target.value })}
                      error={!!problemOf(k)}
                      helperText={problemOf(k) ?? t("socialHelp")}
                      slotProps={{ htmlInput: { dir: "ltr", spellCheck: false, autoComplete: "off", "data-testid": `social-${k}` } }}
                    />
                  </Grid>
                ))}
              </Grid>
            </Section>

            <SaveProblem error={save.error} plan={plan} />
            <Stack direction="row" spacing={2} sx={{ alignItems: "center" }}>
              <Button
                type="submit"
                variant="contained"
                disabled={save.isPending || !changed}
                startIcon={save.isPending ? <CircularProgress size={16} color="inherit" /> : undefined}
                data-testid="branding-save"
              >
                {t("save")}
              </Button>
              <Typography variant="body2" color="text.secondary" role="status" data-testid="branding-state">
                {changed ? t("unsaved") : t("noChanges")}
              </Typography>
            </Stack>
          </Stack>
        </Grid>

        <Grid size={{ xs: 12, md: 5 }} sx={{ position: { md: "sticky" }, top: { md: 80 } }}>
          <Stack spacing={1.5} sx={{ alignItems: "center" }} component="aside" aria-label={t("preview.title")}>
            <Box sx={{ textAlign: "center" }}>
              <Typography variant="h6" component="h2">
                {t("preview.title")}
              </Typography>
              <Typography variant="body2" color="text.secondary">
                {t("preview.help")}
              </Typography>
            </Box>
            <PortalPreview look={look} />
            <Link href={saved.portalUrl} target="_blank" rel="noopener noreferrer" aria-label={t("preview.openLabel")} data-testid="open-portal" sx={{ display: "inline-flex", alignItems: "center", gap: 0.5 }}>
              {t("preview.open")}
              <OpenIcon fontSize="small" aria-hidden />
            </Link>
          </Stack>
        </Grid>
      </Grid>
      {notice}
    </>
  );
}

/** Why a save was refused, when no field shows it: another club's domain (409), a setting the plan lacks (403), or the server's own words. */
function SaveProblem({ error, plan }: { error: unknown; plan: string }) {
  const { t } = useTranslation("portal");
  const { t: tc } = useTranslation();
  if (!(error instanceof ApiError)) return <ProblemAlert error={error} />;
  if (error.status === 409) {
    return (
      <Alert severity="warning" role="alert" data-testid="branding-conflict" data-problem={error.slug}>
        {t("errors.conflict")}
      </Alert>
    );
  }
  if (error.status === 403) {
    const notInPlan = error.slug === "feature-not-in-plan";
    return (
      <Alert severity="warning" role="alert" data-testid="branding-forbidden" data-problem={error.slug}>
        {notInPlan ? t("errors.notInPlan", { plan }) : tc("errors.forbidden")}
        {error.detail && (
          <Box component="span" dir="auto" sx={{ display: "block", mt: 0.5 }}>
            {error.detail}
          </Box>
        )}
      </Alert>
    );
  }
  return <ProblemAlert error={error} hideFields={FORM_FIELDS} />;
}
