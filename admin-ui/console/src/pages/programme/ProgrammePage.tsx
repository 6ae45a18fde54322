import { useState } from "react";
import { Alert, Box, Button, Checkbox, Chip, CircularProgress, FormControlLabel, MenuItem, Stack, TextField } from "@mui/material";
import AddIcon from "@mui/icons-material/Add";
import StarIcon from "@mui/icons-material/Star";
import { useQuery } from "@tanstack/react-query";
import { useSearchParams } from "react-router";
import { useTranslation } from "react-i18next";
import { useSession } from "../../lib/session";
import { PageHeader } from "../../components/PageHeader";
import { ProblemAlert } from "../../components/ProblemAlert";
import { ProgrammeEditor } from "./ProgrammeEditor";
import type { Programme } from "./rules";
import { FormDialog, FormField } from "../../components/FormDialog";
import { memberGroupsQuery, programmesQuery, useCreateProgramme } from "./queries";

/**
 * The club's rules (A3; levels alone with B4): one programme at a time, chosen at the top when the
 * club runs several (L10), edited in sections and saved whole with the version it was loaded at.
 */
export function ProgrammePage() {
  const { t } = useTranslation("programme");
  const { may, has } = useSession();
  const [params, setParams] = useSearchParams();
  const programmes = useQuery(programmesQuery);
  const groups = useQuery(memberGroupsQuery);
  const [creating, setCreating] = useState(false);

  const list = programmes.data ?? [];
  const wanted = params.get("p");
  const selected = list.find((p) => p.code === wanted) ?? list.find((p) => p.isDefault) ?? list[0];
  const canConfigure = may("loyalty-configure");

  const select = (code: string) => {
    const next = new URLSearchParams(params);
    next.set("p", code);
    setParams(next);
  };

  const selector =
    list.length > 0 ? (
      <TextField
        select
        size="small"
        label={t("programme")}
        value={selected?.code ?? ""}
        onChange={(e) => select(e.target.value)}
        sx={{ minWidth: 240 }}
        slotProps={{ htmlInput: { "data-testid": "programme-select" } }}
      >
        {list.map((p) => (
          <MenuItem key={p.code} value={p.code} data-testid={`programme-option-${p.code}`}>
            <Stack direction="row" spacing={1} sx={{ alignItems: "center" }}>
              <span>{p.name}</span>
              {p.isDefault && <Chip size="small" icon={<StarIcon />} label={t("default")} color="primary" variant="outlined" sx={{ height: 20 }} />}
            </Stack>
          </MenuItem>
        ))}
      </TextField>
    ) : null;

  return (
    <>
      <PageHeader
        title={t("title")}
        subtitle={t("subtitle")}
        actions={
          <Stack direction="row" spacing={1} sx={{ alignItems: "center", flexWrap: "wrap", rowGap: 1 }}>
            {selector}
            {canConfigure && has("A3") && selected && (
              <Button variant="outlined" startIcon={<AddIcon />} onClick={() => setCreating(true)} data-testid="programme-new">
                {t("newProgramme")}
              </Button>
            )}
          </Stack>
        }
      />
      {programmes.isPending && (
        <Box sx={{ display: "grid", placeItems: "center", py: 8 }}>
          <CircularProgress />
        </Box>
      )}
      {programmes.error && <ProblemAlert error={programmes.error} onRetry={() => void programmes.refetch()} />}
      {programmes.isSuccess && list.length === 0 && <Alert severity="info">{t("noProgrammes")}</Alert>}
      {selected && <ProgrammeEditor key={selected.code} programme={selected} programmes={list} memberGroups={groups.data ?? []} memberGroupsKnown={groups.isSuccess} />}
      {creating && selected && <NewProgrammeDialog from={selected} onClose={() => setCreating(false)} onCreated={(code) => select(code)} />}
    </>
  );
}

const CODE = /^[a-z0-9][a-z0-9-]{1,39}$/;

/** A new programme, starting from a copy of the rules on screen (as saved). */
function NewProgrammeDialog({ from, onClose, onCreated }: { from: Programme; onClose: () => void; onCreated: (code: string) => void }) {
  const { t } = useTranslation("programme");
  const { t: tc } = useTranslation();
  const [code, setCode] = useState("");
  const [name, setName] = useState("");
  const [copy, setCopy] = useState(true);
  const [attempted, setAttempted] = useState(false);
  const create = useCreateProgramme();
  const submit = () => {
    setAttempted(true);
    if (CODE.test(code) && name.trim())
      create.mutate(
        { code, name: name.trim(), rules: copy ? (from.rules ?? {}) : {} },
        {
          onSuccess: (p) => {
            onClose();
            onCreated(p.code);
          },
        },
      );
  };
  return (
    <FormDialog
      title={t("newProgramme")}
      intro={t("newProgrammeHelp")}
      onClose={onClose}
      onSubmit={submit}
      submitLabel={tc("create")}
      submitTestId="new-programme-create"
      busy={create.isPending}
      error={create.error}
      testId="new-programme-dialog"
    >
      <FormField
        name="name"
        label={t("programmeName")}
        value={name}
        onChange={(e) => setName(e.target.value)}
        problem={attempted && !name.trim() ? t("errors.required") : null}
        help=" "
        autoFocus
        slotProps={{ htmlInput: { "data-testid": "new-programme-name" } }}
      />
      <FormField
        name="code"
        label={t("programmeCode")}
        value={code}
        onChange={(e) => setCode(e.target.value.toLowerCase().replace(/\s/g, "-"))}
        problem={attempted && !CODE.test(code) ? t("errors.programmeCode") : null}
        help={t("programmeCodeHelp")}
        slotProps={{ htmlInput: { dir: "ltr", "data-testid": "new-programme-code" } }}
      />
      <FormControlLabel control={<Checkbox checked={copy} onChange={(e) => setCopy(e.target.checked)} />} label={t("copyRules", { name: from.name })} />
    </FormDialog>
  );
}
