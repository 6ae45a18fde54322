import { useState } from "react";
import { Box, Grid, MenuItem, Typography } from "@mui/material";
import { useTranslation } from "react-i18next";
import { toLatinDigits } from "../../lib/digits";
import { FormDialog, FormField, useFieldProblem } from "../../components/FormDialog";
import { JalaliDateField } from "../../components/JalaliDateField";
import { useCatalogues } from "../members/catalogues";
import { normaliseTag } from "../members/tags";
import { useSaveSegment, type Segment, type SegmentFilter } from "./queries";

export const SEGMENT_CODE = /^[a-z0-9][a-z0-9_-]{0,39}$/;
const MAX_NAME = 100;

type Filter = Required<{ [K in keyof SegmentFilter]: string }>;
const emptyFilter: Filter = { group: "", level: "", tag: "", city: "", lastPurchaseAfter: "", lastPurchaseBefore: "" };

/** The filter as the API takes it: only what was set. */
export function filterBody(f: Filter): SegmentFilter {
  const out: SegmentFilter = {};
  for (const [k, v] of Object.entries(f) as [keyof Filter, string][]) {
    const value = k === "tag" ? (normaliseTag(v) ?? v.trim()) : v.trim();
    if (value) out[k] = value;
  }
  return out;
}

function DateFilter({ name, label, value, onChange, min, max }: { name: "lastPurchaseAfter" | "lastPurchaseBefore"; label: string; value: string; onChange: (v: string) => void; min?: string; max?: string }) {
  const problem = useFieldProblem(name);
  return <JalaliDateField label={label} name={name} value={value || null} onChange={(v) => onChange(v ?? "")} error={!!problem} helperText={problem ?? " "} minDate={min || undefined} maxDate={max || undefined} />;
}

/**
 * A new segment, or a change to one (its code stays): a name and the filter its members match — a
 * group, a level, a tag, a city, when they last bought. The member count comes from the server.
 */
export function SegmentDialog({ editing, onClose, onSaved }: { editing: Segment | null; onClose: () => void; onSaved: (s: Segment) => void }) {
  const { t } = useTranslation("messaging");
  const { t: tc } = useTranslation();
  const { groups } = useCatalogues();
  const [code, setCode] = useState(editing?.code ?? "");
  const [name, setName] = useState(editing?.name ?? "");
  const [filter, setFilter] = useState<Filter>({ ...emptyFilter, ...Object.fromEntries(Object.entries(editing?.filter ?? {}).map(([k, v]) => [k, v ?? ""])) });
  const [touched, setTouched] = useState(false);
  const save = useSaveSegment();
  const set = (k: keyof Filter) => (v: string) => setFilter((f) => ({ ...f, [k]: v }));

  const codeError = code !== "" && !SEGMENT_CODE.test(code) ? t("segments.codeRule") : touched && !code ? tc("required") : null;
  const nameError = name.trim().length > MAX_NAME ? t("segments.tooLong", { max: MAX_NAME }) : touched && !name.trim() ? tc("required") : null;
  const tagError = filter.tag.trim() && !normaliseTag(filter.tag) ? t("segments.tagRule") : null;

  const submit = () => {
    setTouched(true);
    if (!SEGMENT_CODE.test(code) || !name.trim() || nameError || tagError) return;
    save.mutate({ editing: editing?.code ?? null, body: { code, name: name.trim(), filter: filterBody(filter) } }, { onSuccess: onSaved });
  };

  return (
    <FormDialog
      title={editing ? t("segments.editTitle", { name: editing.name }) : t("segments.createTitle")}
      intro={t("segments.intro")}
      onClose={onClose}
      onSubmit={submit}
      submitLabel={editing ? tc("save") : tc("create")}
      submitTestId="segment-save"
      busy={save.isPending}
      error={save.error}
      testId="segment-dialog"
      maxWidth="md"
    >
      <Grid container spacing={2}>
        <Grid size={{ xs: 12, sm: 6 }}>
          <FormField
            label={t("segments.name")}
            name="name"
            value={name}
            onChange={(e) => setName(e.target.value)}
            problem={nameError}
            autoFocus
            slotProps={{ htmlInput: { dir: "auto", "data-testid": "segment-name" } }}
          />
        </Grid>
        <Grid size={{ xs: 12, sm: 6 }}>
          <FormField
            label={t("segments.code")}
            name="code"
            value={code}
            onChange={(e) => setCode(toLatinDigits(e.target.value).trim().toLowerCase())}
            problem={codeError}
            help={editing ? t("segments.codeFixed") : t("segments.codeHelp")}
            disabled={!!editing}
            slotProps={{ htmlInput: { dir: "ltr", maxLength: 40, spellCheck: false, "data-testid": "segment-code" } }}
          />
        </Grid>
      </Grid>
      <Typography variant="subtitle2" sx={{ pt: 1 }}>
        {t("segments.filter")}
      </Typography>
      <Typography variant="body2" color="text.secondary">
        {t("segments.filterHelp")}
      </Typography>
      <Grid container spacing={2}>
        <Grid size={{ xs: 12, sm: 6 }}>
          <FormField select label={t("filter.group")} name="group" value={filter.group} onChange={(e) => set("group")(e.target.value)} slotProps={{ select: { "data-testid": "segment-group", displayEmpty: true } as object, inputLabel: { shrink: true } }}>
            <MenuItem value="">{t("segments.any")}</MenuItem>
            {(groups.data ?? []).map((g) => (
              <MenuItem key={g.code} value={g.code}>
                {g.name}
              </MenuItem>
            ))}
          </FormField>
        </Grid>
        <Grid size={{ xs: 12, sm: 6 }}>
          <FormField
            label={t("filter.level")}
            name="level"
            value={filter.level}
            onChange={(e) => set("level")(e.target.value)}
            help={t("segments.levelHelp")}
            slotProps={{ htmlInput: { dir: "auto", "data-testid": "segment-level" } }}
          />
        </Grid>
        <Grid size={{ xs: 12, sm: 6 }}>
          <FormField label={t("filter.tag")} name="tag" value={filter.tag} onChange={(e) => set("tag")(e.target.value)} problem={tagError} slotProps={{ htmlInput: { dir: "auto", "data-testid": "segment-tag" } }} />
        </Grid>
        <Grid size={{ xs: 12, sm: 6 }}>
          <FormField label={t("filter.city")} name="city" value={filter.city} onChange={(e) => set("city")(e.target.value)} slotProps={{ htmlInput: { dir: "auto", maxLength: 100, "data-testid": "segment-city" } }} />
        </Grid>
        <Grid size={{ xs: 12, sm: 6 }}>
          <DateFilter name="lastPurchaseAfter" label={t("filter.lastPurchaseAfter")} value={filter.lastPurchaseAfter} onChange={set("lastPurchaseAfter")} max={filter.lastPurchaseBefore} />
        </Grid>
        <Grid size={{ xs: 12, sm: 6 }}>
          <DateFilter name="lastPurchaseBefore" label={t("filter.lastPurchaseBefore")} value={filter.lastPurchaseBefore} onChange={set("lastPurchaseBefore")} min={filter.lastPurchaseAfter} />
        </Grid>
      </Grid>
      <Typography variant="caption" color="text.secondary">
        {t("segments.datesHelp")}
      </Typography>
      {Object.keys(filterBody(filter)).length === 0 && (
        <Box>
          <Typography variant="body2" color="warning.main" data-testid="segment-everyone">
            {t("segments.everyone")}
          </Typography>
        </Box>
      )}
    </FormDialog>
  );
}
