package ir.bashgah.app.demo;

import ir.bashgah.loyalty.application.ConfigureProgramme;
import ir.bashgah.loyalty.domain.programme.ProgrammeRules;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.util.List;

/**
 * The demo club's programme: every kind of rule switched on once, with values a café chain might
 * choose, so the console and the till show what each does. Levels are low enough for a café's
 * customers to reach in three months.
 */
@ApplicationScoped
public class DemoProgramme {
  @Inject ConfigureProgramme configure;

  /** Replaces the default programme's rules; runs in the demo tenant's context. */
  public void configure() {
    var earning = new ProgrammeRules.EarningRules(10_000L, BigDecimal.ONE, List.of("CASH", "CARD", "ONLINE"),
        List.of(new ProgrammeRules.GroupCoefficient("drinks", new BigDecimal("1.5"), null),
            new ProgrammeRules.GroupCoefficient("retail", null, BigDecimal.ZERO)),
        List.of(new ProgrammeRules.GroupCoefficient("A", new BigDecimal("1.2"), new BigDecimal("1.2"))),
        List.of(new ProgrammeRules.Period("جمعه‌ها", "PROMO", null, null, List.of("FRIDAY"), null, null, null, null, new BigDecimal("1.5"), null),
            new ProgrammeRules.Period("صبح‌های خلوت", "LOW", null, null, null, null, null, 8, 11, new BigDecimal("1.25"), null)),
        3);
    var expiry = new ProgrammeRules.ExpiryRules(new ProgrammeRules.Expiry("END_OF_YEAR", 1), new ProgrammeRules.Expiry("DAYS", 180));
    var bonuses = new ProgrammeRules.BonusRules(new ProgrammeRules.Award(100L, 0L), new ProgrammeRules.Referral(500L, 0L, 100L, 0L, 10),
        List.of(new ProgrammeRules.ThresholdBonus("۵۰۰ امتیاز در ماه", null, 500L, 30, 100L, 0L)));
    var conversion = new ProgrammeRules.ConversionRules(true, 100L,
        List.of(new ProgrammeRules.Rate("A", 100L, 15_000L), new ProgrammeRules.Rate(null, 100L, 10_000L)));
    var levels = new ProgrammeRules.LevelRules("TURNOVER", 180, 30, List.of(new ProgrammeRules.GroupWeight("retail", new BigDecimal("0.5"))), List.of(
        new ProgrammeRules.Tier("BRONZE", "برنزی", "Bronze", 0L, BigDecimal.ONE, BigDecimal.ZERO, BigDecimal.ZERO),
        new ProgrammeRules.Tier("SILVER", "نقره‌ای", "Silver", 8_000_000L, new BigDecimal("1.2"), new BigDecimal("5"), new BigDecimal("0.5")),
        new ProgrammeRules.Tier("GOLD", "طلایی", "Gold", 20_000_000L, new BigDecimal("1.5"), BigDecimal.TEN, BigDecimal.ONE)));
    configure.update("default", new ConfigureProgramme.Change("برنامه‌ی باشگاه نمونه", 1L,
        new ProgrammeRules(earning, expiry, bonuses, conversion, levels, false)));
  }
}
