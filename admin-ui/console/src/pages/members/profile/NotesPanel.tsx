import { useState, type FormEvent } from "react";
import { Box, Button, Chip, Paper, Stack, TextField, Typography } from "@mui/material";
import { useInfiniteQuery } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import { useSession } from "../../../lib/session";
import { JalaliDate } from "../../../components/Figures";
import { ProblemAlert } from "../../../components/ProblemAlert";
import { NOTE_KINDS } from "../types";
import { notesQuery, useAddNote } from "./queries";

const PAGE = 20;

const KIND_COLOR: Record<string, "default" | "primary" | "secondary" | "warning" | "error" | "info"> = {
  behaviour: "primary",
  temperament: "info",
  call: "secondary",
  visit: "default",
  complaint: "error",
  other: "default",
};

/** The staff's notes on a member (M7): append-only, newest first; a caller who may write adds one. */
export function NotesPanel({ code }: { code: string }) {
  const { t } = useTranslation("members");
  const { may } = useSession();
  const [text, setText] = useState("");
  const [kind, setKind] = useState<string>("other");
  const [tried, setTried] = useState(false);

  const notes = useInfiniteQuery(notesQuery(code, PAGE));
  const add = useAddNote(code);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    setTried(true);
    if (text.trim())
      add.mutate(
        { text: text.trim(), kind },
        {
          onSuccess: () => {
            setText("");
            setTried(false);
          },
        },
      );
  };
  const items = notes.data?.pages.flatMap((p) => p.items) ?? [];
  const missing = tried && !text.trim();

  return (
    <Paper sx={{ p: 2 }} data-testid="notes">
      <Typography variant="h6">{t("notes.title")}</Typography>
      <Typography variant="caption" color="text.secondary">
        {t("notes.appendOnly")}
      </Typography>
      {may("members-write") && (
        <Stack component="form" onSubmit={submit} noValidate spacing={1.5} sx={{ mt: 2 }} data-testid="note-form">
          <Stack direction={{ xs: "column", sm: "row" }} spacing={1.5}>
            <TextField
              select
              label={t("notes.kind")}
              value={kind}
              onChange={(e) => setKind(e.target.value)}
              sx={{ width: { sm: 180 }, flexShrink: 0 }}
              slotProps={{ select: { native: true }, inputLabel: { shrink: true }, htmlInput: { "data-testid": "note-kind" } }}
            >
              {NOTE_KINDS.map((k) => (
                <option key={k} value={k}>
                  {t(`notes.kinds.${k}`)}
                </option>
              ))}
            </TextField>
            <TextField
              label={t("notes.text")}
              value={text}
              onChange={(e) => setText(e.target.value)}
              multiline
              maxRows={5}
              error={missing}
              helperText={missing ? t("errors.required") : undefined}
              slotProps={{ htmlInput: { "data-testid": "note-text", maxLength: 2000, dir: "auto" } }}
            />
          </Stack>
          <ProblemAlert error={add.error} />
          <Box>
            <Button type="submit" variant="outlined" disabled={add.isPending} data-testid="note-submit">
              {t("notes.add")}
            </Button>
          </Box>
        </Stack>
      )}
      <ProblemAlert error={notes.error} onRetry={() => void notes.refetch()} />
      <Stack spacing={0} sx={{ mt: 2 }}>
        {notes.isSuccess && items.length === 0 && (
          <Typography variant="body2" color="text.secondary">
            {t("notes.empty")}
          </Typography>
        )}
        {items.map((n, i) => (
          <Stack key={n.id} direction="row" spacing={1.5} data-testid="note-row" data-kind={n.kind}>
            <Stack sx={{ alignItems: "center", pt: 0.75 }}>
              <Box sx={{ width: 10, height: 10, borderRadius: "50%", bgcolor: n.kind === "complaint" ? "error.main" : "primary.main", flexShrink: 0 }} />
              {i < items.length - 1 && <Box sx={{ width: 2, flex: 1, bgcolor: "divider", my: 0.5 }} />}
            </Stack>
            <Box sx={{ pb: 2, minWidth: 0, flex: 1 }}>
              <Stack direction="row" spacing={1} sx={{ alignItems: "center", flexWrap: "wrap", rowGap: 0.5 }}>
                <Chip size="small" variant="outlined" color={KIND_COLOR[n.kind] ?? "default"} label={t(`notes.kinds.${n.kind}`, { defaultValue: n.kind })} />
                <Typography variant="caption" color="text.secondary">
                  <JalaliDate value={n.createdAt} time /> · {n.author}
                </Typography>
              </Stack>
              <Typography variant="body2" sx={{ mt: 0.5, whiteSpace: "pre-wrap", overflowWrap: "anywhere" }} dir="auto">
                {n.text}
              </Typography>
            </Box>
          </Stack>
        ))}
        {notes.hasNextPage && (
          <Box>
            <Button size="small" onClick={() => void notes.fetchNextPage()} disabled={notes.isFetchingNextPage} data-testid="notes-more">
              {t("notes.more")}
            </Button>
          </Box>
        )}
      </Stack>
    </Paper>
  );
}
