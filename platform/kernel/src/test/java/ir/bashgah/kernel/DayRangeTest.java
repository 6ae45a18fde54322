package ir.bashgah.kernel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ir.bashgah.kernel.time.DayRange;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

class DayRangeTest {
  @Test
  void aRangeSinceIranDroppedSummerTimeIsOneStretchAtThreeAndAHalfHours() {
    DayRange november = DayRange.tehran(LocalDate.of(2026, 11, 1), LocalDate.of(2026, 11, 30));
    assertThat(november.stretches()).containsExactly(
        new DayRange.Stretch(LocalDateTime.of(2026, 10, 31, 20, 30), LocalDateTime.of(2026, 11, 30, 20, 30), 210));
    assertThat(november.days()).hasSize(30).first().isEqualTo(LocalDate.of(2026, 11, 1));
  }

  @Test
  void aRangeOverTheOldSummerTimeIsCutWhereTheOffsetChanged() {
    List<DayRange.Stretch> stretches = DayRange.tehran(LocalDate.of(2021, 9, 1), LocalDate.of(2021, 9, 30)).stretches();
    assertThat(stretches).hasSize(2);
    assertThat(stretches.get(0).offsetMinutes()).isEqualTo(270);
    assertThat(stretches.get(0).start()).isEqualTo(LocalDateTime.of(2021, 8, 31, 19, 30));
    assertThat(stretches.get(1).offsetMinutes()).isEqualTo(210);
    assertThat(stretches.get(1).end()).isEqualTo(LocalDateTime.of(2021, 9, 30, 20, 30));
    assertThat(stretches.get(0).end()).isEqualTo(stretches.get(1).start());
  }

  @Test
  void aDayIsItsOwnRangeAndABackwardRangeIsNone() {
    assertThat(DayRange.tehran(LocalDate.of(2026, 11, 23), LocalDate.of(2026, 11, 23)).days()).containsExactly(LocalDate.of(2026, 11, 23));
    assertThatThrownBy(() -> DayRange.tehran(LocalDate.of(2026, 11, 2), LocalDate.of(2026, 11, 1))).isInstanceOf(IllegalArgumentException.class);
  }
}
