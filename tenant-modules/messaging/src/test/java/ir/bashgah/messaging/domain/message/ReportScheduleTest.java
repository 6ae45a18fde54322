package ir.bashgah.messaging.domain.message;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class ReportScheduleTest {
  static final Instant SENT = Instant.parse("2026-12-07T09:00:00Z");

  @Test
  void aFreshMessageIsAskedAgainWithinMinutesAnOldOneEveryFewHours() {
    ReportSchedule s = ReportSchedule.STANDARD;
    assertThat(s.next(SENT, SENT)).isEqualTo(SENT.plus(Duration.ofMinutes(2)));
    assertThat(s.next(SENT, SENT.plus(Duration.ofHours(1)))).isEqualTo(SENT.plus(Duration.ofMinutes(75)));
    assertThat(s.next(SENT, SENT.plus(Duration.ofDays(1)))).isEqualTo(SENT.plus(Duration.ofHours(27)));
  }

  @Test
  void afterItsWindowAMessageIsNotAskedAboutAnyMore() {
    ReportSchedule s = ReportSchedule.STANDARD;
    assertThat(s.next(SENT, SENT.plus(Duration.ofDays(3)).minus(Duration.ofHours(3)))).isEqualTo(SENT.plus(Duration.ofDays(3)));
    assertThat(s.next(SENT, SENT.plus(Duration.ofDays(3)).minus(Duration.ofHours(2)))).isNull();
    assertThatThrownBy(() -> new ReportSchedule(Duration.ZERO, Duration.ofHours(1), Duration.ofDays(1))).isInstanceOf(IllegalArgumentException.class);
  }
}
