import { useState } from "react";
import { Typography } from "@mui/material";
import { useTranslation } from "react-i18next";
import { useSetPin } from "./queries";
import { toLatinDigits } from "../../../lib/digits";
import { FormDialog, FormField } from "../../../components/FormDialog";

/** PUT /members/{code}/pin {"pin"} → 204: sets or replaces the 4 to 6 digit PIN that guards credit (M4). */
export function PinDialog({ code, onClose, onDone }: { code: string; onClose: () => void; onDone: (message: string) => void }) {
  const { t } = useTranslation("members");
  const [pin, setPin] = useState("");
  const [repeat, setRepeat] = useState("");
  const [tried, setTried] = useState(false);
  const digits = toLatinDigits(pin.trim());
  const badPin = !/^\d{4,6}$/.test(digits);
  const mismatch = toLatinDigits(repeat.trim()) !== digits;
  const showMismatch = mismatch && (tried || (repeat.length > 0 && repeat.length >= pin.length));
  const set = useSetPin(code);
  const pinProps = { inputMode: "numeric" as const, dir: "ltr", maxLength: 6, autoComplete: "off", style: { letterSpacing: 6, textAlign: "center" as const } };
  return (
    <FormDialog
      open
      maxWidth="xs"
      testId="pin-dialog"
      title={t("pinDialog.title")}
      onClose={onClose}
      onSubmit={() => {
        setTried(true);
        if (!badPin && !mismatch)
          set.mutate(digits, {
            onSuccess: () => {
              onDone(t("pinDialog.done"));
              onClose();
            },
          });
      }}
      submitLabel={t("profile.resetPin")}
      busy={set.isPending}
      error={set.error}
    >
      <Typography variant="body2" color="text.secondary">
        {t("pinDialog.help")}
      </Typography>
      <FormField
        name="pin"
        type="password"
        label={t("pinDialog.pin")}
        value={pin}
        onChange={(e) => setPin(e.target.value)}
        autoFocus
        problem={(tried || pin.length >= 4) && badPin ? t("errors.pin") : null}
        slotProps={{ htmlInput: { ...pinProps, "data-testid": "pin-new" } }}
      />
      <FormField
        name="repeat"
        type="password"
        label={t("pinDialog.repeat")}
        value={repeat}
        onChange={(e) => setRepeat(e.target.value)}
        problem={showMismatch ? t("errors.pinMismatch") : null}
        slotProps={{ htmlInput: { ...pinProps, "data-testid": "pin-repeat" } }}
      />
    </FormDialog>
  );
}
