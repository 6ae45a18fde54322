import { useEffect, useState, type FormEvent } from "react";
import {
  Alert,
  AlertTitle,
  Box,
  Button,
  Chip,
  CircularProgress,
  Dialog,
  DialogActions,
  DialogContent,
  DialogTitle,
  Grid,
  LinearProgress,
  List,
  ListItemButton,
  ListItemText,
  Paper,
  Stack,
  Table,
  TableBody,
  TableCell,
  TableContainer,
  TableHead,
  TableRow,
  TextField,
  Typography,
} from "@mui/material";
import AddIcon from "@mui/icons-material/Add";
import StoreIcon from "@mui/icons-material/StorefrontOutlined";
import PointOfSaleIcon from "@mui/icons-material/PointOfSaleOutlined";
import KeyOffIcon from "@mui/icons-material/KeyOffOutlined";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useSearchParams } from "react-router";
import { useTranslation } from "react-i18next";
import { api, ApiError, newIdempotencyKey } from "../../lib/api";
import { useSession } from "../../lib/session";
import { formatNumber } from "../../lib/format";
import { PageHeader } from "../../components/PageHeader";
import { ProblemAlert } from "../../components/ProblemAlert";
import { Code, JalaliDate } from "../../components/Figures";
import { Ident } from "../../components/Ident";
import { CopyField } from "../../components/CopyField";
import { ConfirmDialog } from "../../components/ConfirmDialog";
import { useNotice } from "../../components/Notice";
import { useLang } from "../../components/useLang";
import { asCode, BRANCH_CODE, MAX_NAME } from "./rules";

export interface Branch {
  code: string;
  name: string;
  active: boolean;
  createdAt: string;
}

export interface Terminal {
  terminalId: string;
  branch: string;
  name: string;
  active: boolean;
  createdAt: string;
  revokedAt?: string | null;
}

interface NewTerminal {
  terminalId: string;
  branch: string;
  name: string;
  apiKey: string;
}

export const branchesQuery = { queryKey: ["branches"], queryFn: () => api<Branch[]>("/branches") };

/**
 * The club's branches and each branch's terminals (POS-API.md): an owner or manager creates branches
 * and terminals and revokes terminals; a new terminal's API key is shown once. A branch manager sees
 * only his own branch (the server lists only it).
 */
export function BranchesPage() {
  const { t } = useTranslation("org");
  const { t: tc } = useTranslation();
  const session = useSession();
  const client = useQueryClient();
  const [search, setSearch] = useSearchParams();
  const [creating, setCreating] = useState(false);
  const [notice, notify] = useNotice();
  const branches = useQuery(branchesQuery);
  const canManage = session.may("branches-manage");

  const selectedCode = search.get("branch") ?? branches.data?.[0]?.code ?? null;
  const selected = branches.data?.find((b) => b.code === selectedCode) ?? null;
  const select = (code: string) => setSearch({ branch: code }, { replace: true });

  return (
    <>
      <PageHeader
        title={tc("nav.branches")}
        subtitle={t("branches.subtitle")}
        actions={
          canManage && (
            <Button variant="contained" startIcon={<AddIcon />} onClick={() => setCreating(true)} data-testid="branch-create">
              {t("branches.create")}
            </Button>
          )
        }
      />
      {session.me?.branch && (
        <Alert severity="info" sx={{ mb: 2 }} data-testid="own-branch-only">
          {session.me.role === "branch-manager" ? t("branches.ownBranchOnly") : t("branches.ownBranchOnlyStaff")}
        </Alert>
      )}
      {!canManage && !session.me?.branch && (
        <Alert severity="info" sx={{ mb: 2 }}>
          {t("branches.readOnly")}
        </Alert>
      )}
      <ProblemAlert error={branches.error} onRetry={() => void branches.refetch()} />
      {branches.isPending && <LinearProgress />}
      {branches.data && branches.data.length === 0 && (
        <Paper sx={{ p: 4, textAlign: "center" }} data-testid="branches-empty">
          <StoreIcon color="disabled" sx={{ fontSize: 48 }} />
          <Typography sx={{ mt: 1 }}>{t("branches.empty")}</Typography>
          {canManage && (
            <>
              <Typography variant="body2" color="text.secondary" sx={{ mb: 2 }}>
                {t("branches.emptyHint")}
              </Typography>
              <Button variant="contained" startIcon={<AddIcon />} onClick={() => setCreating(true)}>
                {t("branches.create")}
              </Button>
            </>
          )}
        </Paper>
      )}
      {branches.data && branches.data.length > 0 && (
        <Grid container spacing={2}>
          <Grid size={{ xs: 12, md: 4 }}>
            <Paper>
              <Typography variant="subtitle2" color="text.secondary" sx={{ px: 2, pt: 1.5 }}>
                {t("branches.list")}
              </Typography>
              <List sx={{ p: 1 }} data-testid="branch-list">
                {branches.data.map((b) => (
                  <ListItemButton
                    key={b.code}
                    selected={b.code === selectedCode}
                    onClick={() => select(b.code)}
                    sx={{ borderRadius: 2, mb: 0.5 }}
                    data-testid={`branch-row-${b.code}`}
                    data-active={b.active}
                  >
                    <ListItemText
                      primary={b.name}
                      secondary={
                        <>
                          <Ident value={b.code} /> · <JalaliDate value={b.createdAt} />
                        </>
                      }
                    />
                    {!b.active && <Chip size="small" label={t("branches.inactive")} />}
                  </ListItemButton>
                ))}
              </List>
            </Paper>
          </Grid>
          <Grid size={{ xs: 12, md: 8 }}>
            {selected ? (
              <Terminals branch={selected} onNotice={notify} />
            ) : (
              <Paper sx={{ p: 3 }}>
                <Typography color="text.secondary">{t("terminals.pickBranch")}</Typography>
              </Paper>
            )}
          </Grid>
        </Grid>
      )}
      <CreateBranchDialog
        open={creating}
        onClose={() => setCreating(false)}
        onCreated={(b) => {
          setCreating(false);
          client.setQueryData<Branch[]>(["branches"], (old) => (old ? [...old.filter((x) => x.code !== b.code), b] : [b]));
          void client.invalidateQueries({ queryKey: ["branches"] });
          select(b.code);
          notify(t("branches.created", { name: b.name }));
        }}
      />
      {notice}
    </>
  );
}

function CreateBranchDialog({ open, onClose, onCreated }: { open: boolean; onClose: () => void; onCreated: (b: Branch) => void }) {
  const { t } = useTranslation("org");
  const { t: tc } = useTranslation();
  const [code, setCode] = useState("");
  const [name, setName] = useState("");
  const [touched, setTouched] = useState(false);
  const [key, setKey] = useState(newIdempotencyKey);
  const create = useMutation({
    mutationFn: () => api<Branch>("/branches", { body: { code, name: name.trim() }, idempotencyKey: key }),
    onSuccess: onCreated,
  });
  useEffect(() => {
    if (open) {
      setCode("");
      setName("");
      setTouched(false);
      setKey(newIdempotencyKey());
      create.reset();
    }
  }, [open]);

  const codeError = code !== "" && !BRANCH_CODE.test(code) ? t("branches.codeInvalid") : touched && code === "" ? tc("required") : null;
  const nameError = name.trim().length > MAX_NAME ? t("branches.tooLong", { max: MAX_NAME }) : touched && name.trim() === "" ? tc("required") : null;
  const server = create.error instanceof ApiError ? create.error : null;

  const submit = (e: FormEvent) => {
    e.preventDefault();
    setTouched(true);
    if (BRANCH_CODE.test(code) && name.trim() && name.trim().length <= MAX_NAME) create.mutate();
  };

  return (
    <Dialog open={open} onClose={create.isPending ? undefined : onClose} maxWidth="sm" fullWidth data-testid="branch-dialog">
      <form onSubmit={submit} noValidate>
        <DialogTitle>{t("branches.createTitle")}</DialogTitle>
        <DialogContent>
          <Stack spacing={2} sx={{ pt: 1 }}>
            <TextField
              label={t("branches.name")}
              value={name}
              onChange={(e) => setName(e.target.value)}
              error={!!nameError || !!server?.fieldError("name")}
              helperText={nameError ?? server?.fieldError("name") ?? t("branches.nameHelp")}
              name="name"
              autoFocus
              data-testid="branch-name"
            />
            <TextField
              label={t("branches.code")}
              value={code}
              onChange={(e) => setCode(asCode(e.target.value))}
              error={!!codeError || !!server?.fieldError("code")}
              helperText={codeError ?? server?.fieldError("code") ?? t("branches.codeHelp")}
              name="code"
              data-testid="branch-code"
              slotProps={{ htmlInput: { dir: "ltr", autoCapitalize: "off", spellCheck: false, maxLength: 32 } }}
            />
            {server && !server.errors.length && <ProblemAlert error={server} />}
            {create.error && !(create.error instanceof ApiError) && <ProblemAlert error={create.error} />}
          </Stack>
        </DialogContent>
        <DialogActions>
          <Button onClick={onClose} disabled={create.isPending}>
            {tc("cancel")}
          </Button>
          <Button type="submit" variant="contained" disabled={create.isPending} data-testid="branch-save" startIcon={create.isPending ? <CircularProgress size={16} color="inherit" /> : undefined}>
            {tc("create")}
          </Button>
        </DialogActions>
      </form>
    </Dialog>
  );
}

function Terminals({ branch, onNotice }: { branch: Branch; onNotice: (m: string) => void }) {
  const { t } = useTranslation("org");
  const lang = useLang();
  const session = useSession();
  const client = useQueryClient();
  const canManage = session.may("terminals-manage");
  const queryKey = ["terminals", branch.code];
  const terminals = useQuery({ queryKey, queryFn: () => api<Terminal[]>(`/branches/${encodeURIComponent(branch.code)}/terminals`) });
  const [creating, setCreating] = useState(false);
  const [issued, setIssued] = useState<NewTerminal | null>(null);
  const [revoking, setRevoking] = useState<Terminal | null>(null);

  const revoke = useMutation({
    mutationFn: (terminal: Terminal) => api<Terminal>(`/branches/${encodeURIComponent(branch.code)}/terminals/${encodeURIComponent(terminal.terminalId)}/revoke`, { method: "POST" }),
    onSuccess: (after) => {
      client.setQueryData<Terminal[]>(queryKey, (old) => old?.map((x) => (x.terminalId === after.terminalId ? after : x)));
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
          void client.invalidateQueries({ queryKey });
        }}
      />
      <ApiKeyDialog issued={issued} onClose={() => setIssued(null)} />
      <ConfirmDialog
        open={!!revoking}
        title={t("terminals.revokeTitle", { name: revoking?.name ?? "" })}
        text={t("terminals.revokeText")}
        confirmLabel={t("terminals.revokeConfirm")}
        onConfirm={() => revoking && revoke.mutate(revoking)}
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

function CreateTerminalDialog({ open, branch, onClose, onCreated }: { open: boolean; branch: Branch; onClose: () => void; onCreated: (t: NewTerminal) => void }) {
  const { t } = useTranslation("org");
  const { t: tc } = useTranslation();
  const [name, setName] = useState("");
  const [touched, setTouched] = useState(false);
  const create = useMutation({
    mutationFn: () => api<NewTerminal>(`/branches/${encodeURIComponent(branch.code)}/terminals`, { body: { name: name.trim() } }),
    onSuccess: onCreated,
  });
  useEffect(() => {
    if (open) {
      setName("");
      setTouched(false);
      create.reset();
    }
  }, [open]);
  const error = name.trim().length > MAX_NAME ? t("branches.tooLong", { max: MAX_NAME }) : touched && !name.trim() ? tc("required") : null;
  const server = create.error instanceof ApiError ? create.error : null;
  const submit = (e: FormEvent) => {
    e.preventDefault();
    setTouched(true);
    // Disabled while sending: a terminal create is not idempotent, and a double click would make two.
    if (name.trim() && name.trim().length <= MAX_NAME && !create.isPending) create.mutate();
  };
  return (
    <Dialog open={open} onClose={create.isPending ? undefined : onClose} maxWidth="sm" fullWidth data-testid="terminal-dialog">
      <form onSubmit={submit} noValidate>
        <DialogTitle>{t("terminals.createTitle", { branch: branch.name })}</DialogTitle>
        <DialogContent>
          <Stack spacing={2} sx={{ pt: 1 }}>
            <TextField
              label={t("terminals.name")}
              value={name}
              onChange={(e) => setName(e.target.value)}
              error={!!error || !!server?.fieldError("name")}
              helperText={error ?? server?.fieldError("name") ?? t("terminals.nameHelp")}
              name="name"
              autoFocus
              data-testid="terminal-name"
            />
            {server && !server.fieldError("name") && <ProblemAlert error={server} />}
            {create.error && !(create.error instanceof ApiError) && <ProblemAlert error={create.error} />}
          </Stack>
        </DialogContent>
        <DialogActions>
          <Button onClick={onClose} disabled={create.isPending}>
            {tc("cancel")}
          </Button>
          <Button type="submit" variant="contained" disabled={create.isPending} data-testid="terminal-save" startIcon={create.isPending ? <CircularProgress size={16} color="inherit" /> : undefined}>
            {tc("create")}
          </Button>
        </DialogActions>
      </form>
    </Dialog>
  );
}

/** The new terminal's API key, shown this once; the dialog closes only when the operator says he has it. */
function ApiKeyDialog({ issued, onClose }: { issued: NewTerminal | null; onClose: () => void }) {
  const { t } = useTranslation("org");
  return (
    <Dialog open={!!issued} maxWidth="md" fullWidth data-testid="terminal-key-dialog">
      {issued && (
        <>
          <DialogTitle>{t("terminals.keyTitle", { name: issued.name })}</DialogTitle>
          <DialogContent>
            <Stack spacing={2} sx={{ pt: 1 }}>
              <Alert severity="warning" data-testid="terminal-key-warning">
                <AlertTitle>{t("terminals.keyWarningTitle")}</AlertTitle>
                {t("terminals.keyWarning")}
              </Alert>
              <CopyField label={t("terminals.keyLabel")} value={issued.apiKey} testId="terminal-api-key" />
              <Typography variant="body2" color="text.secondary">
                {t("terminals.id")}: <Code value={issued.terminalId} />
              </Typography>
              <Box>
                <Typography variant="body2" color="text.secondary">
                  {t("terminals.keyUsage")}
                </Typography>
                <Box component="code" dir="ltr" sx={{ display: "block", mt: 0.5, p: 1, bgcolor: "#f7f9f8", borderRadius: 1, fontSize: 12.5, overflowWrap: "anywhere", textAlign: "start" }}>
                  Authorization: ApiKey {issued.apiKey}
                </Box>
              </Box>
            </Stack>
          </DialogContent>
          <DialogActions>
            <Button variant="contained" onClick={onClose} data-testid="terminal-key-done">
              {t("terminals.keyDone")}
            </Button>
          </DialogActions>
        </>
      )}
    </Dialog>
  );
}
