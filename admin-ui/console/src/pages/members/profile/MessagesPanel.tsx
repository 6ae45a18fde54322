import { useState } from "react";
import { Box, Button, Paper, Stack, Typography } from "@mui/material";
import SendIcon from "@mui/icons-material/SendOutlined";
import { type GridColDef } from "@mui/x-data-grid";
import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { Link as RouterLink } from "react-router";
import { useTranslation } from "react-i18next";
import { useSession } from "../../../lib/session";
import { formatRial } from "../../../lib/format";
import { useLang } from "../../../components/useLang";
import { JalaliDate } from "../../../components/Figures";
import { ProblemAlert } from "../../../components/ProblemAlert";
import { FeatureGate } from "../../../components/Guards";
import { MessageText, StatusChip } from "../../messaging/MessageParts";
import { useChannelName } from "../../messaging/Channels";
import { PagedGrid } from "../gridParts";
import { memberMessagesQuery, type MemberMessage } from "./queries";

/** What the club sent the member (messages-read, C1): when, on which channel, what it said, how it went and what it cost. */
export function MessagesPanel({ code }: { code: string }) {
  const { t } = useTranslation("messaging");
  const { may } = useSession();
  return (
    <Paper sx={{ overflow: "hidden" }} data-testid="member-messages">
      <Stack direction="row" sx={{ px: 2, pt: 2, pb: 1, alignItems: "center", justifyContent: "space-between" }}>
        <Typography variant="h6">{t("member.title")}</Typography>
        {may("messages-send") && (
          <Button size="small" startIcon={<SendIcon />} component={RouterLink} to={`/messages/new?members=${encodeURIComponent(code)}`} data-testid="member-message-new">
            {t("member.send")}
          </Button>
        )}
      </Stack>
      <FeatureGate feature="C1" compact>
        <Messages code={code} />
      </FeatureGate>
    </Paper>
  );
}

function Messages({ code }: { code: string }) {
  const { t } = useTranslation("messaging");
  const lang = useLang();
  const channelName = useChannelName();
  const [model, setModel] = useState({ page: 0, pageSize: 10 });
  const messages = useQuery({ ...memberMessagesQuery(code, model.page, model.pageSize), placeholderData: keepPreviousData });
  const columns: GridColDef<MemberMessage>[] = [
    {
      field: "createdAt",
      headerName: t("member.when"),
      width: 150,
      renderCell: (p) => <JalaliDate value={p.row.sentAt ?? p.row.createdAt} time />,
    },
    { field: "channel", headerName: t("member.channel"), width: 90, valueGetter: (_v, row) => channelName(row.channel) },
    {
      field: "text",
      headerName: t("member.text"),
      flex: 1,
      minWidth: 200,
      renderCell: (p) => (
        <Box sx={{ py: 1 }}>
          <MessageText text={p.row.text ?? "—"} clamp={3} />
        </Box>
      ),
    },
    { field: "status", headerName: t("member.status"), width: 150, renderCell: (p) => <StatusChip status={p.row.status} /> },
    { field: "cost", headerName: t("member.cost"), width: 110, renderCell: (p) => <bdi>{p.row.cost == null ? "—" : formatRial(p.row.cost, lang)}</bdi> },
  ];
  return (
    <>
      {messages.error != null && (
        <Box sx={{ px: 2, pb: 1 }}>
          <ProblemAlert error={messages.error} onRetry={() => void messages.refetch()} />
        </Box>
      )}
      <PagedGrid
        rows={messages.data?.items ?? []}
        total={messages.data?.total ?? 0}
        columns={columns}
        model={model}
        onModelChange={setModel}
        loading={messages.isFetching}
        empty={t("member.empty")}
        rowTestId="member-message-row"
      />
    </>
  );
}
