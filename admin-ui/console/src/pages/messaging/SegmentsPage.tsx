import { useState } from "react";
import { Alert, Button, Chip, IconButton, LinearProgress, Paper, Stack, Table, TableBody, TableCell, TableContainer, TableHead, TableRow, Tooltip, Typography } from "@mui/material";
import AddIcon from "@mui/icons-material/Add";
import EditIcon from "@mui/icons-material/EditOutlined";
import SendIcon from "@mui/icons-material/SendOutlined";
import GroupsIcon from "@mui/icons-material/GroupsOutlined";
import { useQuery } from "@tanstack/react-query";
import { Link as RouterLink } from "react-router";
import { useTranslation } from "react-i18next";
import { useSession } from "../../lib/session";
import { formatDate, formatNumber } from "../../lib/format";
import { useLang } from "../../components/useLang";
import { ProblemAlert } from "../../components/ProblemAlert";
import { useNotice } from "../../components/Notice";
import { useCatalogues } from "../members/catalogues";
import { MessagingFrame } from "./MessagingFrame";
import { isMissingEndpoint } from "./MessageParts";
import { SegmentDialog } from "./SegmentDialog";
import { segmentsQuery, type Segment, type SegmentFilter } from "./queries";

/** A segment's filter in words, one chip a condition. */
function FilterChips({ filter }: { filter: SegmentFilter }) {
  const { t } = useTranslation("messaging");
  const lang = useLang();
  const { groupName } = useCatalogues();
  const parts: [string, string][] = [];
  if (filter.group) parts.push(["group", groupName(filter.group) ?? filter.group]);
  if (filter.level) parts.push(["level", filter.level]);
  if (filter.tag) parts.push(["tag", filter.tag]);
  if (filter.city) parts.push(["city", filter.city]);
  if (filter.lastPurchaseAfter) parts.push(["lastPurchaseAfter", formatDate(filter.lastPurchaseAfter, lang)]);
  if (filter.lastPurchaseBefore) parts.push(["lastPurchaseBefore", formatDate(filter.lastPurchaseBefore, lang)]);
  if (parts.length === 0) return <Chip size="small" variant="outlined" label={t("segments.everyoneShort")} />;
  return (
    <Stack direction="row" spacing={0.5} sx={{ flexWrap: "wrap", rowGap: 0.5 }}>
      {parts.map(([k, v]) => (
        <Chip key={k} size="small" variant="outlined" label={`${t(`filter.${k}`)}: ${v}`} data-testid={`segment-filter-${k}`} />
      ))}
    </Stack>
  );
}

/** The club's segments: who each takes in and how many members that is now; a message can go to one. */
export function SegmentsPage() {
  const { t } = useTranslation("messaging");
  const lang = useLang();
  const { may } = useSession();
  const segments = useQuery(segmentsQuery);
  const [dialog, setDialog] = useState<{ editing: Segment | null } | null>(null);
  const [notice, notify] = useNotice();
  const canWrite = may("messages-send");

  return (
    <MessagingFrame
      tab="segments"
      subtitle={t("segments.subtitle")}
      actions={
        canWrite &&
        !isMissingEndpoint(segments.error) && (
          <Button variant="contained" startIcon={<AddIcon />} onClick={() => setDialog({ editing: null })} data-testid="segment-create">
            {t("segments.create")}
          </Button>
        )
      }
    >
      {isMissingEndpoint(segments.error) ? (
        <Alert severity="info">{t("segments.unavailable")}</Alert>
      ) : (
        <ProblemAlert error={segments.error} onRetry={() => void segments.refetch()} />
      )}
      {segments.isPending && <LinearProgress />}
      {segments.data?.length === 0 && (
        <Paper sx={{ p: 4, textAlign: "center" }} data-testid="segments-empty">
          <GroupsIcon color="disabled" sx={{ fontSize: 48 }} />
          <Typography sx={{ mt: 1 }}>{t("segments.empty")}</Typography>
          <Typography variant="body2" color="text.secondary">
            {t("segments.emptyHint")}
          </Typography>
        </Paper>
      )}
      {segments.data && segments.data.length > 0 && (
        <TableContainer component={Paper}>
          <Table data-testid="segments">
            <TableHead>
              <TableRow>
                <TableCell>{t("segments.name")}</TableCell>
                <TableCell>{t("segments.filter")}</TableCell>
                <TableCell align="center">{t("segments.members")}</TableCell>
                <TableCell />
              </TableRow>
            </TableHead>
            <TableBody>
              {segments.data.map((s) => (
                <TableRow key={s.code} data-testid={`segment-${s.code}`}>
                  <TableCell>
                    <Typography variant="body2" sx={{ fontWeight: 700 }}>
                      {s.name}
                    </Typography>
                    <Typography variant="caption" color="text.secondary">
                      <bdi dir="ltr">{s.code}</bdi>
                    </Typography>
                  </TableCell>
                  <TableCell>
                    <FilterChips filter={s.filter ?? {}} />
                  </TableCell>
                  <TableCell align="center">
                    <Typography sx={{ fontWeight: 700 }} data-testid={`segment-members-${s.code}`} data-value={s.members}>
                      {formatNumber(s.members, lang)}
                    </Typography>
                  </TableCell>
                  <TableCell align="right" sx={{ whiteSpace: "nowrap" }}>
                    {canWrite && (
                      <>
                        <Tooltip title={t("segments.send")}>
                          <IconButton component={RouterLink} to={`/messages/new?segment=${encodeURIComponent(s.code)}`} aria-label={t("segments.send")} data-testid={`segment-send-${s.code}`}>
                            <SendIcon fontSize="small" />
                          </IconButton>
                        </Tooltip>
                        <Tooltip title={t("segments.edit")}>
                          <IconButton onClick={() => setDialog({ editing: s })} aria-label={t("segments.edit")} data-testid={`segment-edit-${s.code}`}>
                            <EditIcon fontSize="small" />
                          </IconButton>
                        </Tooltip>
                      </>
                    )}
                  </TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </TableContainer>
      )}
      {dialog && (
        <SegmentDialog
          editing={dialog.editing}
          onClose={() => setDialog(null)}
          onSaved={(saved) => {
            setDialog(null);
            notify(t(dialog.editing ? "segments.saved" : "segments.created", { name: saved.name }));
          }}
        />
      )}
      {notice}
    </MessagingFrame>
  );
}
