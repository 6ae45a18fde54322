package ir.bashgah.loyalty.domain.programme;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class ExpiryPolicyTest {
  private static final ZoneId TEHRAN = ZoneId.of("Asia/Tehran");
  /** 2 Azar 1405, 23:50 in Tehran (23 November 2026). */
  private static final Instant EARNED = LocalDateTime.of(2026, 11, 23, 23, 50).atZone(TEHRAN).toInstant();

  private static LocalDateTime inTehran(Instant at) {
    return LocalDateTime.ofInstant(at, TEHRAN);
  }

  @Test
  void neverMeansNoExpiry() {
    assertThat(ExpiryPolicy.expiresAt(new ProgrammeRules.Expiry("NEVER", null), EARNED)).isNull();
  }

  @Test
  void daysCountWholeTehranDaysSoADaysEarningsExpireTogetherAtMidnight() {
    assertThat(inTehran(ExpiryPolicy.expiresAt(new ProgrammeRules.Expiry("DAYS", 30), EARNED))).isEqualTo(LocalDateTime.of(2026, 12, 24, 0, 0));
  }

  @Test
  void endOfMonthIsTheEndOfAJalaliMonth() {
    // Azar 1405 ends when 1 Dey 1405 (22 December 2026) begins.
    assertThat(inTehran(ExpiryPolicy.expiresAt(new ProgrammeRules.Expiry("END_OF_MONTH", 0), EARNED))).isEqualTo(LocalDateTime.of(2026, 12, 22, 0, 0));
    // Three months on: the end of Esfand, i.e. Nowruz 1406 (21 March 2027).
    assertThat(inTehran(ExpiryPolicy.expiresAt(new ProgrammeRules.Expiry("END_OF_MONTH", 3), EARNED))).isEqualTo(LocalDateTime.of(2027, 3, 21, 0, 0));
  }

  @Test
  void endOfYearIsNowruz() {
    assertThat(inTehran(ExpiryPolicy.expiresAt(new ProgrammeRules.Expiry("END_OF_YEAR", 0), EARNED))).isEqualTo(LocalDateTime.of(2027, 3, 21, 0, 0));
    assertThat(Jalali.month(EARNED)).isEqualTo(9);
  }
}
