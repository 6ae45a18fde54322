import { Autocomplete, Grid, TextField, Typography } from "@mui/material";
import CheckIcon from "@mui/icons-material/CheckCircleOutlineOutlined";
import { useTranslation } from "react-i18next";
import { memo, type ReactNode } from "react";
import { JalaliDateField } from "../../components/JalaliDateField";
import { useLang } from "../../components/useLang";
import { formatCode, formatNumber } from "../../lib/format";
import { normalizeMobile, normalizeNationalCode } from "../../lib/validation";
import { useCatalogues } from "./catalogues";
import type { FieldProblem, MemberField } from "./memberFormModel";
import type { MemberFormState } from "./useMemberForm";

/** A problem of a member field in the operator's words. */
export function useProblemText() {
  const { t } = useTranslation("members");
  const lang = useLang();
  return (p: FieldProblem | undefined) => (p ? (p.text ?? t(p.key, { max: formatNumber(p.max, lang), code: formatCode(p.code, lang) })) : undefined);
}

export function Section({ title, children }: { title: string; children: ReactNode }) {
  return (
    <>
      <Grid size={12}>
        <Typography variant="subtitle1" sx={{ fontWeight: 700, mt: 1 }} color="primary">
          {title}
        </Typography>
      </Grid>
      {children}
    </>
  );
}

/**
 * Every field of M1 (MemberForm), grouped as an operator fills them in: who, how to reach him, where
 * he stands in the club, the rest. Shared by registration and the edit dialog.
 */
export function MemberFields({
  form,
  required,
  nationalCodeHint,
  extraClub,
}: {
  form: MemberFormState;
  required: ReadonlySet<MemberField>;
  /** What to say under an empty national code (the edit dialog: the stored one, masked). */
  nationalCodeHint?: string;
  /** More fields in the club section (registration: card type and tags). */
  extraClub?: ReactNode;
}) {
  const { t } = useTranslation("members");
  const lang = useLang();
  const problemText = useProblemText();
  const { groups, categories } = useCatalogues();
  const { values, setValue, blur, problems } = form;

  const field = (name: MemberField, extra: Omit<FieldProps, "name" | "value" | "label" | "required" | "problem" | "onChange" | "onBlur" | "lang"> = {}) => (
    <MemberTextField
      name={name}
      value={values[name]}
      label={t(`fields.${name}`)}
      required={required.has(name)}
      problem={problemText(problems[name])}
      onChange={setValue}
      onBlur={blur}
      lang={lang}
      {...extra}
    />
  );

  const mobileOk = !problems.mobile && normalizeMobile(values.mobile);
  const nationalOk = !problems.nationalCode && values.nationalCode && normalizeNationalCode(values.nationalCode);
  const titles = t("titles", { returnObjects: true }) as unknown as string[];

  const date = (name: "birthDate" | "marriageDate") => (
    <MemberDateField name={name} value={values[name]} label={t(`fields.${name}`)} problem={problemText(problems[name])} onChange={setValue} onBlur={blur} />
  );

  return (
    <Grid container spacing={2}>
      <Section title={t("form.identity")}>
        <Grid size={{ xs: 12, sm: 2.5 }}>
          <TitleField value={values.title} label={t("fields.title")} options={titles} problem={problemText(problems.title)} onChange={setValue} onBlur={blur} />
        </Grid>
        <Grid size={{ xs: 12, sm: 4.75 }}>{field("firstName", { autoComplete: "off" })}</Grid>
        <Grid size={{ xs: 12, sm: 4.75 }}>{field("lastName", { autoComplete: "off" })}</Grid>
        <Grid size={{ xs: 12, sm: 4 }}>
          {field("mobile", {
            ltr: true,
            numeric: true,
            type: "tel",
            placeholder: "0912 123 4567",
            ok: mobileOk ? t("form.mobileOk", { value: formatCode(mobileOk, lang) }) : undefined,
          })}
        </Grid>
        <Grid size={{ xs: 12, sm: 4 }}>
          {field("nationalCode", {
            ltr: true,
            numeric: true,
            placeholder: "0012345679",
            ok: nationalOk ? t("form.nationalCodeOk") : undefined,
            helperText: nationalCodeHint,
          })}
        </Grid>
        <Grid size={{ xs: 12, sm: 4 }}>{date("birthDate")}</Grid>
      </Section>

      <Section title={t("form.contact")}>
        <Grid size={{ xs: 12, sm: 6 }}>{field("email", { ltr: true, type: "email", placeholder: "name@example.ir" })}</Grid>
        <Grid size={{ xs: 12, sm: 6 }}>{field("phone", { ltr: true, numeric: true, type: "tel" })}</Grid>
        <Grid size={{ xs: 12, sm: 6 }}>{field("otherPhones", { ltr: true })}</Grid>
        <Grid size={{ xs: 12, sm: 6 }}>{field("city")}</Grid>
        <Grid size={{ xs: 12, sm: 6 }}>{field("postalCode", { ltr: true, numeric: true })}</Grid>
        <Grid size={12}>{field("address", { multiline: true, minRows: 1, maxRows: 4 })}</Grid>
      </Section>

      <Section title={t("form.club")}>
        <Grid size={{ xs: 12, sm: 4 }}>
          {field("group", {
            select: true,
            disabled: groups.data?.length === 0 && !values.group,
            helperText: groups.data?.length === 0 ? t("form.noGroups") : undefined,
            options: groups.data,
            none: t("form.none"),
          })}
        </Grid>
        <Grid size={{ xs: 12, sm: 4 }}>
          {field("category", {
            select: true,
            disabled: categories.data?.length === 0 && !values.category,
            helperText: categories.data?.length === 0 ? t("form.noCategories") : undefined,
            options: categories.data,
            none: t("form.none"),
          })}
        </Grid>
        <Grid size={{ xs: 12, sm: 4 }}>{field("referrerCode", { ltr: true, numeric: true, placeholder: "100001" })}</Grid>
        {extraClub}
      </Section>

      <Section title={t("form.more")}>
        <Grid size={{ xs: 12, sm: 4 }}>{date("marriageDate")}</Grid>
        <Grid size={{ xs: 12, sm: 4 }}>{field("educationDegree")}</Grid>
        <Grid size={{ xs: 12, sm: 4 }}>{field("educationField")}</Grid>
        <Grid size={{ xs: 12, sm: 6 }}>{field("externalRef", { ltr: true })}</Grid>
        <Grid size={12}>{field("notes", { multiline: true, minRows: 2, maxRows: 6 })}</Grid>
      </Section>
    </Grid>
  );
}

interface FieldProps {
  name: MemberField;
  value: string;
  label: string;
  required: boolean;
  problem: string | undefined;
  onChange: (name: MemberField, value: string) => void;
  onBlur: (name: MemberField) => void;
  lang: "fa" | "en";
  /** Said in green under a field whose value is right (the stored form of a mobile). */
  ok?: string;
  helperText?: string;
  ltr?: boolean;
  numeric?: boolean;
  type?: string;
  placeholder?: string;
  autoComplete?: string;
  multiline?: boolean;
  minRows?: number;
  maxRows?: number;
  disabled?: boolean;
  /** A native select of these entries, with {@code none} for no choice. */
  select?: boolean;
  options?: { code: string; name: string }[];
  none?: string;
}

/**
 * One text field of the form. Memoised: typing in one field re-renders that field only, which keeps
 * a long form quick on a till's tablet.
 */
const MemberTextField = memo(function MemberTextField({ name, value, label, required, problem, onChange, onBlur, lang, ok, helperText, ltr, numeric, select, options, none, ...rest }: FieldProps) {
  return (
    <TextField
      label={label}
      required={required}
      value={value}
      onChange={(e) => onChange(name, e.target.value)}
      onBlur={() => onBlur(name)}
      error={!!problem}
      helperText={
        problem ??
        (ok ? (
          <span style={{ display: "inline-flex", alignItems: "center", gap: 4, color: "#2e7d32" }}>
            <CheckIcon sx={{ fontSize: 14 }} />
            {ok}
          </span>
        ) : (
          helperText
        ))
      }
      select={select}
      {...rest}
      slotProps={{
        ...(select ? { select: { native: true }, inputLabel: { shrink: true } } : {}),
        htmlInput: {
          "data-testid": `field-${name}`,
          name,
          dir: ltr ? "ltr" : "auto",
          inputMode: numeric ? "numeric" : undefined,
          style: ltr ? { textAlign: lang === "fa" ? "right" : "left" } : undefined,
        },
        formHelperText: { "data-testid": `error-${name}` } as object,
      }}
    >
      {select
        ? [
            <option key="" value="">
              {none}
            </option>,
            ...(options ?? []).map((e) => (
              <option key={e.code} value={e.code}>
                {e.name}
              </option>
            )),
          ]
        : undefined}
    </TextField>
  );
});

const MemberDateField = memo(function MemberDateField({
  name,
  value,
  label,
  problem,
  onChange,
  onBlur,
}: {
  name: "birthDate" | "marriageDate";
  value: string;
  label: string;
  problem: string | undefined;
  onChange: (name: MemberField, value: string) => void;
  onBlur: (name: MemberField) => void;
}) {
  return (
    <JalaliDateField
      label={label}
      name={name}
      value={value || null}
      onChange={(iso) => {
        onChange(name, iso ?? "");
        onBlur(name);
      }}
      disableFuture
      minDate="1900-01-01"
      error={!!problem}
      helperText={problem}
    />
  );
});

const TitleField = memo(function TitleField({
  value,
  label,
  options,
  problem,
  onChange,
  onBlur,
}: {
  value: string;
  label: string;
  options: string[];
  problem: string | undefined;
  onChange: (name: MemberField, value: string) => void;
  onBlur: (name: MemberField) => void;
}) {
  return (
    <Autocomplete
      freeSolo
      options={Array.isArray(options) ? options : []}
      inputValue={value}
      onInputChange={(_, v) => onChange("title", v)}
      renderInput={(params) => (
        <TextField
          {...params}
          label={label}
          onBlur={() => onBlur("title")}
          error={!!problem}
          helperText={problem}
          slotProps={{ ...params.slotProps, htmlInput: { ...params.slotProps.htmlInput, "data-testid": "field-title", name: "title" } }}
        />
      )}
    />
  );
});
