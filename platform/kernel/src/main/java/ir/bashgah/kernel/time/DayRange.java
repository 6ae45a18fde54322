package ir.bashgah.kernel.time;

import ir.bashgah.kernel.persistence.UtcInstantConverter;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.zone.ZoneOffsetTransition;
import java.time.zone.ZoneRules;
import java.util.ArrayList;
import java.util.List;

/**
 * Calendar days {@code from} to {@code to}, both included, as people of {@code zone} live them.
 * Columns hold UTC wall time; a report that groups rows by local day shifts each by the zone's offset.
 * Tehran kept summer time until 2022, so one offset does not fit every range: {@link #stretches()}
 * cuts the range where the offset changes, and each piece is grouped with the offset it had.
 */
public record DayRange(LocalDate from, LocalDate to, ZoneId zone) {
  public static final ZoneId TEHRAN = ZoneId.of("Asia/Tehran");

  /**
   * A piece of the range with one UTC offset: rows with {@code start <= t < end} (UTC wall time, as
   * stored) belong to the local date of {@code t + offsetMinutes}.
   */
  public record Stretch(LocalDateTime start, LocalDateTime end, int offsetMinutes) {}

  public DayRange {
    if (from.isAfter(to)) {
      throw new IllegalArgumentException(from + " is after " + to);
    }
  }

  public static DayRange tehran(LocalDate from, LocalDate to) {
    return new DayRange(from, to, TEHRAN);
  }

  /** The first instant of {@code from}. */
  public Instant start() {
    return from.atStartOfDay(zone).toInstant();
  }

  /** The first instant after {@code to}. */
  public Instant end() {
    return to.plusDays(1).atStartOfDay(zone).toInstant();
  }

  public List<LocalDate> days() {
    return from.datesUntil(to.plusDays(1)).toList();
  }

  public List<Stretch> stretches() {
    ZoneRules rules = zone.getRules();
    Instant end = end();
    List<Stretch> pieces = new ArrayList<>();
    Instant at = start();
    while (at.isBefore(end)) {
      ZoneOffsetTransition next = rules.nextTransition(at);
      Instant until = next == null || !next.getInstant().isBefore(end) ? end : next.getInstant();
      pieces.add(new Stretch(UtcInstantConverter.toColumn(at), UtcInstantConverter.toColumn(until), rules.getOffset(at).getTotalSeconds() / 60));
      at = until;
    }
    return pieces;
  }

  /** The value of a DATE column as the driver hands it back. */
  public static LocalDate dateOf(Object column) {
    if (column instanceof LocalDate d) {
      return d;
    }
    if (column instanceof java.sql.Date d) {
      return d.toLocalDate();
    }
    return LocalDate.parse(column.toString().substring(0, 10));
  }
}
