import type { ReactNode } from "react";
import { Button, CircularProgress, Dialog, DialogActions, DialogContent, DialogContentText, DialogTitle } from "@mui/material";
import { useTranslation } from "react-i18next";
import { ProblemAlert } from "./ProblemAlert";

/** Asks before a destructive or far-reaching act (revoking a terminal, suspending a club). */
export function ConfirmDialog({
  open,
  title,
  text,
  confirmLabel,
  onConfirm,
  onClose,
  pending = false,
  error,
  danger = true,
  testId = "confirm",
  children,
}: {
  open: boolean;
  title: ReactNode;
  text?: ReactNode;
  confirmLabel: ReactNode;
  onConfirm: () => void;
  onClose: () => void;
  pending?: boolean;
  error?: unknown;
  danger?: boolean;
  /** The confirm button's data-testid; the dialog's is `${testId}-dialog`. */
  testId?: string;
  children?: ReactNode;
}) {
  const { t } = useTranslation();
  return (
    <Dialog open={open} onClose={pending ? undefined : onClose} maxWidth="xs" fullWidth data-testid={`${testId}-dialog`}>
      <DialogTitle>{title}</DialogTitle>
      <DialogContent>
        {text && <DialogContentText sx={{ mb: children || error ? 2 : 0 }}>{text}</DialogContentText>}
        {children}
        <ProblemAlert error={error} />
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose} disabled={pending} data-testid={`${testId}-cancel`}>
          {t("cancel")}
        </Button>
        <Button
          variant="contained"
          color={danger ? "error" : "primary"}
          onClick={onConfirm}
          disabled={pending}
          startIcon={pending ? <CircularProgress size={16} color="inherit" /> : undefined}
          data-testid={testId}
        >
          {confirmLabel}
        </Button>
      </DialogActions>
    </Dialog>
  );
}
