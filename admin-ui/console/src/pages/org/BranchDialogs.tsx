import { useEffect, useState } from "react";
import { Alert, AlertTitle, Box, Button, Dialog, DialogActions, DialogContent, DialogTitle, Stack, Typography } from "@mui/material";
import { useTranslation } from "react-i18next";
import { newIdempotencyKey } from "../../lib/api";
import { Code } from "../../components/Figures";
import { CopyField } from "../../components/CopyField";
import { FormDialog, FormField } from "../../components/FormDialog";
import { asCode, BRANCH_CODE, MAX_NAME } from "./rules";
import { useCreateBranch, useCreateTerminal, type Branch, type NewTerminal } from "./queries";

// The branches page's dialogs: a new branch, a new terminal, and the terminal's API key shown once.

export function CreateBranchDialog({ open, onClose, onCreated }: { open: boolean; onClose: () => void; onCreated: (b: Branch) => void }) {
  const { t } = useTranslation("org");
  const { t: tc } = useTranslation();
  const [code, setCode] = useState("");
  const [name, setName] = useState("");
  const [touched, setTouched] = useState(false);
  const [key, setKey] = useState(newIdempotencyKey);
  const create = useCreateBranch();
  useEffect(() => {
    if (open) {
      setCode("");
      setName("");
      setTouched(false);
      setKey(newIdempotencyKey());
      create.reset();
    }
  }, [open]);

  const codeError = code !== "" && !BRANCH_CODE.test(code) ? t("branches.codeInvalid") : touched && code === "" ? tc("required") : null;
  const nameError = name.trim().length > MAX_NAME ? t("branches.tooLong", { max: MAX_NAME }) : touched && name.trim() === "" ? tc("required") : null;

  const submit = () => {
    setTouched(true);
    if (BRANCH_CODE.test(code) && name.trim() && name.trim().length <= MAX_NAME) create.mutate({ code, name: name.trim(), key }, { onSuccess: onCreated });
  };

  return (
    <FormDialog
      open={open}
      title={t("branches.createTitle")}
      onClose={onClose}
      onSubmit={submit}
      submitLabel={tc("create")}
      submitTestId="branch-save"
      busy={create.isPending}
      error={create.error}
      testId="branch-dialog"
    >
      <FormField
        label={t("branches.name")}
        value={name}
        onChange={(e) => setName(e.target.value)}
        problem={nameError}
        help={t("branches.nameHelp")}
        name="name"
        autoFocus
        data-testid="branch-name"
      />
      <FormField
        label={t("branches.code")}
        value={code}
        onChange={(e) => setCode(asCode(e.target.value))}
        problem={codeError}
        help={t("branches.codeHelp")}
        name="code"
        data-testid="branch-code"
        slotProps={{ htmlInput: { dir: "ltr", autoCapitalize: "off", spellCheck: false, maxLength: 32 } }}
      />
    </FormDialog>
  );
}

export function CreateTerminalDialog({ open, branch, onClose, onCreated }: { open: boolean; branch: Branch; onClose: () => void; onCreated: (t: NewTerminal) => void }) {
  const { t } = useTranslation("org");
  const { t: tc } = useTranslation();
  const [name, setName] = useState("");
  const [touched, setTouched] = useState(false);
  const create = useCreateTerminal(branch.code);
  useEffect(() => {
    if (open) {
      setName("");
      setTouched(false);
      create.reset();
    }
  }, [open]);
  const error = name.trim().length > MAX_NAME ? t("branches.tooLong", { max: MAX_NAME }) : touched && !name.trim() ? tc("required") : null;
  const submit = () => {
    setTouched(true);
    // The dialog sends nothing while busy: a terminal create is not idempotent, and a double click would make two.
    if (name.trim() && name.trim().length <= MAX_NAME) create.mutate(name.trim(), { onSuccess: onCreated });
  };
  return (
    <FormDialog
      open={open}
      title={t("terminals.createTitle", { branch: branch.name })}
      onClose={onClose}
      onSubmit={submit}
      submitLabel={tc("create")}
      submitTestId="terminal-save"
      busy={create.isPending}
      error={create.error}
      testId="terminal-dialog"
    >
      <FormField
        label={t("terminals.name")}
        value={name}
        onChange={(e) => setName(e.target.value)}
        problem={error}
        help={t("terminals.nameHelp")}
        name="name"
        autoFocus
        data-testid="terminal-name"
      />
    </FormDialog>
  );
}

/** The new terminal's API key, shown this once; the dialog closes only when the operator says he has it. */
export function ApiKeyDialog({ issued, onClose }: { issued: NewTerminal | null; onClose: () => void }) {
  const { t } = useTranslation("org");
  return (
    <Dialog open={!!issued} maxWidth="md" fullWidth data-testid="terminal-key-dialog">
      {issued && (
        <>
          <DialogTitle>{t("terminals.keyTitle", { name: issued.name })}</DialogTitle>
          <DialogContent>
            <Stack spacing={2} sx={{ pt: 1 }}>
              <Alert severity="warning" data-testid="terminal-key-warning">
                <AlertTitle>{t("terminals.keyWarningTitle")}</AlertTitle>
                {t("terminals.keyWarning")}
              </Alert>
              <CopyField label={t("terminals.keyLabel")} value={issued.apiKey} testId="terminal-api-key" />
              <Typography variant="body2" color="text.secondary">
                {t("terminals.id")}: <Code value={issued.terminalId} />
              </Typography>
              <Box>
                <Typography variant="body2" color="text.secondary">
                  {t("terminals.keyUsage")}
                </Typography>
                <Box component="code" dir="ltr" sx={{ display: "block", mt: 0.5, p: 1, bgcolor: "#f7f9f8", borderRadius: 1, fontSize: 12.5, overflowWrap: "anywhere", textAlign: "start" }}>
                  Authorization: ApiKey {issued.apiKey}
                </Box>
              </Box>
            </Stack>
          </DialogContent>
          <DialogActions>
            <Button variant="contained" onClick={onClose} data-testid="terminal-key-done">
              {t("terminals.keyDone")}
            </Button>
          </DialogActions>
        </>
      )}
    </Dialog>
  );
}
