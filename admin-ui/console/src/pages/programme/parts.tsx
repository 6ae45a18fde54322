import { useContext, useState, type ReactNode } from "react";
import { Box, Button, IconButton, Paper, Stack, Tooltip, Typography } from "@mui/material";
import AddIcon from "@mui/icons-material/Add";
import DeleteIcon from "@mui/icons-material/DeleteOutlined";
import { useTranslation } from "react-i18next";
import { ConfirmDialog } from "../../components/ConfirmDialog";
import { EditableContext, useForm } from "./form";
import { emptyRow } from "./rules";

/** One card of a section: a title, what it decides in a sentence, its inputs. */
export function SectionCard({ title, subtitle, actions, children, testId }: { title: ReactNode; subtitle?: ReactNode; actions?: ReactNode; children: ReactNode; testId?: string }) {
  return (
    <Paper sx={{ p: { xs: 2, sm: 3 } }} data-testid={testId}>
      <Stack direction="row" spacing={2} sx={{ alignItems: "flex-start", justifyContent: "space-between", mb: 2 }}>
        <Box>
          <Typography variant="h6" component="h2" sx={{ fontSize: 17, fontWeight: 700 }}>
            {title}
          </Typography>
          {subtitle && (
            <Typography variant="body2" color="text.secondary" sx={{ mt: 0.5, maxWidth: 760 }}>
              {subtitle}
            </Typography>
          )}
        </Box>
        {actions && <Box sx={{ flexShrink: 0 }}>{actions}</Box>}
      </Stack>
      {children}
    </Paper>
  );
}

/** "Add" under a list of rows. */
export function AddRowButton({ listPath, label, values, testId }: { listPath: string; label: ReactNode; values?: Record<string, unknown>; testId?: string }) {
  const form = useForm();
  const editable = useContext(EditableContext);
  if (!editable) return null;
  const add = () => form.set(listPath, [...((form.value(listPath) as unknown[]) ?? []), emptyRow(listPath, values)]);
  return (
    <Button startIcon={<AddIcon />} onClick={add} data-testid={testId} size="small">
      {label}
    </Button>
  );
}

/**
 * Removes row {@code index} of a list. A row that came from the saved programme is asked about
 * first when {@code confirm} says what removing it does.
 */
export function RemoveRowButton({ listPath, index, confirm, testId }: { listPath: string; index: number; confirm?: ReactNode; testId?: string }) {
  const { t } = useTranslation("programme");
  const form = useForm();
  const editable = useContext(EditableContext);
  const [asking, setAsking] = useState(false);
  if (!editable) return null;
  const remove = () => {
    const rows = (form.value(listPath) as unknown[]) ?? [];
    form.set(
      listPath,
      rows.filter((_, i) => i !== index),
    );
    setAsking(false);
  };
  return (
    <>
      <Tooltip title={t("remove")}>
        <IconButton aria-label={t("remove")} onClick={() => (confirm ? setAsking(true) : remove())} data-testid={testId} size="small">
          <DeleteIcon fontSize="small" />
        </IconButton>
      </Tooltip>
      {confirm && (
        <ConfirmDialog open={asking} title={t("removeTitle")} text={confirm} confirmLabel={t("remove")} onClose={() => setAsking(false)} onConfirm={remove} testId="confirm-remove" />
      )}
    </>
  );
}

/** A muted sentence that says in words what the inputs above it mean. */
export function Explain({ children, testId }: { children: ReactNode; testId?: string }) {
  return (
    <Box sx={{ bgcolor: "#eef5f3", borderRadius: 2, px: 2, py: 1.25, mt: 1 }} data-testid={testId}>
      <Typography variant="body2" sx={{ color: "#0b4a43" }}>
        {children}
      </Typography>
    </Box>
  );
}

/** An empty list's line. */
export function EmptyLine({ children }: { children: ReactNode }) {
  return (
    <Typography variant="body2" color="text.secondary" sx={{ py: 1 }}>
      {children}
    </Typography>
  );
}
