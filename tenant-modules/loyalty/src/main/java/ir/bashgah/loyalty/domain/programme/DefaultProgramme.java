package ir.bashgah.loyalty.domain.programme;

import java.util.List;

/**
 * The programme every new club starts with (docs/integration.md): 1 point per 10,000 IRR paid by other means
 * than CREDIT, no coefficients, no credit earned, nothing expires; levels Bronze from 0, Silver from
 * 20,000,000 IRR and Gold from 100,000,000 IRR of purchases in the last 180 days.
 */
public final class DefaultProgramme {
  public static final String CODE = "default";
  public static final String NAME = "برنامه‌ی پایه";

  private DefaultProgramme() {}

  public static ProgrammeRules rules() {
    return new ProgrammeRules(
        new ProgrammeRules.EarningRules(10_000L, null, List.of("CASH", "CARD", "ONLINE"), null, null, null, 0),
        new ProgrammeRules.ExpiryRules(new ProgrammeRules.Expiry("NEVER", null), new ProgrammeRules.Expiry("NEVER", null)),
        null, null, levels(), false);
  }

  public static ProgrammeRules.LevelRules levels() {
    return new ProgrammeRules.LevelRules("TURNOVER", 180, 0, null, List.of(
        new ProgrammeRules.Tier("BRONZE", "برنزی", "Bronze", 0L, null, null, null),
        new ProgrammeRules.Tier("SILVER", "نقره‌ای", "Silver", 20_000_000L, null, null, null),
        new ProgrammeRules.Tier("GOLD", "طلایی", "Gold", 100_000_000L, null, null, null)));
  }
}
