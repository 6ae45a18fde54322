package ir.bashgah.loyalty.domain.programme;

import static org.assertj.core.api.Assertions.assertThat;

import ir.bashgah.kernel.problem.FieldError;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class ProgrammeRulesCheckTest {
  @Test
  void theDefaultProgrammeIsValid() {
    assertThat(ProgrammeRulesCheck.check(DefaultProgramme.rules(), g -> false)).isEmpty();
  }

  @Test
  void everyMistakeIsNamedByItsPath() {
    String json = """
        {"earning": {"rialsPerPoint": -1, "creditPercent": 2.555, "methods": ["CASH", "GOLD"],
                     "productGroups": [{"group": "drinks", "points": 1.5}, {"group": "drinks", "points": 101}],
                     "memberGroups": [{"group": "Z", "points": 2}],
                     "periods": [{"name": "Yalda", "from": "2026-12-22", "to": "2026-12-20", "weekdays": ["FUNDAY"], "months": [13], "fromHour": 22}]},
         "expiry": {"points": {"rule": "DAYS"}, "credit": {"rule": "SOMETIMES"}},
         "bonuses": {"thresholds": [{"name": "B", "memberGroup": "B", "points": 0, "withinDays": 30}]},
         "conversion": {"enabled": true},
         "levels": {"basis": "MOOD", "tiers": [{"code": "bronze", "name": "", "threshold": 5}, {"code": "SILVER", "name": "S", "threshold": 1}]}}
        """;
    ProgrammeRules rules;
    try (Jsonb jsonb = JsonbBuilder.create()) {
      rules = jsonb.fromJson(json, ProgrammeRules.class);
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
    List<String> fields = ProgrammeRulesCheck.check(rules, g -> g.equals("B")).stream().map(FieldError::field).toList();
    assertThat(fields).contains(
        "earning.rialsPerPoint", "earning.creditPercent", "earning.methods[1]", "earning.productGroups[1].group", "earning.productGroups[1].points",
        "earning.memberGroups[0].group", "earning.periods[0].to", "earning.periods[0].weekdays[0]", "earning.periods[0].months[0]",
        "earning.periods[0].toHour", "expiry.points.count", "expiry.credit.rule", "bonuses.thresholds[0].points", "bonuses.thresholds[0].bonusPoints",
        "conversion.rates", "levels.basis", "levels.tiers[0].code", "levels.tiers[0].name", "levels.tiers[0].threshold", "levels.tiers[1].threshold");
    assertThat(fields).doesNotContain("bonuses.thresholds[0].memberGroup");
  }

  @Test
  void aStoredDocumentReadsBackAsTheSameRules() throws Exception {
    ProgrammeRules rules = new ProgrammeRules(
        new ProgrammeRules.EarningRules(5_000L, new BigDecimal("1.5"), List.of("CASH"), List.of(new ProgrammeRules.GroupCoefficient("drinks", new BigDecimal("2"), null)),
            null, List.of(new ProgrammeRules.Period("Yalda", "HIGH", LocalDate.of(2026, 12, 20), LocalDate.of(2026, 12, 22), List.of("FRIDAY"), List.of(9), List.of(1, 5), 10, 14,
                new BigDecimal("3"), BigDecimal.ONE)), 7),
        new ProgrammeRules.ExpiryRules(new ProgrammeRules.Expiry("END_OF_YEAR", 1), null), null, null, DefaultProgramme.levels(), true);
    try (Jsonb jsonb = JsonbBuilder.create()) {
      String stored = jsonb.toJson(rules);
      assertThat(jsonb.fromJson(stored, ProgrammeRules.class)).isEqualTo(rules);
      assertThat(stored).doesNotContain("isEmpty").doesNotContain("empty");
    }
  }
}
