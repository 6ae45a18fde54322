import { useEffect, useState, type ReactNode } from "react";
import { Alert, Box, Button, Chip, CircularProgress, Grid, Paper, Snackbar, Stack, Typography } from "@mui/material";
import ArrowBackIcon from "@mui/icons-material/ArrowBack";
import ArrowForwardIcon from "@mui/icons-material/ArrowForward";
import EditIcon from "@mui/icons-material/EditOutlined";
import ToggleIcon from "@mui/icons-material/ToggleOnOutlined";
import PinIcon from "@mui/icons-material/PasswordOutlined";
import BalanceIcon from "@mui/icons-material/PlaylistAddCheckOutlined";
import { Link as RouterLink, useLocation, useNavigate, useParams } from "react-router";
import { useTranslation } from "react-i18next";
import { ApiError } from "../../lib/api";
import { useSession } from "../../lib/session";
import { formatCode, formatNumber } from "../../lib/format";
import { useLang } from "../../components/useLang";
import { Code, JalaliDate } from "../../components/Figures";
import { PageHeader } from "../../components/PageHeader";
import { ProblemAlert } from "../../components/ProblemAlert";
import { useCatalogues } from "./catalogues";
import { StatusChips } from "./MembersPage";
import type { RegisteredState } from "./RegisterMemberPage";
import { fullName, isolate, type MemberView } from "./types";
import { useBalance, useMember, useRefreshMember } from "./profile/queries";
import { Balances } from "./profile/Balances";
import { LedgerTable } from "./profile/LedgerTable";
import { CardsPanel } from "./profile/CardsPanel";
import { NotesPanel } from "./profile/NotesPanel";
import { TagsPanel } from "./profile/TagsPanel";
import { QrPanel } from "./profile/QrPanel";
import { StatusDialog } from "./profile/StatusDialog";
import { PinDialog } from "./profile/PinDialog";
import { AdjustDialog } from "./profile/AdjustDialog";
import { EditMemberDialog } from "./profile/EditMemberDialog";
import { MessagesPanel } from "./profile/MessagesPanel";
import { ConsentPanel } from "./profile/ConsentPanel";

type Dialog = "edit" | "status" | "pin" | "adjust" | null;

/**
 * A member's profile (M1-M7, L7, B2, B7, C1): who he is and where he stands, his balances and ledger,
 * cards, notes, tags, QR code, the messages the club sent him and the channels he consents to, and
 * what a caller may do to them. Every change reads the
 * balances, ledger and member again.
 */
export function MemberProfilePage() {
  const { memberCode = "" } = useParams();
  const { t } = useTranslation("members");
  const lang = useLang();
  const { may } = useSession();
  const location = useLocation();
  const navigate = useNavigate();
  const member = useMember(memberCode);
  const balance = useBalance(memberCode);
  const refresh = useRefreshMember(memberCode);
  const { groupName, categoryName } = useCatalogues();
  const [dialog, setDialog] = useState<Dialog>(null);
  const [toast, setToast] = useState<string | null>(null);
  // What the registration page said on its way here; taken once, so a reload does not say it again.
  const [arrived] = useState(() => location.state as RegisteredState | null);
  useEffect(() => {
    if (arrived?.registered) {
      setToast(t("register.done", { name: isolate(arrived.registered.name), code: formatCode(arrived.registered.code, lang) }));
      navigate(location.pathname, { replace: true, state: null });
    }
  }, []);

  const done = (message: string, what?: { member?: boolean; money?: boolean }) => {
    setToast(message);
    refresh(what);
  };
  const BackIcon = lang === "fa" ? ArrowForwardIcon : ArrowBackIcon;
  const back = (
    <Button component={RouterLink} to="/members" startIcon={<BackIcon />} size="small" sx={{ mb: 1 }} data-testid="back-to-members">
      {t("profile.back")}
    </Button>
  );

  if (member.isPending) {
    return (
      <Box sx={{ display: "grid", placeItems: "center", minHeight: "40vh" }}>
        <CircularProgress />
      </Box>
    );
  }
  if (member.error || !member.data) {
    const notFound = member.error instanceof ApiError && member.error.status === 404;
    return (
      <>
        {back}
        {notFound ? (
          <Alert severity="warning" data-testid="member-not-found">
            {t("profile.notFound", { code: formatCode(memberCode, lang) })}
          </Alert>
        ) : (
          <ProblemAlert error={member.error} onRetry={() => void member.refetch()} />
        )}
      </>
    );
  }

  const m = member.data;
  const b = balance.data;
  const canWrite = may("members-write");
  const actions = (
    <>
      {canWrite && (
        <Button variant="outlined" startIcon={<EditIcon />} onClick={() => setDialog("edit")} data-testid="member-edit">
          {t("profile.edit")}
        </Button>
      )}
      {canWrite && (
        <Button variant="outlined" startIcon={<ToggleIcon />} onClick={() => setDialog("status")} data-testid="member-status-change">
          {t("profile.changeStatus")}
        </Button>
      )}
      {canWrite && (
        <Button variant="outlined" startIcon={<PinIcon />} onClick={() => setDialog("pin")} data-testid="member-pin">
          {t("profile.resetPin")}
        </Button>
      )}
      {may("loyalty-adjust") && (
        <Button variant="contained" startIcon={<BalanceIcon />} onClick={() => setDialog("adjust")} data-testid="member-adjust">
          {t("profile.adjust")}
        </Button>
      )}
    </>
  );

  return (
    <>
      {back}
      <PageHeader
        title={<span data-testid="member-name">{fullName(m)}</span>}
        subtitle={
          <Stack direction="row" spacing={1} component="span" sx={{ flexWrap: "wrap", rowGap: 1, alignItems: "center", mt: 0.5 }}>
            <Chip component="span" size="small" label={<Code value={m.memberCode} />} data-testid="member-code" />
            {b?.level && (
              <Chip
                component="span"
                size="small"
                color="secondary"
                label={`${t("profile.level", { name: isolate(b.levelName ?? b.level) })}${b.discountPercent ? ` · ${t("profile.discount", { value: formatNumber(Number(b.discountPercent), lang) })}` : ""}`}
                data-testid="member-level"
              />
            )}
            {m.group && <Chip component="span" size="small" variant="outlined" label={t("profile.group", { name: isolate(groupName(m.group)) })} data-testid="member-group" />}
            {m.category && <Chip component="span" size="small" variant="outlined" label={t("profile.category", { name: isolate(categoryName(m.category)) })} />}
            <StatusChips member={m} />
          </Stack>
        }
        actions={actions}
      />
      {arrived?.followUpFailed && arrived.followUpFailed.length > 0 && (
        <Alert severity="warning" sx={{ mb: 2 }}>
          {arrived.followUpFailed.map((what) => (
            <div key={what}>{t("form.followUpFailed", { what })}</div>
          ))}
        </Alert>
      )}
      <Box sx={{ mb: 2 }} data-testid="balances">
        {balance.error ? <ProblemAlert error={balance.error} onRetry={() => void balance.refetch()} /> : <Balances balance={b} />}
      </Box>
      {/* Wide: history on one side, the member's particulars on the other. On a tablet the
          particulars come first, two abreast, so the cards are in reach without scrolling past the ledger. */}
      <Grid container spacing={2}>
        <Grid size={{ xs: 12, lg: 8 }} sx={{ order: { xs: 2, lg: 1 } }}>
          <Stack spacing={2}>
            <LedgerTable code={m.memberCode} />
            <NotesPanel code={m.memberCode} />
            {may("messages-read") && <MessagesPanel code={m.memberCode} />}
          </Stack>
        </Grid>
        <Grid size={{ xs: 12, lg: 4 }} sx={{ order: { xs: 1, lg: 2 } }}>
          <Grid container spacing={2}>
            <Grid size={{ xs: 12, sm: 6, lg: 12 }}>
              <Details member={m} />
            </Grid>
            <Grid size={{ xs: 12, sm: 6, lg: 12 }}>
              <CardsPanel memberCode={m.memberCode} cards={m.cards ?? []} onChanged={(msg) => done(msg, { member: true })} />
            </Grid>
            <Grid size={{ xs: 12, sm: 6, lg: 12 }}>
              <TagsPanel code={m.memberCode} tags={m.tags ?? []} onChanged={() => refresh({ member: true })} />
            </Grid>
            <Grid size={{ xs: 12, sm: 6, lg: 12 }}>
              <QrPanel code={m.memberCode} />
            </Grid>
            <Grid size={{ xs: 12, sm: 6, lg: 12 }}>
              <ConsentPanel code={m.memberCode} />
            </Grid>
          </Grid>
        </Grid>
      </Grid>

      {dialog === "edit" && <EditMemberDialog member={m} onClose={() => setDialog(null)} onDone={(msg) => done(msg, { member: true })} />}
      {dialog === "status" && <StatusDialog member={m} onClose={() => setDialog(null)} onDone={(msg) => done(msg, { member: true })} />}
      {dialog === "pin" && <PinDialog code={m.memberCode} onClose={() => setDialog(null)} onDone={(msg) => done(msg, {})} />}
      {dialog === "adjust" && <AdjustDialog code={m.memberCode} balance={b} onClose={() => setDialog(null)} onDone={(msg) => done(msg, { money: true })} />}

      <Snackbar
        open={!!toast}
        autoHideDuration={5000}
        onClose={() => setToast(null)}
        anchorOrigin={{ vertical: "bottom", horizontal: "center" }}
      >
        <Alert severity="success" variant="filled" onClose={() => setToast(null)} data-testid="toast">
          {toast}
        </Alert>
      </Snackbar>
    </>
  );
}

function Row({ label, children }: { label: string; children: ReactNode }) {
  return (
    <Stack direction="row" spacing={1} sx={{ py: 0.5 }}>
      <Typography variant="body2" color="text.secondary" sx={{ minWidth: 110, flexShrink: 0 }}>
        {label}
      </Typography>
      <Typography variant="body2" component="div" sx={{ minWidth: 0, overflowWrap: "anywhere" }}>
        {children}
      </Typography>
    </Stack>
  );
}

/** The member's M1 fields that are filled in. */
function Details({ member: m }: { member: MemberView }) {
  const { t } = useTranslation("members");
  return (
    <Paper sx={{ p: 2, height: "100%" }} data-testid="member-details">
      <Typography variant="h6" sx={{ mb: 1 }}>
        {t("profile.details")}
      </Typography>
      <Row label={t("fields.mobile")}>
        <Code value={m.mobile} />
      </Row>
      {m.nationalCode && (
        <Row label={t("fields.nationalCode")}>
          <Code value={m.nationalCode} />
        </Row>
      )}
      {m.birthDate && (
        <Row label={t("fields.birthDate")}>
          <JalaliDate value={m.birthDate} />
        </Row>
      )}
      {m.marriageDate && (
        <Row label={t("fields.marriageDate")}>
          <JalaliDate value={m.marriageDate} />
        </Row>
      )}
      {m.email && (
        <Row label={t("fields.email")}>
          <bdi dir="ltr">{m.email}</bdi>
        </Row>
      )}
      {m.phone && (
        <Row label={t("fields.phone")}>
          <Code value={m.phone} />
        </Row>
      )}
      {m.otherPhones && (
        <Row label={t("fields.otherPhones")}>
          <Code value={m.otherPhones} />
        </Row>
      )}
      {m.city && <Row label={t("fields.city")}>{m.city}</Row>}
      {m.address && <Row label={t("fields.address")}>{m.address}</Row>}
      {m.postalCode && (
        <Row label={t("fields.postalCode")}>
          <Code value={m.postalCode} />
        </Row>
      )}
      {m.referrerCode && (
        <Row label={t("fields.referrerCode")}>
          <RouterLink to={`/members/${m.referrerCode}`}>
            <Code value={m.referrerCode} />
          </RouterLink>
        </Row>
      )}
      {(m.educationDegree || m.educationField) && <Row label={t("fields.educationDegree")}>{[m.educationDegree, m.educationField].filter(Boolean).join(" · ")}</Row>}
      {m.externalRef && (
        <Row label={t("fields.externalRef")}>
          <bdi dir="ltr">{m.externalRef}</bdi>
        </Row>
      )}
      {m.notes && <Row label={t("fields.notes")}>{m.notes}</Row>}
      <Row label={t("list.columns.registered")}>
        <JalaliDate value={m.registeredAt} />
      </Row>
    </Paper>
  );
}
