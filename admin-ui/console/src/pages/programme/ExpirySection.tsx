import { useContext } from "react";
import { FormControlLabel, Grid, Radio, RadioGroup, Stack } from "@mui/material";
import { addDays, addMonths, addYears, endOfMonth, endOfYear, parseISO } from "date-fns-jalali";
import { useTranslation } from "react-i18next";
import { useLang } from "../../components/useLang";
import { formatDate, formatNumber } from "../../lib/format";
import { isoDateOf, tehranToday } from "../../lib/tehran";
import { EditableContext, GroupError, WholeField, useForm } from "./form";
import { useValue } from "./store";
import { Explain, SectionCard } from "./parts";
import { parseWhole } from "./numbers";
import { EXPIRY_RULES, type ExpiryRuleForm } from "./rules";

/**
 * The day something earned on {@code earnedOn} (ISO) stops being spendable under a rule, as the
 * server's ExpiryPolicy counts it (Jalali months and years), or null when it never expires.
 */
export function expiryDay(rule: string, count: number, earnedOn: string): string | null {
  const day = parseISO(earnedOn);
  switch (rule) {
    case "DAYS":
      return isoDateOf(addDays(day, count));
    case "END_OF_MONTH":
      return isoDateOf(endOfMonth(addMonths(day, count)));
    case "END_OF_YEAR":
      return isoDateOf(endOfYear(addYears(day, count)));
    default:
      return null;
  }
}

export function ExpirySection() {
  const { t } = useTranslation("programme");
  return (
    <Stack spacing={2}>
      <SectionCard title={t("expiry.pointsTitle")} subtitle={t("expiry.pointsHelp")}>
        <ExpiryRule asset="points" />
      </SectionCard>
      <SectionCard title={t("expiry.creditTitle")} subtitle={t("expiry.creditHelp")}>
        <ExpiryRule asset="credit" />
      </SectionCard>
    </Stack>
  );
}

function ExpiryRule({ asset }: { asset: "points" | "credit" }) {
  const { t } = useTranslation("programme");
  const lang = useLang();
  const form = useForm();
  const editable = useContext(EditableContext);
  const at = `rules.expiry.${asset}`;
  const x = useValue<ExpiryRuleForm>(at);
  const choose = (rule: string) => {
    form.set(`${at}.rule`, rule);
    // NEVER takes no count; DAYS needs one; the month and year rules count from the earning's own.
    const count = rule === "NEVER" ? "" : rule === "DAYS" ? x.count || "365" : x.rule === "DAYS" ? "" : x.count;
    form.set(`${at}.count`, count);
  };
  const count = x.count.trim() === "" ? 0 : parseWhole(x.count);
  const today = tehranToday();
  const until = count == null ? null : expiryDay(x.rule, count, today);
  return (
    <Grid container spacing={2}>
      <Grid size={{ xs: 12, md: 6 }}>
        <RadioGroup value={x.rule} onChange={(e) => choose(e.target.value)} data-testid={`expiry-${asset}-rule`}>
          {EXPIRY_RULES.map((rule) => (
            <FormControlLabel key={rule} value={rule} disabled={!editable} control={<Radio size="small" />} label={t(`expiry.rules.${rule}`)} data-testid={`expiry-${asset}-${rule}`} />
          ))}
        </RadioGroup>
        <GroupError path={`${at}.rule`} />
      </Grid>
      <Grid size={{ xs: 12, md: 6 }}>
        {x.rule !== "NEVER" && (
          <WholeField
            path={`${at}.count`}
            label={t(`expiry.countLabel.${x.rule}`)}
            unit={t(`expiry.countUnit.${x.rule}`)}
            placeholder={x.rule === "DAYS" ? undefined : "0"}
            helper={t(`expiry.countHelp.${x.rule}`)}
            testId={`expiry-${asset}-count`}
          />
        )}
      </Grid>
      <Grid size={12}>
        <Explain testId={`expiry-${asset}-example`}>
          {x.rule === "NEVER" || !until
            ? t(`expiry.never.${asset}`)
            : t(`expiry.example.${asset}`, { earned: formatDate(today, lang), until: formatDate(until, lang), n: formatNumber(count, lang) })}
        </Explain>
      </Grid>
    </Grid>
  );
}
