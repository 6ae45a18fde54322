import { useState } from "react";
import { Box, Chip, Paper, Stack, Typography } from "@mui/material";
import { type GridColDef } from "@mui/x-data-grid";
import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { Link as RouterLink } from "react-router";
import { useTranslation } from "react-i18next";
import { formatNumber, formatRial } from "../../lib/format";
import { useLang } from "../../components/useLang";
import { Code, JalaliDate } from "../../components/Figures";
import { ProblemAlert } from "../../components/ProblemAlert";
import { PagedGrid } from "../members/gridParts";
import { StatusChip } from "./MessageParts";
import { useNotReachedReason } from "./ComposePreview";
import { batchMessagesQuery, STATUSES, type Batch, type BatchMessage, type MessageStatus } from "./queries";

/**
 * A send's messages, all or those of one status (the statuses this send has, with their counts): who
 * got it, who did not and why, a page at a time. Read again with the report while messages wait.
 */
export function BatchMessages({ batch, refreshEvery }: { batch: Batch; refreshEvery: number | false }) {
  const { t } = useTranslation("messaging");
  const lang = useLang();
  const reason = useNotReachedReason();
  const [status, setStatus] = useState<MessageStatus | null>(null);
  const [model, setModel] = useState({ page: 0, pageSize: 10 });
  const messages = useQuery({
    ...batchMessagesQuery(batch.batchId, status, model.page, model.pageSize),
    placeholderData: keepPreviousData,
    refetchInterval: refreshEvery,
  });
  const choose = (s: MessageStatus | null) => {
    setStatus(s);
    setModel((m) => ({ ...m, page: 0 }));
  };
  const columns: GridColDef<BatchMessage>[] = [
    {
      field: "memberCode",
      headerName: t("batch.memberColumn"),
      flex: 1,
      minWidth: 180,
      renderCell: (p) =>
        p.row.memberCode ? (
          <Stack direction="row" spacing={1} sx={{ alignItems: "center" }}>
            <RouterLink to={`/members/${encodeURIComponent(p.row.memberCode)}`} data-testid="batch-message-member">
              <Code value={p.row.memberCode} />
            </RouterLink>
            <Typography variant="body2" noWrap>{[p.row.firstName, p.row.lastName].filter(Boolean).join(" ")}</Typography>
          </Stack>
        ) : (
          "—"
        ),
    },
    { field: "status", headerName: t("member.status"), width: 140, renderCell: (p) => <StatusChip status={p.row.status} /> },
    {
      field: "failure",
      headerName: t("batch.whyColumn"),
      flex: 1,
      minWidth: 200,
      renderCell: (p) => (
        <Typography variant="body2" sx={{ py: 1, whiteSpace: "normal" }} dir="auto" data-testid="batch-message-failure">
          {p.row.failure ? reason(p.row.failure) : ""}
        </Typography>
      ),
    },
    { field: "sentAt", headerName: t("batch.sentColumn"), width: 150, renderCell: (p) => (p.row.sentAt ? <JalaliDate value={p.row.sentAt} time /> : "—") },
    { field: "cost", headerName: t("member.cost"), width: 110, renderCell: (p) => <bdi>{p.row.cost == null ? "—" : formatRial(p.row.cost, lang)}</bdi> },
  ];
  const present = STATUSES.filter((s) => (batch.counts[s] ?? 0) > 0);
  return (
    <Paper sx={{ overflow: "hidden" }} data-testid="batch-messages">
      <Stack direction="row" sx={{ px: 2, pt: 2, pb: 1, alignItems: "center", justifyContent: "space-between", flexWrap: "wrap", rowGap: 1 }}>
        <Typography variant="h6">{t("batch.messages")}</Typography>
        <Stack direction="row" spacing={0.5} sx={{ flexWrap: "wrap", rowGap: 0.5 }} role="group" aria-label={t("member.status")}>
          <Chip
            label={t("batch.allStatuses")}
            color={status === null ? "primary" : "default"}
            variant={status === null ? "filled" : "outlined"}
            onClick={() => choose(null)}
            data-testid="batch-filter-all"
          />
          {present.map((s) => (
            <Chip
              key={s}
              label={`${t(`status.${s}`)} (${formatNumber(batch.counts[s] ?? 0, lang)})`}
              color={status === s ? "primary" : "default"}
              variant={status === s ? "filled" : "outlined"}
              onClick={() => choose(s)}
              data-testid={`batch-filter-${s}`}
              aria-pressed={status === s}
            />
          ))}
        </Stack>
      </Stack>
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
        empty={t("batch.messagesEmpty")}
        rowTestId="batch-message-row"
      />
    </Paper>
  );
}
