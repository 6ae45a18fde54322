import { useState } from "react";
import { Alert, Box, FormLabel, Stack, ToggleButton, ToggleButtonGroup, Typography } from "@mui/material";
import AddIcon from "@mui/icons-material/Add";
import RemoveIcon from "@mui/icons-material/Remove";
import { useTranslation } from "react-i18next";
import { newIdempotencyKey } from "../../../lib/api";
import { useAdjust } from "./queries";
import { parseAmount } from "../../../lib/validation";
import { formatNumber, formatRial, type Lang } from "../../../lib/format";
import { useLang } from "../../../components/useLang";
import type { BalanceView } from "../types";
import { FormDialog, FormField } from "../../../components/FormDialog";

export type Asset = "POINTS" | "CREDIT";

/** The signed amount to send, or null when what was typed is no whole number above zero. */
export function signedAmount(typed: string, direction: "increase" | "decrease"): number | null {
  const n = parseAmount(typed);
  if (n == null || n <= 0) return null;
  return direction === "increase" ? n : -n;
}

/** What is available now of an asset, and what will be after the adjustment (null when unknown). */
export function adjustedBalance(balance: BalanceView | undefined, asset: Asset, amount: number | null): { now: number | null; after: number | null } {
  const now = balance ? (asset === "POINTS" ? balance.points : balance.credit) : null;
  return { now, after: now == null || amount == null ? null : now + amount };
}

const show = (asset: Asset, value: number | null, lang: Lang) => (asset === "CREDIT" ? formatRial(value, lang) : formatNumber(value, lang));

/**
 * L7: a manual increase or decrease of points or credit, with a reason, for a caller holding
 * loyalty-adjust. The Idempotency-Key is made once when the dialog opens, so a double click or a
 * retry after a timeout cannot adjust twice.
 */
export function AdjustDialog({ code, balance, onClose, onDone }: { code: string; balance: BalanceView | undefined; onClose: () => void; onDone: (message: string) => void }) {
  const { t } = useTranslation("members");
  const lang = useLang();
  const [asset, setAsset] = useState<Asset>("POINTS");
  const [direction, setDirection] = useState<"increase" | "decrease">("increase");
  const [amountText, setAmountText] = useState("");
  const [reason, setReason] = useState("");
  const [tried, setTried] = useState(false);
  const [key] = useState(newIdempotencyKey);

  const amount = signedAmount(amountText, direction);
  const { now, after } = adjustedBalance(balance, asset, amount);
  const overdraw = after != null && after < 0;
  const adjust = useAdjust(code);
  const badAmount = (tried || amountText !== "") && amount == null;
  const missingReason = tried && !reason.trim();

  return (
    <FormDialog
      open
      testId="adjust-dialog"
      title={t("adjust.title")}
      onClose={onClose}
      onSubmit={() => {
        setTried(true);
        if (amount != null && reason.trim() && !overdraw)
          adjust.mutate(
            { asset, amount, reason: reason.trim(), key },
            {
              onSuccess: () => {
                onDone(t("adjust.done"));
                onClose();
              },
            },
          );
      }}
      submitLabel={t("adjust.confirm")}
      submitColor={direction === "decrease" ? "warning" : "primary"}
      busy={adjust.isPending}
      error={adjust.error}
      maxWidth="sm"
    >
      <Stack data-testid="adjust-form" spacing={2}>
        <Typography variant="body2" color="text.secondary">
          {t("adjust.help")}
        </Typography>
        <Stack direction={{ xs: "column", sm: "row" }} spacing={2}>
          <Box>
            <FormLabel sx={{ display: "block", mb: 0.5, fontSize: 13 }}>{t("adjust.asset")}</FormLabel>
            <ToggleButtonGroup size="small" exclusive value={asset} onChange={(_, v) => v && setAsset(v)} color="primary">
              <ToggleButton value="POINTS" data-testid="adjust-points">
                {t("adjust.points")}
              </ToggleButton>
              <ToggleButton value="CREDIT" data-testid="adjust-credit">
                {t("adjust.credit")}
              </ToggleButton>
            </ToggleButtonGroup>
          </Box>
          <Box>
            <FormLabel sx={{ display: "block", mb: 0.5, fontSize: 13 }}>{t("adjust.direction")}</FormLabel>
            <ToggleButtonGroup size="small" exclusive value={direction} onChange={(_, v) => v && setDirection(v)} color={direction === "increase" ? "success" : "error"}>
              <ToggleButton value="increase" data-testid="adjust-increase">
                <AddIcon fontSize="small" sx={{ me: 0.5 }} />
                {t("adjust.increase")}
              </ToggleButton>
              <ToggleButton value="decrease" data-testid="adjust-decrease">
                <RemoveIcon fontSize="small" sx={{ me: 0.5 }} />
                {t("adjust.decrease")}
              </ToggleButton>
            </ToggleButtonGroup>
          </Box>
        </Stack>
        <FormField
          name="amount"
          label={t("adjust.amount")}
          value={amountText}
          onChange={(e) => setAmountText(e.target.value)}
          required
          autoFocus
          problem={badAmount ? t("errors.amount") : overdraw ? t("adjust.overdraw") : null}
          help={amount != null ? show(asset, Math.abs(amount), lang) : undefined}
          slotProps={{ htmlInput: { "data-testid": "adjust-amount", inputMode: "numeric", dir: "ltr", style: { textAlign: lang === "fa" ? "right" : "left" } } }}
        />
        <FormField
          name="reason"
          label={t("adjust.reason")}
          value={reason}
          onChange={(e) => setReason(e.target.value)}
          required
          problem={missingReason ? t("errors.reason") : null}
          slotProps={{ htmlInput: { "data-testid": "adjust-reason", maxLength: 500, dir: "auto" } }}
        />
        <Alert severity={overdraw ? "error" : "info"} icon={false} role="status" data-testid="adjust-preview">
          <Stack direction="row" spacing={3} sx={{ flexWrap: "wrap" }}>
            <span>{t("adjust.now", { value: show(asset, now, lang) })}</span>
            {after != null && (
              <strong data-testid="adjust-after" data-value={after}>
                {t("adjust.after", { value: show(asset, after, lang) })}
              </strong>
            )}
          </Stack>
        </Alert>
      </Stack>
    </FormDialog>
  );
}
