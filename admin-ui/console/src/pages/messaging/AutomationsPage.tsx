import { useState } from "react";
import {
  Alert,
  Chip,
  CircularProgress,
  LinearProgress,
  MenuItem,
  Paper,
  Stack,
  Switch,
  Table,
  TableBody,
  TableCell,
  TableContainer,
  TableHead,
  TableRow,
  TextField,
  Typography,
} from "@mui/material";
import { useQuery } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import { ApiError } from "../../lib/api";
import { useSession } from "../../lib/session";
import { LockedFeature } from "../../components/Guards";
import { ProblemAlert } from "../../components/ProblemAlert";
import { MessagingFrame } from "./MessagingFrame";
import { channelOptions, useChannelName, useChannels } from "./Channels";
import { automationsQuery, templatesQuery, useConfigureAutomation, type Automation, type Channel, type ChannelInfo, type Template } from "./queries";

/**
 * The events the club answers with a message on its own (API-2.md, "Messaging"): each trigger's
 * switch, channel and template, saved as soon as it changes. Receipts come with messaging (C1);
 * marketing triggers need marketing automation (C5) and show locked, with the plan that has it, without it.
 */
export function AutomationsPage() {
  const { t } = useTranslation("messaging");
  const automations = useQuery(automationsQuery);
  const templates = useQuery(templatesQuery);
  const channels = useChannels();
  return (
    <MessagingFrame tab="automations" subtitle={t("automations.subtitle")}>
      <ProblemAlert error={automations.error} onRetry={() => void automations.refetch()} />
      {automations.isPending && <LinearProgress />}
      {templates.data && templates.data.length === 0 && (
        <Alert severity="info" sx={{ mb: 2 }} data-testid="automations-no-templates">
          {t("automations.noTemplates")}
        </Alert>
      )}
      {automations.data && (
        <TableContainer component={Paper}>
          <Table size="small" data-testid="automations">
            <TableHead>
              <TableRow>
                <TableCell>{t("automations.trigger")}</TableCell>
                <TableCell>{t("automations.enabled")}</TableCell>
                <TableCell sx={{ minWidth: 140 }}>{t("automations.channel")}</TableCell>
                <TableCell sx={{ minWidth: 200 }}>{t("automations.template")}</TableCell>
              </TableRow>
            </TableHead>
            <TableBody>
              {automations.data.map((a) => (
                <AutomationRow key={a.trigger} automation={a} templates={templates.data ?? []} channels={channels} />
              ))}
            </TableBody>
          </Table>
        </TableContainer>
      )}
    </MessagingFrame>
  );
}

function AutomationRow({ automation: a, templates, channels }: { automation: Automation; templates: Template[]; channels: ChannelInfo[] }) {
  const { t } = useTranslation("messaging");
  const channelName = useChannelName();
  const { may, has } = useSession();
  const configure = useConfigureAutomation();
  const [draft, setDraft] = useState<{ channel: Channel; template: string }>({ channel: a.channel ?? "SMS", template: a.template ?? "" });
  const [needsTemplate, setNeedsTemplate] = useState(false);
  const locked = !has(a.feature);
  const canWrite = may("messages-send") && !locked;
  const options = templates.filter((x) => x.channel === draft.channel);

  const save = (enabled: boolean, channel: Channel, template: string) => {
    if (!template) {
      setNeedsTemplate(true);
      return;
    }
    setNeedsTemplate(false);
    configure.mutate({ trigger: a.trigger, body: { enabled, channel, template } });
  };
  const problem = configure.error instanceof ApiError ? (configure.error.fieldError("template") ?? configure.error.fieldError("channel")) : undefined;

  return (
    <TableRow data-testid={`automation-${a.trigger}`} data-enabled={a.enabled} data-locked={locked}>
      <TableCell sx={{ maxWidth: 360 }}>
        <Stack direction="row" spacing={1} sx={{ alignItems: "center", flexWrap: "wrap", rowGap: 0.5 }}>
          <Typography variant="body2" sx={{ fontWeight: 700 }}>
            {t(`triggers.${a.trigger}.name`)}
          </Typography>
          <Chip size="small" variant="outlined" color={a.kind === "MARKETING" ? "secondary" : "primary"} label={t(`kinds.${a.kind}`)} />
          {locked && <LockedFeature feature={a.feature} compact />}
        </Stack>
        <Typography variant="caption" color="text.secondary" component="p" sx={{ mt: 0.5 }}>
          {t(`triggers.${a.trigger}.help`)}
        </Typography>
        {configure.error != null && !problem && <ProblemAlert error={configure.error} />}
      </TableCell>
      <TableCell>
        <Stack direction="row" sx={{ alignItems: "center" }}>
          <Switch
            checked={a.enabled}
            disabled={!canWrite || configure.isPending}
            onChange={(e) => save(e.target.checked, draft.channel, draft.template)}
            slotProps={{ input: { "aria-label": t(`triggers.${a.trigger}.name`), "data-testid": `automation-switch-${a.trigger}` } as object }}
          />
          {configure.isPending && <CircularProgress size={16} />}
        </Stack>
      </TableCell>
      <TableCell>
        {canWrite ? (
          <TextField
            select
            size="small"
            value={draft.channel}
            onChange={(e) => setDraft({ channel: e.target.value as Channel, template: "" })}
            slotProps={{ select: { "data-testid": `automation-channel-${a.trigger}` } as object }}
          >
            {/* A channel outside the plan shows its lock; an automation already on it can still be switched off. */}
            {channelOptions(channels, channelName, `automation-channel-${a.trigger}-option`, a.channel)}
          </TextField>
        ) : (
          <Typography variant="body2">{a.channel ? channelName(a.channel) : "—"}</Typography>
        )}
      </TableCell>
      <TableCell>
        {canWrite ? (
          <TextField
            select
            size="small"
            value={options.some((x) => x.code === draft.template) ? draft.template : ""}
            onChange={(e) => {
              setDraft((d) => ({ ...d, template: e.target.value }));
              save(a.enabled, draft.channel, e.target.value);
            }}
            error={needsTemplate || !!problem}
            helperText={needsTemplate ? t("automations.pickTemplate") : problem}
            slotProps={{ select: { "data-testid": `automation-template-${a.trigger}`, displayEmpty: true } as object }}
          >
            <MenuItem value="" disabled>
              {options.length === 0 ? t("automations.noTemplateOfChannel") : t("automations.chooseTemplate")}
            </MenuItem>
            {options.map((x) => (
              <MenuItem key={x.code} value={x.code}>
                <bdi dir="ltr">{x.code}</bdi>
              </MenuItem>
            ))}
          </TextField>
        ) : (
          <Typography variant="body2">{a.template ? <bdi dir="ltr">{a.template}</bdi> : "—"}</Typography>
        )}
      </TableCell>
    </TableRow>
  );
}
