package ir.bashgah.messaging.domain.message;

import java.time.Duration;
import java.time.Instant;

/**
 * When a sent SMS's delivery report is asked for again after an answer that was not final: a quarter
 * of its age, at least {@code first} and at most {@code cap} later, so a fresh message is asked about
 * within minutes and one the operator keeps silent about costs a request every few hours; after
 * {@code window} nobody asks any more and the message stays SENT.
 */
public record ReportSchedule(Duration first, Duration cap, Duration window) {
  /** Minutes at first, at most three hours apart, for three days (the gateways keep reports about that long). */
  public static final ReportSchedule STANDARD = new ReportSchedule(Duration.ofMinutes(2), Duration.ofHours(3), Duration.ofDays(3));

  public ReportSchedule {
    if (first.isNegative() || first.isZero() || cap.compareTo(first) < 0 || window.compareTo(first) < 0) {
      throw new IllegalArgumentException("A report schedule needs 0 < first <= cap and first <= window");
    }
  }

  /** When to ask again about a message sent at {@code sentAt}, asked at {@code now}; null when no more. */
  public Instant next(Instant sentAt, Instant now) {
    Duration wait = Duration.between(sentAt, now).dividedBy(4);
    if (wait.compareTo(first) < 0) {
      wait = first;
    } else if (wait.compareTo(cap) > 0) {
      wait = cap;
    }
    Instant next = now.plus(wait);
    return next.isAfter(sentAt.plus(window)) ? null : next;
  }
}
