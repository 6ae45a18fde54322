import { useState } from "react";
import {
  Alert,
  Button,
  CircularProgress,
  FormControlLabel,
  LinearProgress,
  Link,
  Paper,
  Radio,
  RadioGroup,
  Stack,
  TextField,
  Typography,
} from "@mui/material";
import { useQuery } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import { ApiError } from "../../lib/api";
import { formatDateTime, formatNumber } from "../../lib/format";
import { useSession } from "../../lib/session";
import { useLang } from "../../components/useLang";
import { ProblemAlert } from "../../components/ProblemAlert";
import { ConfirmDialog } from "../../components/ConfirmDialog";
import { messengerBotQuery, useRemoveMessengerBot, useSaveMessengerBot, type MessengerBot } from "./queries";

/**
 * The bot APIs an owner picks from, or another address (a bot API server of the operator's); the
 * server checks any address against the hosts the operator allows.
 */
const MESSENGERS = { telegram: "https://api.telegram.org", bale: "https://tapi.bale.ai" } as const;
type Messenger = keyof typeof MESSENGERS | "other";

const messengerOf = (bot: MessengerBot | null | undefined): Messenger =>
  !bot || bot.baseUrl === MESSENGERS.telegram ? "telegram" : bot.baseUrl === MESSENGERS.bale ? "bale" : "other";

/**
 * The club's bot on Telegram or Bale (C8): its token from the messenger's BotFather, checked by the
 * server with getMe and shown after that only by its last characters; the link members open to
 * link their chats, how many have, and what the server says is wrong with the bot, if anything.
 */
export function MessengerBotPanel({ onSaved }: { onSaved: (message: string) => void }) {
  const { t } = useTranslation("messaging");
  const { t: tc } = useTranslation();
  const lang = useLang();
  const { may } = useSession();
  const bot = useQuery(messengerBotQuery);
  const save = useSaveMessengerBot();
  const remove = useRemoveMessengerBot();
  const [editing, setEditing] = useState(false);
  const [messenger, setMessenger] = useState<Messenger | null>(null);
  const [token, setToken] = useState("");
  const [address, setAddress] = useState("");
  const [touched, setTouched] = useState(false);
  const [confirmRemove, setConfirmRemove] = useState(false);

  const canWrite = may("messages-configure");
  const current = bot.data;
  const chosen = messenger ?? messengerOf(current);
  const server = save.error instanceof ApiError ? save.error : null;
  const tokenError = touched && !token.trim() ? t("bot.tokenRequired") : server?.fieldError("token");
  const addressError = touched && chosen === "other" && !address.trim() ? t("bot.addressRequired") : server?.fieldError("baseUrl");
  const showForm = canWrite && (editing || current === null);
  const submit = () => {
    setTouched(true);
    if (!token.trim() || (chosen === "other" && !address.trim())) return;
    save.mutate(
      { token: token.trim(), baseUrl: chosen === "other" ? address.trim() : MESSENGERS[chosen] },
      {
        onSuccess: (saved) => {
          setEditing(false);
          setToken("");
          setTouched(false);
          onSaved(t("bot.saved", { username: saved.username }));
        },
      },
    );
  };

  return (
    <Paper sx={{ p: 2.5 }} data-testid="messenger-bot">
      <Typography variant="h6">{t("bot.title")}</Typography>
      <Typography variant="body2" color="text.secondary" sx={{ mb: 2 }}>
        {t("bot.help")}
      </Typography>
      {bot.isPending && <LinearProgress />}
      <ProblemAlert error={bot.error} onRetry={() => void bot.refetch()} />
      {current && (
        <Stack spacing={1.5} sx={{ mb: showForm ? 2 : 0 }}>
          <Typography data-testid="bot-username">
            {messengerOf(current) === "other" ? <span dir="ltr">{current.baseUrl}</span> : t(`bot.on.${messengerOf(current)}`)}:{" "}
            <Link href={current.link} target="_blank" rel="noopener noreferrer" dir="ltr" data-testid="bot-link">
              @{current.username}
            </Link>
          </Typography>
          <Typography variant="body2" color="text.secondary">
            {t("bot.token")}: <span dir="ltr" data-testid="bot-token">{current.maskedToken}</span>
          </Typography>
          <Alert severity="info" data-testid="bot-linked">
            {t("bot.linked", { count: current.linkedMembers, n: formatNumber(current.linkedMembers, lang) })} {t("bot.linkHelp", { link: current.link })}
          </Alert>
          {current.tokenRefusedAt && (
            <Alert severity="error" data-testid="bot-token-refused">
              {t("bot.tokenRefused", { when: formatDateTime(current.tokenRefusedAt, lang) })}
            </Alert>
          )}
          {!current.tokenRefusedAt && current.updatesFailure && (
            <Alert severity="warning" data-testid="bot-updates-failing">
              {t("bot.updatesFailing", { when: formatDateTime(current.updatesFailingSince, lang), reason: current.updatesFailure })}
            </Alert>
          )}
          {canWrite && !editing && (
            <Stack direction="row" spacing={1}>
              <Button variant="outlined" onClick={() => setEditing(true)} data-testid="bot-replace">
                {t("bot.replace")}
              </Button>
              <Button color="error" onClick={() => setConfirmRemove(true)} data-testid="bot-remove">
                {t("bot.remove")}
              </Button>
            </Stack>
          )}
        </Stack>
      )}
      {current === null && !canWrite && <Alert severity="info">{t("bot.none")}</Alert>}
      {showForm && (
        <Stack
          component="form"
          noValidate
          spacing={2}
          onSubmit={(e) => {
            e.preventDefault();
            submit();
          }}
        >
          <RadioGroup row value={chosen} onChange={(e) => setMessenger(e.target.value as Messenger)} data-testid="bot-messenger">
            <FormControlLabel value="telegram" control={<Radio slotProps={{ input: { "data-testid": "bot-telegram" } as object }} />} label={t("bot.telegram")} />
            <FormControlLabel value="bale" control={<Radio slotProps={{ input: { "data-testid": "bot-bale" } as object }} />} label={t("bot.bale")} />
            <FormControlLabel value="other" control={<Radio slotProps={{ input: { "data-testid": "bot-other" } as object }} />} label={t("bot.other")} />
          </RadioGroup>
          {chosen === "other" && (
            <TextField
              label={t("bot.address")}
              name="baseUrl"
              value={address}
              onChange={(e) => setAddress(e.target.value)}
              error={!!addressError}
              helperText={addressError ?? t("bot.addressHelp")}
              slotProps={{ htmlInput: { dir: "ltr", spellCheck: false, "data-testid": "bot-address" } }}
            />
          )}
          <TextField
            label={t("bot.tokenLabel")}
            name="token"
            value={token}
            onChange={(e) => setToken(e.target.value)}
            error={!!tokenError}
            helperText={tokenError ?? t(`bot.tokenHelp.${chosen === "bale" ? "bale" : "telegram"}`)}
            autoComplete="off"
            slotProps={{ htmlInput: { dir: "ltr", spellCheck: false, "data-testid": "bot-token-input" } }}
          />
          {addressError && chosen !== "other" && (
            <Alert severity="error" data-testid="bot-address-error">
              {addressError}
            </Alert>
          )}
          {server && server.errors.length === 0 && <ProblemAlert error={server} />}
          <Stack direction="row" spacing={1}>
            <Button
              type="submit"
              variant="contained"
              disabled={save.isPending}
              startIcon={save.isPending ? <CircularProgress size={16} color="inherit" /> : undefined}
              data-testid="bot-save"
            >
              {t("bot.save")}
            </Button>
            {current && (
              <Button
                onClick={() => {
                  setEditing(false);
                  save.reset();
                }}
              >
                {tc("cancel")}
              </Button>
            )}
          </Stack>
        </Stack>
      )}
      <ConfirmDialog
        open={confirmRemove}
        title={t("bot.removeTitle")}
        text={t("bot.removeText")}
        confirmLabel={t("bot.remove")}
        onConfirm={() =>
          remove.mutate(undefined, {
            onSuccess: () => {
              setConfirmRemove(false);
              onSaved(t("bot.removed"));
            },
          })
        }
        onClose={() => {
          setConfirmRemove(false);
          remove.reset();
        }}
        pending={remove.isPending}
        error={remove.error}
        testId="bot-remove-confirm"
      />
    </Paper>
  );
}
