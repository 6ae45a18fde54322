import { useState } from "react";
import { Box, Button, Chip, LinearProgress, Paper, Stack, Table, TableBody, TableCell, TableContainer, TableHead, TableRow, Typography } from "@mui/material";
import AddIcon from "@mui/icons-material/Add";
import PointOfSaleIcon from "@mui/icons-material/PointOfSaleOutlined";
import KeyOffIcon from "@mui/icons-material/KeyOffOutlined";
import { useQuery } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import { useSession } from "../../lib/session";
import { formatNumber } from "../../lib/format";
import { ProblemAlert } from "../../components/ProblemAlert";
import { Code, JalaliDate } from "../../components/Figures";
import { ConfirmDialog } from "../../components/ConfirmDialog";
import { useLang } from "../../components/useLang";
import { terminalsQuery, useRevokeTerminal, type Branch, type NewTerminal, type Terminal } from "./queries";
import { ApiKeyDialog, CreateTerminalDialog } from "./BranchDialogs";

/** A branch's POS terminals: the list, a new one (its API key shown once), revoking one. */
export function Terminals({ branch, onNotice }: { branch: Branch; onNotice: (m: string) => void }) {
  const { t } = useTranslation("org");
  const lang = useLang();
  const session = useSession();
  const canManage = session.may("terminals-manage");
  const terminals = useQuery(terminalsQuery(branch.code));
  const [creating, setCreating] = useState(false);
  const [issued, setIssued] = useState<NewTerminal | null>(null);
  const [revoking, setRevoking] = useState<Terminal | null>(null);

  const revoke = useRevokeTerminal(branch.code);
  const revokeOne = (terminal: Terminal) =>
    revoke.mutate(terminal, {
      onSuccess: (after) => {
        setRevoking(null);
        onNotice(t("terminals.revokedDone", { name: after.name }));
      },
    });

  const list = terminals.data ?? [];
  const active = list.filter((x) => x.active).length;

  return (
    <Paper sx={{ p: { xs: 2, sm: 2.5 } }} data-testid="terminals">
      <Stack direction={{ xs: "column", sm: "row" }} spacing={1.5} sx={{ alignItems: { sm: "center" }, justifyContent: "space-between", mb: 2 }}>
        <Box>
          <Typography variant="h6">{t("terminals.title", { branch: branch.name })}</Typography>
          <Typography variant="body2" color="text.secondary">
            {t("terminals.subtitle")}
          </Typography>
        </Box>
        <Stack direction="row" spacing={1} sx={{ alignItems: "center", flexShrink: 0 }}>
          {terminals.data && (
            <Chip size="small" variant="outlined" label={`${t("terminals.count", { count: list.length, n: formatNumber(list.length, lang) })} · ${t("terminals.activeCount", { count: active, n: formatNumber(active, lang) })}`} />
          )}
          {canManage && branch.active && (
            <Button variant="contained" startIcon={<AddIcon />} onClick={() => setCreating(true)} data-testid="terminal-create">
              {t("terminals.create")}
            </Button>
          )}
        </Stack>
      </Stack>
      <ProblemAlert error={terminals.error} onRetry={() => void terminals.refetch()} />
      {terminals.isPending && <LinearProgress />}
      {terminals.data && list.length === 0 && (
        <Box sx={{ py: 4, textAlign: "center" }} data-testid="terminals-empty">
          <PointOfSaleIcon color="disabled" sx={{ fontSize: 40 }} />
          <Typography color="text.secondary">{t("terminals.empty")}</Typography>
        </Box>
      )}
      {list.length > 0 && (
        <TableContainer>
          <Table size="small">
            <TableHead>
              <TableRow>
                <TableCell>{t("terminals.name")}</TableCell>
                <TableCell>{t("terminals.id")}</TableCell>
                <TableCell>{t("terminals.status")}</TableCell>
                <TableCell>{t("terminals.createdAt")}</TableCell>
                {canManage && <TableCell />}
              </TableRow>
            </TableHead>
            <TableBody>
              {list.map((x) => (
                <TableRow key={x.terminalId} data-testid={`terminal-row-${x.terminalId}`} data-state={x.active ? "active" : "revoked"} hover>
                  <TableCell sx={{ fontWeight: 500 }}>{x.name}</TableCell>
                  <TableCell>
                    <Typography variant="body2" sx={{ fontFamily: "monospace", fontSize: 13 }}>
                      <Code value={x.terminalId} />
                    </Typography>
                  </TableCell>
                  <TableCell>
                    {x.active ? (
                      <Chip size="small" color="success" label={t("terminals.active")} />
                    ) : (
                      <Chip size="small" label={<>{t("terminals.revoked")} · <JalaliDate value={x.revokedAt} /></>} />
                    )}
                  </TableCell>
                  <TableCell>
                    <JalaliDate value={x.createdAt} />
                  </TableCell>
                  {canManage && (
                    <TableCell align="right">
                      {x.active && (
                        <Button size="small" color="error" startIcon={<KeyOffIcon />} onClick={() => setRevoking(x)} data-testid={`terminal-revoke-${x.terminalId}`}>
                          {t("terminals.revoke")}
                        </Button>
                      )}
                    </TableCell>
                  )}
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </TableContainer>
      )}
      <CreateTerminalDialog
        open={creating}
        branch={branch}
        onClose={() => setCreating(false)}
        onCreated={(created) => {
          setCreating(false);
          setIssued(created);
        }}
      />
      <ApiKeyDialog issued={issued} onClose={() => setIssued(null)} />
      <ConfirmDialog
        open={!!revoking}
        title={t("terminals.revokeTitle", { name: revoking?.name ?? "" })}
        text={t("terminals.revokeText")}
        confirmLabel={t("terminals.revokeConfirm")}
        onConfirm={() => revoking && revokeOne(revoking)}
        onClose={() => {
          setRevoking(null);
          revoke.reset();
        }}
        pending={revoke.isPending}
        error={revoke.error}
        testId="terminal-revoke-confirm"
      />
    </Paper>
  );
}
