package ir.bashgah.messaging.domain.settings;

import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;

/**
 * The hours of the night, Tehran time, in which marketing messages wait for the morning; they may
 * run over midnight (22:00-08:00, the default). {@code from == until} means no quiet hours.
 */
public record QuietHours(LocalTime from, LocalTime until) {
  public static final ZoneId TEHRAN = ZoneId.of("Asia/Tehran");
  public static final QuietHours DEFAULT = new QuietHours(LocalTime.of(22, 0), LocalTime.of(8, 0));

  public QuietHours {
    if (from == null || until == null) {
      throw new IllegalArgumentException("Quiet hours need a start and an end");
    }
  }

  public boolean covers(Instant at) {
    if (from.equals(until)) {
      return false;
    }
    LocalTime t = at.atZone(TEHRAN).toLocalTime();
    return from.isBefore(until) ? !t.isBefore(from) && t.isBefore(until) : !t.isBefore(from) || t.isBefore(until);
  }

  /** {@code at} itself when it is outside the quiet hours, else the moment they end. */
  public Instant nextAllowed(Instant at) {
    if (!covers(at)) {
      return at;
    }
    ZonedDateTime local = at.atZone(TEHRAN);
    ZonedDateTime end = local.toLocalDate().atTime(until).atZone(TEHRAN);
    if (!end.isAfter(local)) {
      end = end.plusDays(1);
    }
    return end.toInstant();
  }
}
