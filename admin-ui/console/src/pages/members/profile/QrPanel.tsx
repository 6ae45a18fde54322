import { useEffect, useState } from "react";
import { Box, Button, Paper, Skeleton, Stack, ToggleButton, ToggleButtonGroup, Typography } from "@mui/material";
import RefreshIcon from "@mui/icons-material/Refresh";
import { useQuery } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import { qrQuery } from "./queries";
import { useSession } from "../../../lib/session";
import { LockedFeature } from "../../../components/Guards";
import { ProblemAlert } from "../../../components/ProblemAlert";

/** The member's personal QR code (B7): the digital one for a phone (valid minutes), or the printed one. */
export function QrPanel({ code }: { code: string }) {
  const { t } = useTranslation("members");
  const { has } = useSession();
  return (
    <Paper sx={{ p: 2, height: "100%" }} data-testid="qr">
      <Typography variant="h6" sx={{ mb: 1 }}>
        {t("qr.title")}
      </Typography>
      {has("B7") ? <QrImage code={code} /> : <LockedFeature feature="B7" compact />}
    </Paper>
  );
}

function QrImage({ code }: { code: string }) {
  const { t } = useTranslation("members");
  const [kind, setKind] = useState<"digital" | "printed">("digital");
  const image = useQuery({
    ...qrQuery(code, kind),
    // A digital code expires in a few minutes; a fresh one is drawn before the old one dies.
    refetchInterval: kind === "digital" ? 4 * 60_000 : false,
    staleTime: 0,
    gcTime: 0,
  });
  const [url, setUrl] = useState<string | null>(null);
  useEffect(() => {
    if (!image.data) return;
    const u = URL.createObjectURL(image.data);
    setUrl(u);
    return () => URL.revokeObjectURL(u);
  }, [image.data]);

  return (
    <Stack spacing={1.5} sx={{ alignItems: "center" }}>
      <ToggleButtonGroup size="small" exclusive value={kind} onChange={(_, v) => v && setKind(v)}>
        <ToggleButton value="digital" data-testid="qr-digital">
          {t("qr.digital")}
        </ToggleButton>
        <ToggleButton value="printed" data-testid="qr-printed">
          {t("qr.printed")}
        </ToggleButton>
      </ToggleButtonGroup>
      <Box sx={{ width: 200, height: 200, p: 1, border: "1px solid #e3e8e6", borderRadius: 2, bgcolor: "white" }}>
        {url && !image.isError ? (
          <img src={url} alt={t("qr.alt", { code })} width={182} height={182} data-testid="member-qr" />
        ) : image.isError ? null : (
          <Skeleton variant="rectangular" width={182} height={182} />
        )}
      </Box>
      <ProblemAlert error={image.error} />
      <Typography variant="caption" color="text.secondary" sx={{ textAlign: "center" }}>
        {kind === "digital" ? t("qr.digitalHelp") : t("qr.printedHelp")}
      </Typography>
      {kind === "digital" && (
        <Button size="small" startIcon={<RefreshIcon />} onClick={() => void image.refetch()} disabled={image.isFetching} data-testid="qr-refresh">
          {t("qr.refresh")}
        </Button>
      )}
    </Stack>
  );
}
