import { useMemo, useState } from "react";
import { Alert, Box, Button, Chip, Grid, IconButton, LinearProgress, Paper, Stack, Table, TableBody, TableCell, TableContainer, TableHead, TableRow, Tooltip, Typography } from "@mui/material";
import AddIcon from "@mui/icons-material/PersonAddAlt1Outlined";
import EditIcon from "@mui/icons-material/EditOutlined";
import KeyIcon from "@mui/icons-material/KeyOutlined";
import DevicesIcon from "@mui/icons-material/DevicesOutlined";
import { useQuery } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { useSession } from "../../lib/session";
import { PageHeader } from "../../components/PageHeader";
import { ProblemAlert } from "../../components/ProblemAlert";
import { Code, JalaliDate } from "../../components/Figures";
import { Ident } from "../../components/Ident";
import { useNotice } from "../../components/Notice";
import { useRoleRules } from "./roles";
import { branchesQuery, staffQuery, type StaffMember } from "./queries";
import { ResetPasswordDialog, StaffDialog } from "./StaffDialogs";
import { RolesPanel } from "./RolesPanel";
import { StaffSessionsDialog } from "./StaffSessionsDialog";

export type { StaffMember } from "./queries";
export { newStaffBody, staffChangeBody } from "./StaffDialogs";

/**
 * The club's staff accounts (A6, K6): who may sign in, with which role and branch; create one with an
 * initial password, change role, branch or active, set a new password. The roles' permissions are
 * explained beside the list.
 */
export function StaffPage() {
  const { t } = useTranslation("org");
  const { t: tc } = useTranslation();
  const session = useSession();
  const staff = useQuery(staffQuery);
  const branches = useQuery(branchesQuery);
  const roles = useRoleRules();
  const [creating, setCreating] = useState(false);
  const [editing, setEditing] = useState<StaffMember | null>(null);
  const [resetting, setResetting] = useState<StaffMember | null>(null);
  const [sessionsOf, setSessionsOf] = useState<string | null>(null);
  const [notice, notify] = useNotice();
  const canManage = session.may("staff-manage");
  const myRole = session.me?.role;
  const branchName = useMemo(() => new Map((branches.data ?? []).map((b) => [b.code, b.name])), [branches.data]);

  /**
   * Why the caller may not change this account, or null when he may. Nobody changes his own role,
   * status or password here (the server refuses it): another owner does, and his own password is
   * changed in his profile.
   */
  const lockedFor = (s: StaffMember): string | null =>
    s.username === session.me?.username ? t("staff.selfEdit") : roles.ownerOnly(s.role) && myRole !== "owner" ? t("staff.ownerOnly") : null;

  return (
    <>
      <PageHeader
        title={tc("nav.staff")}
        subtitle={t("staff.subtitle")}
        actions={
          canManage && (
            <Button variant="contained" startIcon={<AddIcon />} onClick={() => setCreating(true)} data-testid="staff-create">
              {t("staff.create")}
            </Button>
          )
        }
      />
      <Grid container spacing={2}>
        <Grid size={{ xs: 12, lg: 8 }}>
          {!canManage && (
            <Alert severity="info" sx={{ mb: 2 }}>
              {t("staff.readOnly")}
            </Alert>
          )}
          <ProblemAlert error={staff.error} onRetry={() => void staff.refetch()} />
          <Paper>
            {staff.isPending && <LinearProgress />}
            {staff.data && staff.data.length === 0 && <Typography sx={{ p: 3 }} color="text.secondary">{t("staff.empty")}</Typography>}
            {staff.data && staff.data.length > 0 && (
              <TableContainer>
                <Table size="small" sx={{ "& td, & th": { whiteSpace: "nowrap" } }}>
                  <TableHead>
                    <TableRow>
                      <TableCell>{t("staff.username")}</TableCell>
                      <TableCell>{t("staff.role")}</TableCell>
                      <TableCell>{t("staff.branch")}</TableCell>
                      <TableCell sx={{ display: { xs: "none", md: "table-cell" } }}>{t("staff.mfa")}</TableCell>
                      <TableCell sx={{ display: { xs: "none", md: "table-cell" } }}>{t("staff.createdAt")}</TableCell>
                      {canManage && <TableCell />}
                    </TableRow>
                  </TableHead>
                  <TableBody>
                    {staff.data.map((s) => {
                      const me = s.username === session.me?.username;
                      const locked = lockedFor(s);
                      return (
                        <TableRow key={s.username} hover data-testid={`staff-row-${s.username}`} data-active={s.active} data-role={s.role} sx={{ opacity: s.active ? 1 : 0.6 }}>
                          <TableCell>
                            <Stack direction="row" spacing={1} sx={{ alignItems: "center" }}>
                              <Box>
                                <Typography variant="body2" sx={{ fontWeight: 500 }} dir="ltr" component="div">
                                  {s.username}
                                </Typography>
                                {s.mobile && (
                                  <Typography variant="caption" color="text.secondary">
                                    <Code value={s.mobile} />
                                  </Typography>
                                )}
                              </Box>
                              {me && <Chip size="small" label={t("staff.you")} color="primary" variant="outlined" />}
                              {!s.active && <Chip size="small" label={t("staff.inactive")} data-testid={`staff-inactive-${s.username}`} />}
                            </Stack>
                          </TableCell>
                          <TableCell>
                            <Chip size="small" label={tc(`roles.${s.role}`)} color={roles.ownerOnly(s.role) ? "primary" : "default"} />
                          </TableCell>
                          <TableCell>{s.branch ? branchName.get(s.branch) ?? <Ident value={s.branch} /> : "—"}</TableCell>
                          <TableCell sx={{ display: { xs: "none", md: "table-cell" } }}>{s.mfaEnabled ? <Chip size="small" color="success" variant="outlined" label={t("staff.mfaOn")} /> : t("staff.mfaOff")}</TableCell>
                          <TableCell sx={{ display: { xs: "none", md: "table-cell" } }}>
                            <JalaliDate value={s.createdAt} />
                          </TableCell>
                          {canManage && (
                            <TableCell align="right">
                              {me ? (
                                <Tooltip title={t("staff.selfSessions")}>
                                  <IconButton size="small" component={Link} to="/profile#sessions" aria-label={t("staff.sessions")} data-testid={`staff-sessions-${s.username}`}>
                                    <DevicesIcon fontSize="small" />
                                  </IconButton>
                                </Tooltip>
                              ) : (
                                <Tooltip title={locked ?? t("staff.sessions")}>
                                  <span>
                                    <IconButton size="small" onClick={() => setSessionsOf(s.username)} disabled={!!locked} aria-label={t("staff.sessions")} data-testid={`staff-sessions-${s.username}`}>
                                      <DevicesIcon fontSize="small" />
                                    </IconButton>
                                  </span>
                                </Tooltip>
                              )}
                              <Tooltip title={locked ?? tc("edit")}>
                                <span>
                                  <IconButton size="small" onClick={() => setEditing(s)} disabled={!!locked} aria-label={tc("edit")} data-testid={`staff-edit-${s.username}`}>
                                    <EditIcon fontSize="small" />
                                  </IconButton>
                                </span>
                              </Tooltip>
                              <Tooltip title={locked ?? t("staff.resetPassword")}>
                                <span>
                                  <IconButton size="small" onClick={() => setResetting(s)} disabled={!!locked} aria-label={t("staff.resetPassword")} data-testid={`staff-reset-${s.username}`}>
                                    <KeyIcon fontSize="small" />
                                  </IconButton>
                                </span>
                              </Tooltip>
                            </TableCell>
                          )}
                        </TableRow>
                      );
                    })}
                  </TableBody>
                </Table>
              </TableContainer>
            )}
          </Paper>
        </Grid>
        <Grid size={{ xs: 12, lg: 4 }}>
          <RolesPanel />
        </Grid>
      </Grid>
      <StaffDialog
        open={creating || !!editing}
        editing={editing}
        branches={branches.data ?? []}
        onClose={() => {
          setCreating(false);
          setEditing(null);
        }}
        onSaved={(s, created) => {
          setCreating(false);
          setEditing(null);
          notify(created ? t("staff.created", { username: s.username }) : t("staff.changed", { username: s.username }));
        }}
      />
      <ResetPasswordDialog
        member={resetting}
        onClose={() => setResetting(null)}
        onDone={(s) => {
          setResetting(null);
          notify(t("staff.resetDone", { username: s.username }));
        }}
      />
      <StaffSessionsDialog username={sessionsOf} onClose={() => setSessionsOf(null)} />
      {notice}
    </>
  );
}
