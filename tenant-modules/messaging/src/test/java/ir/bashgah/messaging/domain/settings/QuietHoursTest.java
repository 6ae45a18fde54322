package ir.bashgah.messaging.domain.settings;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalTime;
import org.junit.jupiter.api.Test;

class QuietHoursTest {
  @Test
  void theDefaultNightRunsOverMidnightInTehranTime() {
    QuietHours night = QuietHours.DEFAULT;
    assertThat(night.covers(Instant.parse("2026-12-07T18:29:00Z"))).as("21:59").isFalse();
    assertThat(night.covers(Instant.parse("2026-12-07T18:30:00Z"))).as("22:00").isTrue();
    assertThat(night.covers(Instant.parse("2026-12-07T23:00:00Z"))).as("02:30").isTrue();
    assertThat(night.covers(Instant.parse("2026-12-08T04:30:00Z"))).as("08:00").isFalse();
    assertThat(night.nextAllowed(Instant.parse("2026-12-07T19:00:00Z"))).isEqualTo(Instant.parse("2026-12-08T04:30:00Z"));
    assertThat(night.nextAllowed(Instant.parse("2026-12-08T01:00:00Z"))).isEqualTo(Instant.parse("2026-12-08T04:30:00Z"));
    assertThat(night.nextAllowed(Instant.parse("2026-12-08T09:00:00Z"))).isEqualTo(Instant.parse("2026-12-08T09:00:00Z"));
  }

  @Test
  void hoursWithinOneDayAndNoneAtAll() {
    QuietHours siesta = new QuietHours(LocalTime.of(13, 0), LocalTime.of(16, 0));
    assertThat(siesta.covers(Instant.parse("2026-12-07T10:00:00Z"))).as("13:30").isTrue();
    assertThat(siesta.covers(Instant.parse("2026-12-07T13:00:00Z"))).as("16:30").isFalse();
    assertThat(new QuietHours(LocalTime.NOON, LocalTime.NOON).covers(Instant.parse("2026-12-07T08:30:00Z"))).isFalse();
  }
}
