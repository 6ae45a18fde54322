import { useContext } from "react";
import { Box, Chip, Grid, IconButton, Paper, Stack, Tooltip, Typography } from "@mui/material";
import UpIcon from "@mui/icons-material/ArrowUpward";
import DownIcon from "@mui/icons-material/ArrowDownward";
import ChevronIcon from "@mui/icons-material/ChevronLeft";
import { useTranslation } from "react-i18next";
import { useLang } from "../../components/useLang";
import { LockedFeature } from "../../components/Guards";
import { useSession } from "../../lib/session";
import { formatNumber } from "../../lib/format";
import { DecimalField, EditableContext, GroupError, GroupInput, SelectField, TextInput, WholeField, useForm } from "./form";
import { useRowKeys, useValue } from "./store";
import { AddRowButton, EmptyLine, Explain, RemoveRowButton, SectionCard } from "./parts";
import { formatDecimal, parseDecimal, parseWhole } from "./numbers";
import { LEVEL_BASES, type TierRow } from "./rules";

const TIER_COLOURS = ["#8d6e63", "#90a4ae", "#f9a825", "#5e35b1", "#00897b", "#c2185b"];

function useUnit(): string {
  const { t } = useTranslation("programme");
  const basis = useValue<string>("rules.levels.basis");
  return t(`levels.units.${LEVEL_BASES.includes(basis as never) ? basis : "TURNOVER"}`);
}

export function LevelsSection() {
  const { t } = useTranslation("programme");
  const basis = useValue<string>("rules.levels.basis");
  const tiers = useRowKeys("rules.levels.tiers");
  const weights = useRowKeys("rules.levels.productGroupWeights");

  return (
    <Stack spacing={2}>
      <SectionCard title={t("levels.rankTitle")} subtitle={t("levels.rankHelp")}>
        <Grid container spacing={2}>
          <Grid size={{ xs: 12, sm: 4 }}>
            <SelectField path="rules.levels.basis" label={t("levels.basis")} options={LEVEL_BASES.map((b) => ({ value: b, label: t(`levels.bases.${b}`) }))} helper={LEVEL_BASES.includes(basis as never) ? t(`levels.basesHelp.${basis}`) : undefined} testId="levels-basis" />
          </Grid>
          <Grid size={{ xs: 6, sm: 4 }}>
            <WholeField path="rules.levels.windowDays" label={t("levels.windowDays")} unit={t("days")} helper={t("levels.windowDaysHelp")} testId="levels-window-days" />
          </Grid>
          <Grid size={{ xs: 6, sm: 4 }}>
            <WholeField path="rules.levels.graceDays" label={t("levels.graceDays")} unit={t("days")} helper={t("levels.graceDaysHelp")} testId="levels-grace-days" />
          </Grid>
        </Grid>
        <RankingExplain />
      </SectionCard>

      <SectionCard title={t("levels.ladderTitle")} subtitle={t("levels.ladderHelp")}>
        <Ladder />
        <GroupError path="rules.levels.tiers" />
        <Stack spacing={2} sx={{ mt: 2 }}>
          {tiers.map((key, i) => (
            <TierCard key={key} index={i} count={tiers.length} />
          ))}
        </Stack>
        <Box sx={{ mt: 1 }}>
          <AddRowButton listPath="rules.levels.tiers" label={t("levels.addTier")} testId="add-tier" />
        </Box>
      </SectionCard>

      <SectionCard title={t("levels.weightsTitle")} subtitle={t("levels.weightsHelp")}>
        {weights.length === 0 && <EmptyLine>{t("levels.noWeights")}</EmptyLine>}
        <Stack spacing={1}>
          {weights.map((key, i) => (
            <Stack key={key} direction="row" spacing={1} sx={{ alignItems: "flex-start" }} data-testid={`weight-row-${i}`}>
              <Grid container spacing={1.5} sx={{ flex: 1 }}>
                <Grid size={{ xs: 7, sm: 6 }}>
                  <GroupInput path={`rules.levels.productGroupWeights[${i}].group`} label={t("earning.productGroup")} testId={`weight-${i}-group`} />
                </Grid>
                <Grid size={{ xs: 5, sm: 6 }}>
                  <DecimalField path={`rules.levels.productGroupWeights[${i}].weight`} label={t("levels.weight")} times testId={`weight-${i}-weight`} />
                </Grid>
              </Grid>
              <Box sx={{ pt: 0.5 }}>
                <RemoveRowButton listPath="rules.levels.productGroupWeights" index={i} testId={`remove-weight-${i}`} />
              </Box>
            </Stack>
          ))}
        </Stack>
        <AddRowButton listPath="rules.levels.productGroupWeights" label={t("levels.addWeight")} testId="add-weight" />
      </SectionCard>
    </Stack>
  );
}

function RankingExplain() {
  const { t } = useTranslation("programme");
  const lang = useLang();
  const basis = useValue<string>("rules.levels.basis");
  const windowDays = parseWhole(useValue<string>("rules.levels.windowDays"));
  const graceDays = parseWhole(useValue<string>("rules.levels.graceDays"));
  if (windowDays == null || graceDays == null) return null;
  return (
    <Explain testId="levels-explain">
      {t(`levels.explain.${LEVEL_BASES.includes(basis as never) ? basis : "TURNOVER"}`, { days: formatNumber(windowDays, lang) })}{" "}
      {graceDays > 0 ? t("levels.explainGrace", { days: formatNumber(graceDays, lang) }) : t("levels.explainNoGrace")}
    </Explain>
  );
}

/** The ladder at a glance: Bronze from 0 › Silver from 8,000,000 IRR › Gold from 20,000,000 IRR. */
function Ladder() {
  const { t } = useTranslation("programme");
  const lang = useLang();
  const tiers = useValue<TierRow[]>("rules.levels.tiers");
  const unit = useUnit();
  if (tiers.length === 0) return <EmptyLine>{t("levels.noTiers")}</EmptyLine>;
  return (
    <Stack direction="row" sx={{ flexWrap: "wrap", alignItems: "center", gap: 1 }} data-testid="levels-ladder">
      {tiers.map((tier, i) => (
        <Stack key={tier.$key} direction="row" sx={{ alignItems: "center", gap: 1 }}>
          {i > 0 && <ChevronIcon sx={{ color: "text.disabled", transform: lang === "fa" ? "none" : "scaleX(-1)" }} />}
          <Box sx={{ borderInlineStart: `4px solid ${TIER_COLOURS[i % TIER_COLOURS.length]}`, bgcolor: "#f6f8f7", borderRadius: 1.5, px: 1.5, py: 0.75 }}>
            <Typography sx={{ fontWeight: 700, fontSize: 14 }}>{(lang === "en" && tier.nameEn) || tier.name || tier.code || "—"}</Typography>
            <Typography variant="caption" color="text.secondary">
              {t("levels.from", { value: formatNumber(parseWhole(tier.threshold || "0"), lang), unit })}
            </Typography>
          </Box>
        </Stack>
      ))}
    </Stack>
  );
}

function TierCard({ index, count }: { index: number; count: number }) {
  const { t } = useTranslation("programme");
  const lang = useLang();
  const form = useForm();
  const tier = useValue<TierRow>(`rules.levels.tiers[${index}]`);
  const unit = useUnit();
  const editable = useContext(EditableContext);
  const { has } = useSession();
  const at = `rules.levels.tiers[${index}]`;
  // A level's code is how members already in it are found: a saved level keeps its code.
  const saved = typeof tier.$base.code === "string";
  const move = (to: number) => {
    const tiers = [...(form.value("rules.levels.tiers") as TierRow[])];
    const [row] = tiers.splice(index, 1);
    tiers.splice(to, 0, row);
    form.set("rules.levels.tiers", tiers);
  };
  const multiplier = parseDecimal(tier.earnMultiplier || "1");
  return (
    <Paper variant="outlined" sx={{ p: 2, borderInlineStart: `4px solid ${TIER_COLOURS[index % TIER_COLOURS.length]}` }} data-testid={`tier-${index}`}>
      <Stack direction="row" spacing={1} sx={{ alignItems: "center", mb: 1.5 }}>
        <Chip size="small" label={t("levels.tierNumber", { n: formatNumber(index + 1, lang) })} />
        <Typography sx={{ fontWeight: 700, flex: 1 }}>{(lang === "en" && tier.nameEn) || tier.name || t("levels.newTier")}</Typography>
        {multiplier != null && multiplier !== 1 && <Chip size="small" variant="outlined" color="primary" label={t("earning.pointsTimes", { x: formatDecimal(multiplier, lang) })} />}
        {editable && (
          <>
            <Tooltip title={t("moveUp")}>
              <span>
                <IconButton size="small" disabled={index === 0} onClick={() => move(index - 1)} aria-label={t("moveUp")}>
                  <UpIcon fontSize="small" />
                </IconButton>
              </span>
            </Tooltip>
            <Tooltip title={t("moveDown")}>
              <span>
                <IconButton size="small" disabled={index === count - 1} onClick={() => move(index + 1)} aria-label={t("moveDown")}>
                  <DownIcon fontSize="small" />
                </IconButton>
              </span>
            </Tooltip>
          </>
        )}
        <RemoveRowButton listPath="rules.levels.tiers" index={index} confirm={saved ? t("levels.removeSaved", { name: tier.name || tier.code }) : undefined} testId={`remove-tier-${index}`} />
      </Stack>
      <Grid container spacing={1.5}>
        <Grid size={{ xs: 12, sm: 4 }}>
          <TextInput path={`${at}.name`} label={t("levels.name")} testId={`tier-${index}-name`} />
        </Grid>
        <Grid size={{ xs: 6, sm: 4 }}>
          <TextInput path={`${at}.nameEn`} label={t("levels.nameEn")} dir="ltr" testId={`tier-${index}-name-en`} />
        </Grid>
        <Grid size={{ xs: 6, sm: 4 }}>
          <TextInput path={`${at}.code`} label={t("levels.code")} dir="ltr" upper disabled={saved} helper={saved ? t("levels.codeSaved") : t("levels.codeHelp")} testId={`tier-${index}-code`} />
        </Grid>
        <Grid size={{ xs: 12, sm: 6, md: 3 }}>
          <WholeField path={`${at}.threshold`} label={t("levels.threshold")} unit={unit} placeholder="0" helper={index === 0 ? t("levels.firstThreshold") : undefined} testId={`tier-${index}-threshold`} />
        </Grid>
        <Grid size={{ xs: 12, sm: 6, md: 3 }}>
          <DecimalField path={`${at}.earnMultiplier`} label={t("levels.earnMultiplier")} times placeholder="1" helper={t("levels.earnMultiplierHelp")} testId={`tier-${index}-multiplier`} />
        </Grid>
        <Grid size={{ xs: 12, sm: 6, md: 3 }}>
          {has("D1") || (tier.discountPercent && tier.discountPercent !== "0") ? (
            <DecimalField path={`${at}.discountPercent`} label={t("levels.discountPercent")} unit="%" placeholder="0" helper={t("levels.discountHelp")} testId={`tier-${index}-discount`} />
          ) : (
            <LockedBenefit feature="D1" label={t("levels.discountPercent")} />
          )}
        </Grid>
        <Grid size={{ xs: 12, sm: 6, md: 3 }}>
          {has("D5") || (tier.cashbackPercent && tier.cashbackPercent !== "0") ? (
            <DecimalField path={`${at}.cashbackPercent`} label={t("levels.cashbackPercent")} unit="%" placeholder="0" helper={t("levels.cashbackHelp")} testId={`tier-${index}-cashback`} />
          ) : (
            <LockedBenefit feature="D5" label={t("levels.cashbackPercent")} />
          )}
        </Grid>
      </Grid>
    </Paper>
  );
}

function LockedBenefit({ feature, label }: { feature: string; label: string }) {
  return (
    <Box sx={{ pt: 0.5 }}>
      <Typography variant="caption" color="text.secondary" component="div" sx={{ mb: 0.5 }}>
        {label}
      </Typography>
      <LockedFeature feature={feature} compact />
    </Box>
  );
}
