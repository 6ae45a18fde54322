package ir.bashgah.messaging.domain.greeting;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class JalaliAnniversariesTest {
  @Test
  void aBirthdayIsTheSameJalaliDayNotTheSameGregorianOne() {
    // 2026-12-07 is 16 Azar 1405; 16 Azar 1375 was 1996-12-06, not 1996-12-07
    assertThat(JalaliAnniversaries.jalaliYear(LocalDate.parse("2026-12-07"))).isEqualTo(1405);
    assertThat(JalaliAnniversaries.anniversariesOn(LocalDate.parse("2026-12-07")))
        .contains(LocalDate.parse("1996-12-06"), LocalDate.parse("2026-12-07"))
        .doesNotContain(LocalDate.parse("1996-12-07"))
        .allMatch(d -> !d.isAfter(LocalDate.parse("2026-12-07")))
        .hasSize(JalaliAnniversaries.YEARS_BACK + 1);
  }

  @Test
  void whoWasBornOnTheThirtiethOfEsfandIsGreetedOnThe29thInYearsWithoutIt() {
    LocalDate born = LocalDate.parse("2021-03-20"); // 30 Esfand 1399
    // 1402's Esfand has 29 days: its last day, 2024-03-19, greets him
    assertThat(JalaliAnniversaries.anniversariesOn(LocalDate.parse("2024-03-19"))).contains(born, LocalDate.parse("2023-03-20"));
    // 1403's Esfand has a 30th (2025-03-20): not on the 29th, but on the 30th
    assertThat(JalaliAnniversaries.anniversariesOn(LocalDate.parse("2025-03-19"))).doesNotContain(born);
    assertThat(JalaliAnniversaries.anniversariesOn(LocalDate.parse("2025-03-20"))).contains(born);
  }
}
