import { createContext, useCallback, useContext, useEffect, useId, useMemo, useRef, useState, type FormEvent, type ReactNode } from "react";
import {
  Button,
  CircularProgress,
  Dialog,
  DialogActions,
  DialogContent,
  DialogContentText,
  DialogTitle,
  Stack,
  TextField,
  useMediaQuery,
  useTheme,
  type TextFieldProps,
} from "@mui/material";
import { useTranslation } from "react-i18next";
import { ApiError, isField } from "../lib/api";
import { ProblemAlert } from "./ProblemAlert";

/**
 * The one frame of every create and edit dialog: a form with its title, fields, the API's problem and
 * Cancel / submit. While the request is under way the submit button spins and is disabled (a double
 * click sends once) and the dialog cannot be closed. A problem+json answer's field errors are shown
 * under the fields they name (a {@link FormField}, a field that calls {@link useFieldProblem}, or a
 * name in `fields`), the first such field gets the focus, and only what no field shows is left for
 * the alert. Words come from the common namespace, so the frame is Persian or English with the page,
 * right to left or left to right with the theme.
 */
export function FormDialog({
  open = true,
  title,
  intro,
  onClose,
  onSubmit,
  submitLabel,
  submitColor = "primary",
  submitTestId = "dialog-confirm",
  submitDisabled = false,
  hideSubmit = false,
  busy = false,
  error,
  fields = [],
  children,
  testId,
  maxWidth = "sm",
}: {
  open?: boolean;
  title: ReactNode;
  /** A sentence under the title: what the dialog does. */
  intro?: ReactNode;
  onClose: () => void;
  /** Called on submit (Enter or the button), unless busy or submitDisabled. */
  onSubmit: () => void;
  submitLabel?: ReactNode;
  submitColor?: "primary" | "error" | "warning" | "success";
  submitTestId?: string;
  submitDisabled?: boolean;
  /** A dialog that only shows something: the submit button goes and Cancel reads Close. */
  hideSubmit?: boolean;
  busy?: boolean;
  /** The failed request's error: an ApiError (problem+json) or a network failure. */
  error?: unknown;
  /** Field names the dialog's own fields already show the server's messages for (besides FormFields). */
  fields?: readonly string[];
  children: ReactNode;
  /** The dialog's data-testid. */
  testId: string;
  maxWidth?: "xs" | "sm" | "md" | "lg";
}) {
  const { t } = useTranslation();
  const theme = useTheme();
  const small = useMediaQuery(theme.breakpoints.down("sm"));
  const formRef = useRef<HTMLFormElement>(null);
  const titleId = useId();
  const introId = useId();
  const [registered, setRegistered] = useState<readonly string[]>([]);
  const register = useCallback((name: string) => {
    setRegistered((names) => (names.includes(name) ? names : [...names, name]));
    return () => setRegistered((names) => names.filter((n) => n !== name));
  }, []);
  const shown = useMemo(() => [...fields, ...registered], [fields, registered]);
  const server = error instanceof ApiError ? error : null;

  // The operator's eyes go where the problem is: to the first field the server found fault with,
  // once per answer (the fields may say which names they show only after it arrived).
  const focusedFor = useRef<ApiError | null>(null);
  useEffect(() => {
    if (!server || focusedFor.current === server || !formRef.current) return;
    const field = server.errors.flatMap((e) => shown.filter((name) => isField(e.field, name)))[0];
    const input = field && /^[\w.-]+$/.test(field) ? formRef.current.querySelector<HTMLElement>(`[name="${field}"]`) : null;
    if (input) {
      input.focus();
      focusedFor.current = server;
    }
  }, [server, shown]);

  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (!busy && !submitDisabled && !hideSubmit) onSubmit();
  };
  const context = useMemo(() => ({ error: server, register }), [server, register]);

  return (
    <Dialog
      open={open}
      onClose={busy ? undefined : onClose}
      fullWidth
      maxWidth={maxWidth}
      fullScreen={small}
      data-testid={testId}
      aria-labelledby={titleId}
      aria-describedby={intro ? introId : undefined}
    >
      <form ref={formRef} onSubmit={submit} noValidate aria-busy={busy}>
        <DialogTitle id={titleId}>{title}</DialogTitle>
        <DialogContent>
          <FormDialogContext.Provider value={context}>
            <Stack spacing={2} sx={{ pt: 1 }}>
              {intro && <DialogContentText id={introId}>{intro}</DialogContentText>}
              {children}
              <ProblemAlert error={error} hideFields={shown} />
            </Stack>
          </FormDialogContext.Provider>
        </DialogContent>
        <DialogActions sx={{ px: 3, pb: 2 }}>
          <Button onClick={onClose} disabled={busy} data-testid="dialog-cancel">
            {hideSubmit ? t("close") : t("cancel")}
          </Button>
          {!hideSubmit && (
            <Button
              type="submit"
              variant="contained"
              color={submitColor}
              disabled={busy || submitDisabled}
              data-testid={submitTestId}
              startIcon={busy ? <CircularProgress size={16} color="inherit" aria-label={t("loading")} /> : undefined}
            >
              {submitLabel ?? t("confirm")}
            </Button>
          )}
        </DialogActions>
      </form>
    </Dialog>
  );
}

const FormDialogContext = createContext<{ error: ApiError | null; register: (name: string) => () => void } | null>(null);

/**
 * The server's message for the field `name` of the surrounding FormDialog, if its last answer named
 * it; the field is then counted as showing it, so the dialog's alert leaves it out.
 */
export function useFieldProblem(name: string | undefined): string | undefined {
  const context = useContext(FormDialogContext);
  const register = context?.register;
  useEffect(() => (name && register ? register(name) : undefined), [name, register]);
  if (!name || !context?.error) return undefined;
  return context.error.errors.find((e) => isField(e.field, name))?.message;
}

/**
 * A text field of a FormDialog: its own rule's problem (`problem`) first, else the server's message
 * for its `name`, else its help; marked in error for either. Everything else is MUI's TextField.
 */
export function FormField({ name, problem, help, ...props }: Omit<TextFieldProps, "name" | "error" | "helperText"> & { name: string; problem?: string | null; help?: ReactNode }) {
  const server = useFieldProblem(name);
  const message = problem || server;
  return <TextField name={name} error={!!message} helperText={message || help} {...props} />;
}
