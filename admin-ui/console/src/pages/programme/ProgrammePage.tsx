import { useMemo, useState } from "react";
import { Alert, Box, Button, Checkbox, Chip, CircularProgress, Dialog, DialogActions, DialogContent, DialogContentText, DialogTitle, FormControlLabel, MenuItem, Stack, TextField } from "@mui/material";
import AddIcon from "@mui/icons-material/Add";
import StarIcon from "@mui/icons-material/Star";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useSearchParams } from "react-router";
import { useTranslation } from "react-i18next";
import { api, ApiError } from "../../lib/api";
import { useSession } from "../../lib/session";
import { PageHeader } from "../../components/PageHeader";
import { ProblemAlert } from "../../components/ProblemAlert";
import { ProgrammeEditor } from "./ProgrammeEditor";
import type { MemberGroup } from "./EarningSection";
import type { Programme } from "./rules";
import { PROGRAMMES_KEY } from "./shared";

/**
 * The club's rules (A3; levels alone with B4): one programme at a time, chosen at the top when the
 * club runs several (L10), edited in sections and saved whole with the version it was loaded at.
 */
export function ProgrammePage() {
  const { t } = useTranslation("programme");
  const { may, has } = useSession();
  const [params, setParams] = useSearchParams();
  const programmes = useQuery({ queryKey: PROGRAMMES_KEY, queryFn: () => api<Programme[]>("/programmes") });
  const groups = useQuery({ queryKey: ["member-groups"], queryFn: () => api<MemberGroup[]>("/member-groups"), staleTime: 60_000 });
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
  const client = useQueryClient();
  const [code, setCode] = useState("");
  const [name, setName] = useState("");
  const [copy, setCopy] = useState(true);
  const [attempted, setAttempted] = useState(false);
  const create = useMutation({
    mutationFn: () => api<Programme>("/programmes", { method: "POST", body: { code, name: name.trim(), rules: copy ? from.rules ?? {} : {} } }),
    onSuccess: (p) => {
      client.setQueryData<Programme[]>(PROGRAMMES_KEY, (old) => [...(old ?? []), p]);
      void client.invalidateQueries({ queryKey: PROGRAMMES_KEY });
      onClose();
      onCreated(p.code);
    },
  });
  const codeError = attempted && !CODE.test(code) ? t("errors.programmeCode") : create.error instanceof ApiError ? create.error.fieldError("code") : undefined;
  const nameError = attempted && !name.trim() ? t("errors.required") : create.error instanceof ApiError ? create.error.fieldError("name") : undefined;
  const submit = () => {
    setAttempted(true);
    if (CODE.test(code) && name.trim()) create.mutate();
  };
  const unplaced = useMemo(() => (create.error instanceof ApiError && create.error.errors.some((e) => e.field === "code" || e.field === "name") ? null : create.error), [create.error]);
  return (
    <Dialog open onClose={onClose} fullWidth maxWidth="sm">
      <DialogTitle>{t("newProgramme")}</DialogTitle>
      <DialogContent>
        <DialogContentText sx={{ mb: 2 }}>{t("newProgrammeHelp")}</DialogContentText>
        <Stack spacing={2}>
          <TextField label={t("programmeName")} value={name} onChange={(e) => setName(e.target.value)} error={!!nameError} helperText={nameError ?? " "} autoFocus slotProps={{ htmlInput: { "data-testid": "new-programme-name" } }} />
          <TextField
            label={t("programmeCode")}
            value={code}
            onChange={(e) => setCode(e.target.value.toLowerCase().replace(/\s/g, "-"))}
            error={!!codeError}
            helperText={codeError ?? t("programmeCodeHelp")}
            slotProps={{ htmlInput: { dir: "ltr", "data-testid": "new-programme-code" } }}
          />
          <FormControlLabel control={<Checkbox checked={copy} onChange={(e) => setCopy(e.target.checked)} />} label={t("copyRules", { name: from.name })} />
          <ProblemAlert error={unplaced} />
        </Stack>
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose}>{tc("cancel")}</Button>
        <Button variant="contained" onClick={submit} disabled={create.isPending} data-testid="new-programme-create">
          {tc("create")}
        </Button>
      </DialogActions>
    </Dialog>
  );
}
