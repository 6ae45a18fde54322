import { IconButton, InputAdornment, TextField, Tooltip } from "@mui/material";
import ContentCopyIcon from "@mui/icons-material/ContentCopy";
import { useState } from "react";
import { useTranslation } from "react-i18next";

/** A read-only secret (an API key shown once) with a copy button. */
export function CopyField({ label, value, testId }: { label: string; value: string; testId?: string }) {
  const { t } = useTranslation();
  const [copied, setCopied] = useState(false);
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(value);
    } catch {
      // Without clipboard permission (plain http), the field is selected for Ctrl+C instead.
      const input = document.querySelector<HTMLInputElement>(`[data-testid="${testId ?? "copy-field"}"] input`);
      input?.select();
    }
    setCopied(true);
  };
  return (
    <TextField
      label={label}
      value={value}
      data-testid={testId ?? "copy-field"}
      slotProps={{
        // The input's own direction: in a right-to-left page a long key otherwise shows its end, cut.
        htmlInput: { dir: "ltr" },
        input: {
          readOnly: true,
          sx: { fontFamily: "monospace", direction: "ltr" },
          endAdornment: (
            <InputAdornment position="end">
              <Tooltip title={copied ? t("copied") : t("copy")}>
                <IconButton onClick={copy} aria-label={t("copy")}>
                  <ContentCopyIcon fontSize="small" />
                </IconButton>
              </Tooltip>
            </InputAdornment>
          ),
        },
      }}
    />
  );
}
