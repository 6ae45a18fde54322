import { useState } from "react";
import { Alert, Box, Button, Chip, Divider, Paper, Stack, Typography } from "@mui/material";
import AddCardIcon from "@mui/icons-material/AddCardOutlined";
import CreditCardIcon from "@mui/icons-material/CreditCardOutlined";
import { useTranslation } from "react-i18next";
import { newIdempotencyKey } from "../../../lib/api";
import { useSession } from "../../../lib/session";
import { useLang } from "../../../components/useLang";
import { JalaliDate } from "../../../components/Figures";
import { formatCode } from "../../../lib/format";
import { useCatalogues } from "../catalogues";
import type { CardView } from "../types";
import { FormDialog, FormField } from "../../../components/FormDialog";
import { useCardAction, useIssueCard, type CardAction } from "./queries";

type Action = CardAction;

const STATUS_COLOR: Record<string, "success" | "warning" | "error" | "default"> = { ACTIVE: "success", SUSPENDED: "warning", BLOCKED: "error", REPLACED: "default" };

/** 9710 6475 0537 0734 with the reader's digits, kept left to right inside any sentence. */
export function groupedCardNumber(value: string, lang: "fa" | "en"): string {
  return `\u2066${formatCode(value.replace(/(\d{4})(?=\d)/g, "$1 "), lang)}\u2069`;
}

export function CardNumber({ value }: { value: string | null | undefined }) {
  const lang = useLang();
  if (!value) return <>—</>;
  return (
    <bdi dir="ltr" style={{ fontFeatureSettings: '"tnum"', letterSpacing: 0.5 }}>
      {formatCode(value.replace(/(\d{4})(?=\d)/g, "$1 "), lang)}
    </bdi>
  );
}

function actionsFor(status: string): Action[] {
  switch (status) {
    case "ACTIVE":
      return ["suspend", "block", "replace"];
    case "SUSPENDED":
      return ["reactivate", "block", "replace"];
    case "BLOCKED":
      return ["replace"];
    default:
      return [];
  }
}

/**
 * The member's cards (M3), newest first, with their status; to a caller who may write: suspend,
 * reactivate, block or replace one, each confirmed with a reason, and issue another card.
 */
export function CardsPanel({ memberCode, cards, onChanged }: { memberCode: string; cards: CardView[]; onChanged: (message: string) => void }) {
  const { t } = useTranslation("members");
  const { may } = useSession();
  const { cardTypeName } = useCatalogues();
  const [dialog, setDialog] = useState<{ card: CardView; action: Action } | null>(null);
  const [issuing, setIssuing] = useState(false);
  const canWrite = may("members-write");

  return (
    <Paper sx={{ p: 2, height: "100%" }} data-testid="cards">
      <Stack direction="row" sx={{ alignItems: "center", justifyContent: "space-between", mb: 1 }}>
        <Typography variant="h6">{t("cards.title")}</Typography>
        {canWrite && (
          <Button size="small" startIcon={<AddCardIcon />} onClick={() => setIssuing(true)} data-testid="card-issue">
            {t("cards.issue")}
          </Button>
        )}
      </Stack>
      {cards.length === 0 && (
        <Typography color="text.secondary" variant="body2">
          {t("cards.empty")}
        </Typography>
      )}
      <Stack divider={<Divider flexItem />} spacing={1.5}>
        {cards.map((card) => (
          <Box key={card.cardNumber} data-testid="card-row" data-card={card.cardNumber} data-status={card.status}>
            <Stack direction="row" spacing={1} sx={{ alignItems: "center", flexWrap: "wrap", rowGap: 0.5 }}>
              <CreditCardIcon fontSize="small" color={card.status === "ACTIVE" ? "primary" : "disabled"} />
              <Typography sx={{ fontWeight: 600 }}>
                <CardNumber value={card.cardNumber} />
              </Typography>
              <Chip size="small" color={STATUS_COLOR[card.status] ?? "default"} label={t(`cards.statuses.${card.status}`, { defaultValue: card.status })} data-testid="card-status" />
            </Stack>
            <Typography variant="caption" color="text.secondary" component="div" sx={{ mt: 0.5 }}>
              {cardTypeName(card.type)} · {t("cards.issued", { date: "" })}
              <JalaliDate value={card.issuedAt} /> ·{" "}
              {card.expiresOn ? (
                <>
                  {t("cards.expires", { date: "" })}
                  <JalaliDate value={card.expiresOn} />
                </>
              ) : (
                t("cards.neverExpires")
              )}
            </Typography>
            {card.replacedBy && (
              <Typography variant="caption" color="text.secondary" component="div">
                {t("cards.replacedBy", { number: "" })}
                <CardNumber value={card.replacedBy} />
              </Typography>
            )}
            {canWrite && actionsFor(card.status).length > 0 && (
              <Stack direction="row" spacing={1} sx={{ mt: 1, flexWrap: "wrap", rowGap: 1 }}>
                {actionsFor(card.status).map((action) => (
                  <Button
                    key={action}
                    size="small"
                    variant="outlined"
                    color={action === "block" ? "error" : action === "replace" ? "primary" : "inherit"}
                    onClick={() => setDialog({ card, action })}
                    data-testid={`card-${action}`}
                  >
                    {t(`cards.${action}`)}
                  </Button>
                ))}
              </Stack>
            )}
          </Box>
        ))}
      </Stack>
      {dialog && <CardActionDialog key={dialog.card.cardNumber + dialog.action} {...dialog} onClose={() => setDialog(null)} onDone={onChanged} />}
      {issuing && <IssueCardDialog memberCode={memberCode} onClose={() => setIssuing(false)} onDone={onChanged} />}
    </Paper>
  );
}

function CardActionDialog({ card, action, onClose, onDone }: { card: CardView; action: Action; onClose: () => void; onDone: (message: string) => void }) {
  const { t } = useTranslation("members");
  const lang = useLang();
  const [reason, setReason] = useState("");
  const [tried, setTried] = useState(false);
  // Made once per opening: a retried replacement answers the same new card instead of a second one.
  const [key] = useState(newIdempotencyKey);
  const number = groupedCardNumber(card.cardNumber, lang);
  const change = useCardAction(card.cardNumber, action);
  const send = () =>
    change.mutate(
      { reason: reason.trim(), key },
      {
        onSuccess: (result) => {
          if (action === "replace") onDone(t("cards.issued_ok", { number: groupedCardNumber(result.cardNumber, lang) }));
          else {
            onDone(t(`cards.statuses.${result.status}`));
            onClose();
          }
        },
      },
    );
  const confirmKey = { suspend: "confirmSuspend", reactivate: "confirmReactivate", block: "confirmBlock", replace: "confirmReplace" }[action];
  const replaced = action === "replace" ? change.data : undefined;
  const missing = tried && !reason.trim();
  return (
    <FormDialog
      open
      maxWidth="xs"
      testId="card-dialog"
      title={t(`cards.${action}`)}
      onClose={onClose}
      onSubmit={() => {
        setTried(true);
        if (reason.trim()) send();
      }}
      submitLabel={t(`cards.${action}`)}
      submitColor={action === "block" ? "error" : "primary"}
      busy={change.isPending}
      error={change.error}
      hideSubmit={!!replaced}
    >
      {replaced ? (
        <Alert severity="success" data-testid="card-replaced">
          <Typography sx={{ fontWeight: 700 }}>{t("cards.newCard")}</Typography>
          <Typography variant="body2">{t("cards.newCardNumber")}:</Typography>
          <Typography variant="h6" data-testid="new-card-number" data-card={replaced.cardNumber}>
            <CardNumber value={replaced.cardNumber} />
          </Typography>
        </Alert>
      ) : (
        <>
          <Typography>{t(`cards.${confirmKey}`, { number })}</Typography>
          <FormField
            name="reason"
            label={t("statusDialog.reason")}
            placeholder={t("cards.reasonPlaceholder")}
            value={reason}
            onChange={(e) => setReason(e.target.value)}
            required
            autoFocus
            problem={missing ? t("errors.reason") : null}
            slotProps={{ htmlInput: { "data-testid": "dialog-reason", maxLength: 500 } }}
          />
        </>
      )}
    </FormDialog>
  );
}

function IssueCardDialog({ memberCode, onClose, onDone }: { memberCode: string; onClose: () => void; onDone: (message: string) => void }) {
  const { t } = useTranslation("members");
  const lang = useLang();
  const { cardTypes } = useCatalogues();
  const [type, setType] = useState("STANDARD");
  const [key] = useState(newIdempotencyKey);
  const issue = useIssueCard(memberCode);
  return (
    <FormDialog
      open
      maxWidth="xs"
      testId="issue-card-dialog"
      title={t("cards.issueTitle")}
      onClose={onClose}
      onSubmit={() => issue.mutate({ type, key }, { onSuccess: (card) => onDone(t("cards.issued_ok", { number: groupedCardNumber(card.cardNumber, lang) })) })}
      submitLabel={t("cards.issueConfirm")}
      busy={issue.isPending}
      error={issue.error}
      hideSubmit={!!issue.data}
    >
      {issue.data ? (
        <Alert severity="success">
          <Typography sx={{ fontWeight: 700 }}>{t("cards.newCard")}</Typography>
          <Typography variant="h6" data-testid="new-card-number" data-card={issue.data.cardNumber}>
            <CardNumber value={issue.data.cardNumber} />
          </Typography>
        </Alert>
      ) : (
        <FormField
          name="type"
          select
          label={t("fields.cardType")}
          value={type}
          onChange={(e) => setType(e.target.value)}
          slotProps={{ select: { native: true }, inputLabel: { shrink: true }, htmlInput: { "data-testid": "issue-card-type" } }}
        >
          {(cardTypes.data ?? [{ code: "STANDARD", name: "STANDARD" }]).map((c) => (
            <option key={c.code} value={c.code}>
              {c.name}
            </option>
          ))}
        </FormField>
      )}
    </FormDialog>
  );
}
