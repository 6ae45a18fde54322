import type { FormEvent, ReactNode } from "react";
import { Button, Dialog, DialogActions, DialogContent, DialogTitle, Stack, useMediaQuery, useTheme } from "@mui/material";
import { useTranslation } from "react-i18next";
import { ProblemAlert } from "./ProblemAlert";

/**
 * The frame of a dialog that does one thing (the member profile's, a staff member's sessions): a form with its title, fields, the API's problem if any, and
 * Cancel / confirm. Confirm is disabled while the request is under way, so a double click sends once.
 */
export function ActionDialog({
  open,
  title,
  onClose,
  onConfirm,
  confirmLabel,
  confirmColor = "primary",
  pending = false,
  error,
  children,
  testId,
  confirmDisabled = false,
  hideConfirm = false,
  maxWidth = "xs",
}: {
  open: boolean;
  title: ReactNode;
  onClose: () => void;
  onConfirm: () => void;
  confirmLabel?: ReactNode;
  confirmColor?: "primary" | "error" | "warning" | "success";
  pending?: boolean;
  error?: unknown;
  children: ReactNode;
  testId: string;
  confirmDisabled?: boolean;
  hideConfirm?: boolean;
  maxWidth?: "xs" | "sm" | "md" | "lg";
}) {
  const { t } = useTranslation();
  const theme = useTheme();
  const small = useMediaQuery(theme.breakpoints.down("sm"));
  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (!pending && !confirmDisabled) onConfirm();
  };
  return (
    <Dialog open={open} onClose={pending ? undefined : onClose} fullWidth maxWidth={maxWidth} fullScreen={small} data-testid={testId}>
      <form onSubmit={submit} noValidate>
        <DialogTitle>{title}</DialogTitle>
        <DialogContent>
          <Stack spacing={2} sx={{ pt: 1 }}>
            {children}
            <ProblemAlert error={error} />
          </Stack>
        </DialogContent>
        <DialogActions sx={{ px: 3, pb: 2 }}>
          <Button onClick={onClose} disabled={pending} data-testid="dialog-cancel">
            {hideConfirm ? t("close") : t("cancel")}
          </Button>
          {!hideConfirm && (
            <Button type="submit" variant="contained" color={confirmColor} disabled={pending || confirmDisabled} data-testid="dialog-confirm">
              {confirmLabel ?? t("confirm")}
            </Button>
          )}
        </DialogActions>
      </form>
    </Dialog>
  );
}
