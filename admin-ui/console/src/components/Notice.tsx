import { useCallback, useState, type ReactNode } from "react";
import { Alert, Snackbar } from "@mui/material";

/** A short confirmation of what just happened ("Branch created"), at the bottom of the screen. */
export function useNotice(): [ReactNode, (message: string, severity?: "success" | "info" | "warning") => void] {
  const [notice, setNotice] = useState<{ message: string; severity: "success" | "info" | "warning"; key: number } | null>(null);
  const show = useCallback((message: string, severity: "success" | "info" | "warning" = "success") => setNotice({ message, severity, key: Date.now() }), []);
  const node = (
    <Snackbar key={notice?.key} open={!!notice} autoHideDuration={5000} onClose={() => setNotice(null)} anchorOrigin={{ vertical: "bottom", horizontal: "center" }}>
      <Alert severity={notice?.severity ?? "success"} variant="filled" onClose={() => setNotice(null)} data-testid="notice" sx={{ width: "100%" }}>
        {notice?.message}
      </Alert>
    </Snackbar>
  );
  return [node, show];
}
