import { useState } from "react";
import { Button, Chip, Grid, IconButton, LinearProgress, Paper, Stack, Tooltip, Typography } from "@mui/material";
import AddIcon from "@mui/icons-material/Add";
import EditIcon from "@mui/icons-material/EditOutlined";
import TemplateIcon from "@mui/icons-material/TextSnippetOutlined";
import { useQuery } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import { useSession } from "../../lib/session";
import { formatNumber } from "../../lib/format";
import { useLang } from "../../components/useLang";
import { JalaliDate } from "../../components/Figures";
import { ProblemAlert } from "../../components/ProblemAlert";
import { useNotice } from "../../components/Notice";
import { MessagingFrame } from "./MessagingFrame";
import { MessageText } from "./MessageParts";
import { TemplateDialog } from "./TemplateDialog";
import { useChannelName } from "./Channels";
import { templatesQuery, type Template } from "./queries";

/** The club's message templates of every channel: what they say (and an email's subject), their placeholders marked, and what an SMS one costs in parts. */
export function TemplatesPage() {
  const { t } = useTranslation("messaging");
  const lang = useLang();
  const { may } = useSession();
  const channelName = useChannelName();
  const templates = useQuery(templatesQuery);
  const [dialog, setDialog] = useState<{ editing: Template | null } | null>(null);
  const [notice, notify] = useNotice();
  const canWrite = may("messages-send");
  const sorted = [...(templates.data ?? [])].sort((a, b) => a.code.localeCompare(b.code));

  return (
    <MessagingFrame
      tab="templates"
      subtitle={t("templates.subtitle")}
      actions={
        canWrite && (
          <Button variant="contained" startIcon={<AddIcon />} onClick={() => setDialog({ editing: null })} data-testid="template-create">
            {t("templates.create")}
          </Button>
        )
      }
    >
      <ProblemAlert error={templates.error} onRetry={() => void templates.refetch()} />
      {templates.isPending && <LinearProgress />}
      {templates.data?.length === 0 && (
        <Paper sx={{ p: 4, textAlign: "center" }} data-testid="templates-empty">
          <TemplateIcon color="disabled" sx={{ fontSize: 48 }} />
          <Typography sx={{ mt: 1 }}>{t("templates.empty")}</Typography>
          <Typography variant="body2" color="text.secondary">
            {t("templates.emptyHint")}
          </Typography>
        </Paper>
      )}
      <Grid container spacing={2}>
        {sorted.map((x) => (
          <Grid key={x.code} size={{ xs: 12, md: 6, xl: 4 }}>
            <Paper sx={{ p: 2, height: "100%", display: "flex", flexDirection: "column" }} data-testid={`template-${x.code}`}>
              <Stack direction="row" spacing={1} sx={{ alignItems: "center", mb: 1 }}>
                <Typography sx={{ fontWeight: 700, flex: 1, minWidth: 0 }} noWrap>
                  <bdi dir="ltr">{x.code}</bdi>
                </Typography>
                <Chip size="small" label={channelName(x.channel)} data-testid={`template-channel-${x.code}`} />
                {canWrite && (
                  <Tooltip title={t("templates.edit")}>
                    <IconButton size="small" onClick={() => setDialog({ editing: x })} data-testid={`template-edit-${x.code}`} aria-label={t("templates.edit")}>
                      <EditIcon fontSize="small" />
                    </IconButton>
                  </Tooltip>
                )}
              </Stack>
              {x.subject && (
                <Typography variant="body2" sx={{ fontWeight: 500, mb: 0.5 }} dir="auto">
                  {x.subject}
                </Typography>
              )}
              <MessageText text={x.text} clamp={4} testId={`template-text-${x.code}`} />
              <Stack direction="row" spacing={1} sx={{ mt: "auto", pt: 1.5, flexWrap: "wrap", rowGap: 0.5, alignItems: "center" }}>
                <Typography variant="caption" color="text.secondary">
                  {t("count.characters", { count: x.characters, n: formatNumber(x.characters, lang) })}
                  {x.channel === "SMS" && `${t("count.and")}${t("count.parts", { count: x.smsParts, n: formatNumber(x.smsParts, lang) })}`}
                </Typography>
                <Typography variant="caption" color="text.secondary" sx={{ ms: "auto" }}>
                  {t("templates.updated")} <JalaliDate value={x.updatedAt} />
                </Typography>
              </Stack>
            </Paper>
          </Grid>
        ))}
      </Grid>
      {dialog && (
        <TemplateDialog
          editing={dialog.editing}
          onClose={() => setDialog(null)}
          onSaved={(saved) => {
            setDialog(null);
            notify(t(dialog.editing ? "templates.saved" : "templates.created", { code: saved.code }));
          }}
        />
      )}
      {notice}
    </MessagingFrame>
  );
}
