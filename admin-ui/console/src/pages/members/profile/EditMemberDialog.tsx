import { useState } from "react";
import { Alert } from "@mui/material";
import { useTranslation } from "react-i18next";
import { ApiError } from "../../../lib/api";
import { useEditMember } from "./queries";
import { useLang } from "../../../components/useLang";
import { formatCode } from "../../../lib/format";
import { MemberFields } from "../MemberFields";
import { editBody, MEMBER_FIELDS, REQUIRED, valuesOf } from "../memberFormModel";
import { useMemberForm } from "../useMemberForm";
import type { MemberView } from "../types";
import { FormDialog } from "../../../components/FormDialog";

/** PATCH /members/{code} with the fields that changed (null clears one), checked as at registration. */
export function EditMemberDialog({ member, onClose, onDone }: { member: MemberView; onClose: () => void; onDone: (message: string) => void }) {
  const { t } = useTranslation("members");
  const lang = useLang();
  const [before] = useState(() => valuesOf(member));
  const form = useMemberForm(before);
  const [nothing, setNothing] = useState(false);
  const save = useEditMember(member.memberCode);
  const fieldErrors = save.error instanceof ApiError && save.error.errors.length > 0;
  return (
    <FormDialog
      open
      testId="edit-dialog"
      title={t("edit.title")}
      onClose={onClose}
      onSubmit={() => {
        if (!form.validate()) return;
        const body = editBody(before, form.values);
        setNothing(Object.keys(body).length === 0);
        if (Object.keys(body).length > 0)
          save.mutate(body, {
            onSuccess: () => {
              onDone(t("edit.done"));
              onClose();
            },
            onError: (error) => form.showServerErrors(error instanceof ApiError ? error : null),
          });
      }}
      submitLabel={t("common:save", { defaultValue: "Save" })}
      busy={save.isPending}
      error={save.error}
      fields={MEMBER_FIELDS}
      maxWidth="md"
    >
      <MemberFields
        form={form}
        required={REQUIRED}
        nationalCodeHint={member.nationalCode ? t("edit.nationalCodeKeep", { masked: formatCode(member.nationalCode, lang) }) : undefined}
      />
      {fieldErrors && <Alert severity="warning">{t("form.fixErrors")}</Alert>}
      {nothing && <Alert severity="info">{t("edit.nothing")}</Alert>}
    </FormDialog>
  );
}
