package ir.bashgah.loyalty.domain.programme;

import java.time.Instant;

/**
 * When an amount earned at a given time expires (L9). DAYS counts whole Tehran days, so everything
 * earned on one day expires together at midnight and the member can be told the date; END_OF_MONTH
 * and END_OF_YEAR follow the Jalali calendar.
 */
public final class ExpiryPolicy {
  private ExpiryPolicy() {}

  /** The instant the amount stops being spendable, or null when it never expires. */
  public static Instant expiresAt(ProgrammeRules.Expiry rule, Instant earnedAt) {
    int n = rule.count() == null ? 0 : rule.count();
    return switch (rule.rule()) {
      case "DAYS" -> Jalali.endOfDayAfter(earnedAt, n);
      case "END_OF_MONTH" -> Jalali.endOfMonth(earnedAt, n);
      case "END_OF_YEAR" -> Jalali.endOfYear(earnedAt, n);
      default -> null;
    };
  }
}
