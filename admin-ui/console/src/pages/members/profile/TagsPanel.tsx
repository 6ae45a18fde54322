import { useState, type FormEvent } from "react";
import { Button, Chip, Paper, Stack, TextField, Typography } from "@mui/material";
import LabelIcon from "@mui/icons-material/LocalOfferOutlined";
import { useTranslation } from "react-i18next";
import { useTag } from "./queries";
import { useSession } from "../../../lib/session";
import { LockedFeature } from "../../../components/Guards";
import { ProblemAlert } from "../../../components/ProblemAlert";
import { normaliseTag } from "../tags";

/** A member's tags (B2): shown to all, put on and taken off by a caller who may write; locked outside the plan. */
export function TagsPanel({ code, tags, onChanged }: { code: string; tags: string[]; onChanged: () => void }) {
  const { t } = useTranslation("members");
  const { may, has } = useSession();
  const [input, setInput] = useState("");
  const [bad, setBad] = useState(false);
  const add = useTag(code, "PUT");
  const remove = useTag(code, "DELETE");
  const canWrite = may("members-write");

  const submit = (e: FormEvent) => {
    e.preventDefault();
    const tag = normaliseTag(input);
    setBad(!tag);
    if (tag)
      add.mutate(tag, {
        onSuccess: () => {
          setInput("");
          onChanged();
        },
      });
  };

  return (
    <Paper sx={{ p: 2, height: "100%" }} data-testid="tags">
      <Typography variant="h6" sx={{ mb: 1 }}>
        {t("tags.title")}
      </Typography>
      {!has("B2") ? (
        <LockedFeature feature="B2" compact />
      ) : (
        <>
          <Stack direction="row" sx={{ flexWrap: "wrap", gap: 1 }}>
            {tags.length === 0 && (
              <Typography variant="body2" color="text.secondary">
                {t("tags.empty")}
              </Typography>
            )}
            {tags.map((tag) => (
              <Chip
                key={tag}
                icon={<LabelIcon />}
                label={tag}
                data-testid="tag-chip"
                data-tag={tag}
                onDelete={canWrite && !remove.isPending ? () => remove.mutate(tag, { onSuccess: onChanged }) : undefined}
              />
            ))}
          </Stack>
          {canWrite && (
            <Stack component="form" onSubmit={submit} noValidate direction="row" spacing={1} sx={{ mt: 2, alignItems: "flex-start" }}>
              <TextField
                label={t("tags.new")}
                value={input}
                onChange={(e) => {
                  setInput(e.target.value);
                  setBad(false);
                }}
                error={bad}
                helperText={bad ? t("errors.tag") : undefined}
                slotProps={{ htmlInput: { "data-testid": "tag-input", dir: "auto", maxLength: 40 } }}
              />
              <Button type="submit" variant="outlined" disabled={add.isPending || !input.trim()} data-testid="tag-add" sx={{ flexShrink: 0 }}>
                {t("tags.add")}
              </Button>
            </Stack>
          )}
          <ProblemAlert error={add.error ?? remove.error} />
        </>
      )}
    </Paper>
  );
}
