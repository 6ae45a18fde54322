import { useState } from "react";
import { Alert, Button, Chip, Grid, LinearProgress, List, ListItemButton, ListItemText, Paper, Typography } from "@mui/material";
import AddIcon from "@mui/icons-material/Add";
import StoreIcon from "@mui/icons-material/StorefrontOutlined";
import { useQuery } from "@tanstack/react-query";
import { useSearchParams } from "react-router";
import { useTranslation } from "react-i18next";
import { useSession } from "../../lib/session";
import { PageHeader } from "../../components/PageHeader";
import { ProblemAlert } from "../../components/ProblemAlert";
import { JalaliDate } from "../../components/Figures";
import { Ident } from "../../components/Ident";
import { useNotice } from "../../components/Notice";
import { branchesQuery } from "./queries";
import { CreateBranchDialog } from "./BranchDialogs";
import { Terminals } from "./Terminals";

export type { Branch, Terminal } from "./queries";
export { branchesQuery } from "./queries";

/**
 * The club's branches and each branch's terminals (docs/integration.md): an owner or manager creates branches
 * and terminals and revokes terminals; a new terminal's API key is shown once. A branch manager sees
 * only his own branch (the server lists only it).
 */
export function BranchesPage() {
  const { t } = useTranslation("org");
  const { t: tc } = useTranslation();
  const session = useSession();
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
          select(b.code);
          notify(t("branches.created", { name: b.name }));
        }}
      />
      {notice}
    </>
  );
}

