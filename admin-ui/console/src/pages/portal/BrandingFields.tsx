import type { ChangeEvent, ReactNode } from "react";
import { Box, FormControl, FormControlLabel, FormHelperText, FormLabel, Paper, Radio, RadioGroup, Stack, TextField, Typography } from "@mui/material";
import LockIcon from "@mui/icons-material/LockOutlined";
import { useTranslation } from "react-i18next";
import { useSession } from "../../lib/session";
import { isHexColour, normalizeHex, type BrandingForm } from "./branding";
import { TEMPLATES, type Template } from "./queries";

/** A titled part of the form. */
export function Section({ title, testId, children }: { title: string; testId: string; children: ReactNode }) {
  return (
    <Paper component="section" aria-label={title} sx={{ p: { xs: 2, sm: 2.5 } }} data-testid={testId}>
      <Typography variant="h6" component="h2" sx={{ mb: 2 }}>
        {title}
      </Typography>
      <Stack spacing={2}>{children}</Stack>
    </Paper>
  );
}

/**
 * The line under a part the club's plan does not let it set: shown disabled rather than hidden, with the
 * cheapest plan that has the feature (J1 app icon, J2 template, J3 colours and domain; Premium today).
 */
export function PlanLine({ feature, testId }: { feature: string; testId: string }) {
  const { t } = useTranslation("portal");
  const { t: tc } = useTranslation();
  const { unlockedBy } = useSession();
  const plan = unlockedBy(feature) ?? "PREMIUM";
  return (
    <Stack direction="row" spacing={1} sx={{ alignItems: "center", color: "warning.dark" }} data-testid={testId} data-plan={plan}>
      <LockIcon fontSize="small" aria-hidden />
      <Typography variant="body2">{t("planLine", { plan: tc(`plans.${plan}`) })}</Typography>
    </Stack>
  );
}

/** A colour: the browser's colour picker and the same colour as `#rrggbb` text, either one typed. */
export function ColourField({
  name,
  label,
  value,
  fallback,
  disabled,
  problem,
  onChange,
  onBlur,
}: {
  name: "primaryColor" | "backgroundColor";
  label: string;
  value: string;
  /** What the picker shows while the text is not a colour: the saved one. */
  fallback: string;
  disabled: boolean;
  problem: string | undefined;
  onChange: (value: string) => void;
  onBlur: () => void;
}) {
  const { t } = useTranslation("portal");
  const typed = normalizeHex(value);
  const swatch = isHexColour(typed) ? typed : fallback;
  return (
    <Stack direction="row" spacing={1.5} sx={{ alignItems: "flex-start" }}>
      <Box
        component="input"
        type="color"
        value={swatch}
        disabled={disabled}
        onChange={(e: ChangeEvent<HTMLInputElement>) => onChange(e.target.value)}
        aria-label={t("picker", { field: label })}
        data-testid={`${name}-picker`}
        sx={{ width: 56, height: 56, p: 0.5, border: 1, borderColor: "divider", borderRadius: 1, bgcolor: "background.paper", cursor: disabled ? "default" : "pointer", flex: "none" }}
      />
      <TextField
        label={label}
        name={name}
        value={value}
        disabled={disabled}
        onChange={(e) => onChange(e.target.value)}
        onBlur={onBlur}
        error={!!problem}
        helperText={problem ?? t("colourHelp")}
        sx={{ maxWidth: 220 }}
        slotProps={{ htmlInput: { dir: "ltr", spellCheck: false, autoComplete: "off", maxLength: 9, "data-testid": `${name}-text` } }}
      />
    </Stack>
  );
}

/** The three templates, each with what it looks like in a few words. */
export function TemplateField({ value, disabled, problem, onChange }: { value: Template; disabled: boolean; problem: string | undefined; onChange: (t: Template) => void }) {
  const { t } = useTranslation("portal");
  return (
    <FormControl disabled={disabled} error={!!problem}>
      <FormLabel id="template-label">{t("template")}</FormLabel>
      <RadioGroup aria-labelledby="template-label" name="template" value={value} onChange={(e) => onChange(e.target.value as Template)} data-testid="template">
        {TEMPLATES.map((tp) => (
          <FormControlLabel
            key={tp}
            value={tp}
            control={<Radio slotProps={{ input: { "data-testid": `template-${tp}` } as object }} />}
            label={
              <span>
                {t(`templates.${tp}`)}
                <Typography component="span" variant="body2" color="text.secondary">
                  {" — "}
                  {t(`templateHelp.${tp}`)}
                </Typography>
              </span>
            }
          />
        ))}
      </RadioGroup>
      {problem && <FormHelperText>{problem}</FormHelperText>}
    </FormControl>
  );
}

export type SetForm = <K extends keyof BrandingForm>(key: K, value: BrandingForm[K]) => void;
