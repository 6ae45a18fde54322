import { Box, Divider, Grid, Paper, Stack, Typography } from "@mui/material";
import { useTranslation } from "react-i18next";
import { useLang } from "../../components/useLang";
import { LockedFeature } from "../../components/Guards";
import { useSession } from "../../lib/session";
import { formatNumber, formatRial } from "../../lib/format";
import { GroupError, SelectField, SwitchField, TextInput, WholeField } from "./form";
import { useRowKeys, useValue } from "./store";
import { AddRowButton, EmptyLine, Explain, RemoveRowButton, SectionCard } from "./parts";
import { parseWhole } from "./numbers";
import { memberGroupOptions, type MemberGroup } from "./EarningSection";
import type { RateRow as RateRowForm, ThresholdRow } from "./rules";

export function ConversionSection({ memberGroups }: { memberGroups: MemberGroup[] }) {
  const { t } = useTranslation("programme");
  const { t: tc } = useTranslation();
  const { has } = useSession();
  const rates = useRowKeys("rules.conversion.rates");
  const thresholds = useRowKeys("rules.bonuses.thresholds");
  const rial = tc("rial");

  return (
    <Stack spacing={2}>
      <SectionCard title={t("conversion.title")} subtitle={t("conversion.help")} actions={!has("B6") ? <LockedFeature feature="B6" compact /> : undefined}>
        <Grid container spacing={2}>
          <Grid size={{ xs: 12, sm: 6 }}>
            <SwitchField path="rules.conversion.enabled" label={t("conversion.enabled")} helper={has("B6") ? undefined : t("conversion.needsB6")} testId="conversion-enabled" />
          </Grid>
          <Grid size={{ xs: 12, sm: 6 }}>
            <WholeField path="rules.conversion.minimumPoints" label={t("conversion.minimumPoints")} unit={t("pointsUnit")} placeholder="0" helper={t("conversion.minimumPointsHelp")} testId="conversion-minimum" />
          </Grid>
        </Grid>
        <Typography variant="subtitle2" sx={{ mt: 1, mb: 1 }}>
          {t("conversion.rates")}
        </Typography>
        <GroupError path="rules.conversion.rates" />
        {rates.length === 0 && <EmptyLine>{t("conversion.noRates")}</EmptyLine>}
        <Stack spacing={1}>
          {rates.map((key, i) => (
            <RateRow key={key} index={i} memberGroups={memberGroups} />
          ))}
        </Stack>
        <AddRowButton listPath="rules.conversion.rates" label={t("conversion.addRate")} testId="add-rate" />
      </SectionCard>

      <SectionCard title={t("bonuses.joiningTitle")} subtitle={t("bonuses.joiningHelp")}>
        <Grid container spacing={2}>
          <Grid size={{ xs: 6 }}>
            <WholeField path="rules.bonuses.joining.points" label={t("bonuses.points")} unit={t("pointsUnit")} placeholder="0" testId="bonus-joining-points" />
          </Grid>
          <Grid size={{ xs: 6 }}>
            <WholeField path="rules.bonuses.joining.credit" label={t("bonuses.credit")} unit={rial} placeholder="0" testId="bonus-joining-credit" />
          </Grid>
        </Grid>
        <GroupError path="rules.bonuses.joining" />
      </SectionCard>

      <SectionCard title={t("bonuses.referralTitle")} subtitle={t("bonuses.referralHelp")}>
        <Grid container spacing={2}>
          <Grid size={{ xs: 12, md: 6 }}>
            <Typography variant="subtitle2" sx={{ mb: 1.5 }}>
              {t("bonuses.referrer")}
            </Typography>
            <Grid container spacing={1.5}>
              <Grid size={6}>
                <WholeField path="rules.bonuses.referral.referrerPoints" label={t("bonuses.points")} unit={t("pointsUnit")} placeholder="0" testId="bonus-referrer-points" />
              </Grid>
              <Grid size={6}>
                <WholeField path="rules.bonuses.referral.referrerCredit" label={t("bonuses.credit")} unit={rial} placeholder="0" testId="bonus-referrer-credit" />
              </Grid>
            </Grid>
          </Grid>
          <Grid size={{ xs: 12, md: 6 }}>
            <Typography variant="subtitle2" sx={{ mb: 1.5 }}>
              {t("bonuses.referee")}
            </Typography>
            <Grid container spacing={1.5}>
              <Grid size={6}>
                <WholeField path="rules.bonuses.referral.refereePoints" label={t("bonuses.points")} unit={t("pointsUnit")} placeholder="0" testId="bonus-referee-points" />
              </Grid>
              <Grid size={6}>
                <WholeField path="rules.bonuses.referral.refereeCredit" label={t("bonuses.credit")} unit={rial} placeholder="0" testId="bonus-referee-credit" />
              </Grid>
            </Grid>
          </Grid>
          <Grid size={{ xs: 12, sm: 6 }}>
            <WholeField path="rules.bonuses.referral.maxPerReferrer" label={t("bonuses.maxPerReferrer")} helper={t("bonuses.maxPerReferrerHelp")} testId="bonus-referral-max" />
          </Grid>
        </Grid>
        <GroupError path="rules.bonuses.referral" />
      </SectionCard>

      <SectionCard title={t("bonuses.thresholdsTitle")} subtitle={t("bonuses.thresholdsHelp")}>
        {thresholds.length === 0 && <EmptyLine>{t("bonuses.noThresholds")}</EmptyLine>}
        <Stack spacing={2}>
          {thresholds.map((key, i) => (
            <ThresholdCard key={key} index={i} memberGroups={memberGroups} />
          ))}
        </Stack>
        <Box sx={{ mt: 1 }}>
          <AddRowButton listPath="rules.bonuses.thresholds" label={t("bonuses.addThreshold")} testId="add-threshold" />
        </Box>
      </SectionCard>
    </Stack>
  );
}

function RateRow({ index: i, memberGroups }: { index: number; memberGroups: MemberGroup[] }) {
  const { t } = useTranslation("programme");
  const { t: tc } = useTranslation();
  const lang = useLang();
  const r = useValue<RateRowForm>(`rules.conversion.rates[${i}]`);
  const points = parseWhole(r.points);
  const rials = parseWhole(r.rials);
  return (
    <Stack direction="row" spacing={1} sx={{ alignItems: "flex-start" }} data-testid={`rate-row-${i}`}>
      <Grid container spacing={1.5} sx={{ flex: 1 }}>
        <Grid size={{ xs: 12, sm: 4 }}>
          <SelectField path={`rules.conversion.rates[${i}].memberGroup`} label={t("earning.memberGroup")} options={memberGroupOptions(memberGroups, t, "conversion.anyGroup")} testId={`rate-${i}-group`} />
        </Grid>
        <Grid size={{ xs: 6, sm: 4 }}>
          <WholeField path={`rules.conversion.rates[${i}].points`} label={t("conversion.points")} unit={t("pointsUnit")} testId={`rate-${i}-points`} />
        </Grid>
        <Grid size={{ xs: 6, sm: 4 }}>
          <WholeField
            path={`rules.conversion.rates[${i}].rials`}
            label={t("conversion.rials")}
            unit={tc("rial")}
            helper={points && rials ? t("conversion.rateSentence", { points: formatNumber(points, lang), credit: formatRial(rials, lang) }) : undefined}
            testId={`rate-${i}-rials`}
          />
        </Grid>
      </Grid>
      <Box sx={{ pt: 0.5 }}>
        <RemoveRowButton listPath="rules.conversion.rates" index={i} testId={`remove-rate-${i}`} />
      </Box>
    </Stack>
  );
}

function ThresholdCard({ index: i, memberGroups }: { index: number; memberGroups: MemberGroup[] }) {
  const { t } = useTranslation("programme");
  const { t: tc } = useTranslation();
  const lang = useLang();
  const rial = tc("rial");
  const x = useValue<ThresholdRow>(`rules.bonuses.thresholds[${i}]`);
  const groupName = (code: string) => memberGroups.find((g) => g.code === code)?.name ?? code;
  const at = `rules.bonuses.thresholds[${i}]`;
  const points = parseWhole(x.points);
  const days = parseWhole(x.withinDays);
  const bp = parseWhole(x.bonusPoints || "0") ?? 0;
  const bc = parseWhole(x.bonusCredit || "0") ?? 0;
  const reward = [bp > 0 ? `${formatNumber(bp, lang)} ${t("pointsUnit")}` : null, bc > 0 ? formatRial(bc, lang) : null].filter(Boolean).join(lang === "fa" ? " و " : " and ");
  return (
    <Paper variant="outlined" sx={{ p: 2 }} data-testid={`threshold-${i}`}>
      <Stack direction="row" spacing={1} sx={{ alignItems: "center", mb: 1.5 }}>
        <Typography sx={{ fontWeight: 700, flex: 1 }} dir="auto">
          {x.name || t("bonuses.newThreshold")}
        </Typography>
        <RemoveRowButton listPath="rules.bonuses.thresholds" index={i} testId={`remove-threshold-${i}`} />
      </Stack>
      <Grid container spacing={1.5}>
        <Grid size={{ xs: 12, sm: 6 }}>
          <TextInput path={`${at}.name`} label={t("bonuses.name")} testId={`threshold-${i}-name`} />
        </Grid>
        <Grid size={{ xs: 12, sm: 6 }}>
          <SelectField path={`${at}.memberGroup`} label={t("earning.memberGroup")} options={memberGroupOptions(memberGroups, t, "bonuses.anyGroup")} testId={`threshold-${i}-group`} />
        </Grid>
        <Grid size={{ xs: 6, sm: 3 }}>
          <WholeField path={`${at}.points`} label={t("bonuses.reachPoints")} unit={t("pointsUnit")} testId={`threshold-${i}-points`} />
        </Grid>
        <Grid size={{ xs: 6, sm: 3 }}>
          <WholeField path={`${at}.withinDays`} label={t("bonuses.withinDays")} unit={t("days")} testId={`threshold-${i}-days`} />
        </Grid>
        <Grid size={{ xs: 6, sm: 3 }}>
          <WholeField path={`${at}.bonusPoints`} label={t("bonuses.bonusPoints")} unit={t("pointsUnit")} placeholder="0" testId={`threshold-${i}-bonus-points`} />
        </Grid>
        <Grid size={{ xs: 6, sm: 3 }}>
          <WholeField path={`${at}.bonusCredit`} label={t("bonuses.bonusCredit")} unit={rial} placeholder="0" testId={`threshold-${i}-bonus-credit`} />
        </Grid>
      </Grid>
      {points != null && days != null && reward && (
        <>
          <Divider sx={{ my: 1 }} />
          <Explain>
            {t("bonuses.thresholdSentence", {
              who: x.memberGroup ? t("bonuses.groupMembers", { group: groupName(x.memberGroup) }) : t("bonuses.everyMember"),
              points: formatNumber(points, lang),
              days: formatNumber(days, lang),
              reward,
            })}
          </Explain>
        </>
      )}
    </Paper>
  );
}
