import { FormControlLabel, FormGroup, LinearProgress, Paper, Switch, Typography } from "@mui/material";
import { useQuery } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import { useSession } from "../../../lib/session";
import { ProblemAlert } from "../../../components/ProblemAlert";
import { consentsQuery, useSetConsent, type Consents } from "./queries";

const CHANNELS: (keyof Consents)[] = ["sms", "email", "push", "messenger"];

/**
 * The channels the member lets the club use. Recorded in every club whatever its plan (a refusal must
 * be kept); staff who may change members switch them, each change saved at once.
 */
export function ConsentPanel({ code }: { code: string }) {
  const { t } = useTranslation("messaging");
  const { may } = useSession();
  const consents = useQuery(consentsQuery(code));
  const set = useSetConsent(code);
  const canWrite = may("members-write");
  return (
    <Paper sx={{ p: 2, height: "100%" }} data-testid="member-consents">
      <Typography variant="h6">{t("consent.title")}</Typography>
      <Typography variant="body2" color="text.secondary" sx={{ mb: 1 }}>
        {t("consent.help")}
      </Typography>
      {consents.isPending && <LinearProgress />}
      <ProblemAlert error={consents.error ?? set.error} onRetry={consents.error ? () => void consents.refetch() : undefined} />
      {consents.data && (
        <FormGroup>
          {CHANNELS.filter((c) => typeof consents.data[c] === "boolean").map((c) => (
            <FormControlLabel
              key={c}
              label={t(`consent.${c}`)}
              control={
                <Switch
                  checked={consents.data[c] === true}
                  disabled={!canWrite || set.isPending}
                  onChange={(e) => set.mutate({ [c]: e.target.checked })}
                  slotProps={{ input: { "data-testid": `consent-${c}` } as object }}
                />
              }
            />
          ))}
        </FormGroup>
      )}
    </Paper>
  );
}
