package ir.bashgah.messaging.domain.message;

import java.time.Duration;

/**
 * When a message whose send must be retried is due again: {@code first}, doubled per attempt made,
 * never more than {@code cap}; after {@code maxAttempts} attempts it has failed for good.
 */
public record Backoff(Duration first, Duration cap, int maxAttempts) {
  /** 30 s, 1, 2, 4 ... minutes up to half an hour; eight attempts span about an hour and a half. */
  public static final Backoff STANDARD = new Backoff(Duration.ofSeconds(30), Duration.ofMinutes(30), 8);

  public Backoff {
    if (first.isNegative() || first.isZero() || cap.compareTo(first) < 0 || maxAttempts < 1) {
      throw new IllegalArgumentException("A backoff needs 0 < first <= cap and at least one attempt");
    }
  }

  /** Whether a message that has made {@code attemptsMade} attempts may make another. */
  public boolean mayRetry(int attemptsMade) {
    return attemptsMade < maxAttempts;
  }

  /** How long to wait after the {@code attemptsMade}-th attempt failed. */
  public Duration after(int attemptsMade) {
    int doublings = Math.max(0, attemptsMade - 1);
    // past 2^20 the cap has long been reached; stopping there keeps the shift from overflowing
    if (doublings >= 20) {
      return cap;
    }
    Duration wait = first.multipliedBy(1L << doublings);
    return wait.compareTo(cap) > 0 ? cap : wait;
  }
}
