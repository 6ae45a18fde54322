import { useState } from "react";
import { FormControlLabel, FormHelperText, Switch, Box } from "@mui/material";
import { useTranslation } from "react-i18next";
import { useChangeMemberStatus } from "./queries";
import type { MemberView } from "../types";
import { FormDialog, FormField } from "../../../components/FormDialog";

/** M5: a member active or not, his credit usable or not, with a reason for the audit log. */
export function StatusDialog({ member, onClose, onDone }: { member: MemberView; onClose: () => void; onDone: (message: string) => void }) {
  const { t } = useTranslation("members");
  const [active, setActive] = useState(member.active);
  const [creditActive, setCreditActive] = useState(member.creditActive);
  const [reason, setReason] = useState("");
  const [tried, setTried] = useState(false);
  const change = useChangeMemberStatus(member.memberCode);
  const unchanged = active === member.active && creditActive === member.creditActive;
  const missing = tried && !reason.trim();
  return (
    <FormDialog
      open
      maxWidth="xs"
      testId="status-dialog"
      title={t("statusDialog.title")}
      onClose={onClose}
      onSubmit={() => {
        setTried(true);
        if (reason.trim())
          change.mutate(
            { active, creditActive, reason: reason.trim() },
            {
              onSuccess: () => {
                onDone(t("statusDialog.done"));
                onClose();
              },
            },
          );
      }}
      submitLabel={t("statusDialog.confirm")}
      submitColor={!active || !creditActive ? "warning" : "primary"}
      busy={change.isPending}
      error={change.error}
      submitDisabled={unchanged}
    >
      <Box>
        <FormControlLabel
          control={<Switch checked={active} onChange={(e) => setActive(e.target.checked)} slotProps={{ input: { "data-testid": "status-active" } as object }} />}
          label={t("statusDialog.active")}
        />
        <FormHelperText sx={{ mt: 0 }}>{t("statusDialog.activeHelp")}</FormHelperText>
      </Box>
      <Box>
        <FormControlLabel
          control={<Switch checked={creditActive} onChange={(e) => setCreditActive(e.target.checked)} slotProps={{ input: { "data-testid": "status-credit" } as object }} />}
          label={t("statusDialog.creditActive")}
        />
        <FormHelperText sx={{ mt: 0 }}>{t("statusDialog.creditHelp")}</FormHelperText>
      </Box>
      <FormField
        name="reason"
        label={t("statusDialog.reason")}
        value={reason}
        onChange={(e) => setReason(e.target.value)}
        required
        problem={missing ? t("errors.reason") : null}
        slotProps={{ htmlInput: { "data-testid": "dialog-reason", maxLength: 500 } }}
      />
    </FormDialog>
  );
}
