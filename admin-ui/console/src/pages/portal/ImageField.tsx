import { useRef, useState } from "react";
import { Box, Button, CircularProgress, FormHelperText, Stack, Typography } from "@mui/material";
import UploadIcon from "@mui/icons-material/FileUploadOutlined";
import DeleteIcon from "@mui/icons-material/DeleteOutlined";
import { useTranslation } from "react-i18next";
import { ProblemAlert } from "../../components/ProblemAlert";
import { useRemoveImage, useUploadImage, type ImageKind } from "./queries";

/**
 * The club's logo or app icon: the current image, a button that picks a file, checked here by
 * `check` before it is uploaded on its own (PUT /portal/branding/{kind}), and one that removes it.
 */
export function ImageField({
  kind,
  label,
  help,
  emptyText,
  alt,
  currentUrl,
  accept,
  disabled = false,
  check,
  onDone,
}: {
  kind: ImageKind;
  label: string;
  help: string;
  emptyText: string;
  alt: string;
  currentUrl: string | null;
  accept: string;
  disabled?: boolean;
  /** The file's problem in words, or null when it may be uploaded. */
  check: (file: File) => Promise<string | null>;
  onDone: (message: string) => void;
}) {
  const { t } = useTranslation("portal");
  const input = useRef<HTMLInputElement>(null);
  const upload = useUploadImage(kind);
  const remove = useRemoveImage(kind);
  const [problem, setProblem] = useState<string | null>(null);
  const busy = upload.isPending || remove.isPending;
  const helpId = `${kind}-help`;

  const picked = async (file: File | undefined) => {
    if (input.current) input.current.value = "";
    if (!file) return;
    upload.reset();
    remove.reset();
    const found = await check(file);
    setProblem(found);
    if (!found) upload.mutate(file, { onSuccess: () => onDone(t("uploaded")) });
  };

  return (
    <Box data-testid={`${kind}-field`}>
      <Typography variant="subtitle2" component="p" sx={{ mb: 1 }}>
        {label}
      </Typography>
      <Stack direction="row" spacing={2} sx={{ alignItems: "center" }}>
        <Box
          sx={{
            width: 72,
            height: 72,
            flex: "none",
            borderRadius: 2,
            border: 1,
            borderColor: "divider",
            display: "grid",
            placeItems: "center",
            overflow: "hidden",
            bgcolor: "background.default",
          }}
        >
          {currentUrl ? (
            <img src={currentUrl} alt={alt} style={{ maxWidth: "100%", maxHeight: "100%" }} data-testid={`${kind}-current`} />
          ) : (
            <Typography variant="caption" color="text.secondary" sx={{ p: 0.5, textAlign: "center" }} data-testid={`${kind}-none`}>
              —
            </Typography>
          )}
        </Box>
        <Stack spacing={1} sx={{ minWidth: 0 }}>
          <Stack direction="row" spacing={1} sx={{ flexWrap: "wrap" }}>
            <Button
              variant="outlined"
              size="small"
              startIcon={upload.isPending ? <CircularProgress size={16} color="inherit" /> : <UploadIcon />}
              disabled={disabled || busy}
              onClick={() => input.current?.click()}
              aria-describedby={helpId}
              data-testid={`${kind}-choose`}
            >
              {upload.isPending ? t("uploading") : currentUrl ? t("replace") : t("choose")}
            </Button>
            {currentUrl && (
              <Button
                variant="text"
                size="small"
                color="error"
                startIcon={<DeleteIcon />}
                disabled={disabled || busy}
                onClick={() => {
                  setProblem(null);
                  upload.reset();
                  remove.mutate(undefined, { onSuccess: () => onDone(t("removed")) });
                }}
                aria-label={`${t("remove")}: ${label}`}
                data-testid={`${kind}-remove`}
              >
                {t("remove")}
              </Button>
            )}
          </Stack>
          <input
            ref={input}
            type="file"
            accept={accept}
            hidden
            disabled={disabled || busy}
            aria-label={label}
            onChange={(e) => void picked(e.target.files?.[0])}
            data-testid={`${kind}-file`}
          />
          <FormHelperText id={helpId} error={!!problem} sx={{ m: 0 }} data-testid={`${kind}-problem`} role={problem ? "alert" : undefined}>
            {problem ?? help}
          </FormHelperText>
          {!currentUrl && (
            <Typography variant="caption" color="text.secondary">
              {emptyText}
            </Typography>
          )}
        </Stack>
      </Stack>
      <Box sx={{ mt: upload.error || remove.error ? 1 : 0 }}>
        <ProblemAlert error={upload.error ?? remove.error} />
      </Box>
    </Box>
  );
}
