package ir.bashgah.kernel.time;

import ir.bashgah.kernel.problem.Validation;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.DateTimeException;

/**
 * Instants as the API takes them: ISO-8601 with an offset, and within sane bounds (docs/security.md,
 * "Input limits"). What a client says happened (an invoice's {@code issuedAt}) lies at most
 * {@link #MAX_YEARS_BACK} years back and at most {@link #MAX_AHEAD} ahead of the server's clock; a
 * filter (from, to) lies between {@link #EARLIEST} and {@link #LATEST}, the range the database keeps.
 */
public final class Instants {
  /** How far back a client may date what happened: ten years. */
  public static final int MAX_YEARS_BACK = 10;

  /** How far ahead of the server's clock a client's clock may run: five minutes. */
  public static final Duration MAX_AHEAD = Duration.ofMinutes(5);

  /** The earliest instant a filter may name. */
  public static final Instant EARLIEST = Instant.parse("1970-01-01T00:00:00Z");

  /** The latest instant a filter may name (the last second a DATETIME column holds). */
  public static final Instant LATEST = Instant.parse("9999-12-31T23:59:59Z");

  public static final String FORMAT = "must be an ISO-8601 instant with offset, e.g. 2026-11-23T12:30:00+03:30";

  private Instants() {}

  /** The instant of {@code text}; null when the text is null, or when it cannot be read (then named in {@code v}). */
  public static Instant parse(String text, String field, Validation v) {
    if (text == null) {
      return null;
    }
    try {
      return OffsetDateTime.parse(text.trim()).toInstant();
    } catch (DateTimeException e) {
      v.require(false, field, FORMAT);
      return null;
    }
  }

  /** Something that happened: not before {@link #MAX_YEARS_BACK} years before {@code now}, not after {@code now} + {@link #MAX_AHEAD}. */
  public static void requireHappened(Instant at, Instant now, String field, Validation v) {
    if (at == null) {
      return;
    }
    v.require(!at.isAfter(now.plus(MAX_AHEAD)), field, "is in the future: at most " + MAX_AHEAD.toMinutes() + " minutes ahead of the server's clock");
    v.require(!at.isBefore(earliestHappened(now)), field, "is more than " + MAX_YEARS_BACK + " years in the past");
  }

  /** The earliest instant {@link #requireHappened} accepts at {@code now}. */
  public static Instant earliestHappened(Instant now) {
    return now.atOffset(ZoneOffset.UTC).minusYears(MAX_YEARS_BACK).toInstant();
  }

  /** A bound of a search: between {@link #EARLIEST} and {@link #LATEST}. */
  public static void requireFilter(Instant at, String field, Validation v) {
    v.require(at == null || (!at.isBefore(EARLIEST) && !at.isAfter(LATEST)), field, "must lie between 1970-01-01 and 9999-12-31");
  }
}
