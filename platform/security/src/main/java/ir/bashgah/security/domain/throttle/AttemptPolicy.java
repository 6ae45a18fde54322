package ir.bashgah.security.domain.throttle;

import java.time.Duration;

/**
 * How many wrong attempts a counter forgives before it makes the next one wait, and how the wait
 * grows: each failure past the free ones doubles it, up to a ceiling. Growing delays rather than a
 * lockout, so that guessing becomes slow while the owner of the account can always try again later.
 */
public record AttemptPolicy(int freeFailures, Duration firstDelay, Duration longestDelay, Duration forgetAfter) {
  /** Per account: five wrong passwords or codes, then 2 s, 4 s, 8 s ... up to 15 minutes. */
  public static final AttemptPolicy ACCOUNT = new AttemptPolicy(5, Duration.ofSeconds(2), Duration.ofMinutes(15), Duration.ofHours(24));

  /** Per browser that has signed in to the account before: as strict as the account, but its own. */
  public static final AttemptPolicy DEVICE = ACCOUNT;

  /** Per client address: an office behind one address has room for its staff's typos. */
  public static final AttemptPolicy CLIENT_ADDRESS = new AttemptPolicy(20, Duration.ofSeconds(2), Duration.ofMinutes(15), Duration.ofHours(6));

  /** The wait imposed after the {@code failures}-th failure in a row; zero while failures are free. */
  public Duration delayAfter(int failures) {
    int over = failures - freeFailures;
    if (over <= 0) {
      return Duration.ZERO;
    }
    // 2^(over-1) first delays, without overflowing for long runs of failures.
    long factor = over > 30 ? Long.MAX_VALUE : 1L << (over - 1);
    Duration longest = longestDelay;
    return factor > longest.dividedBy(firstDelay) ? longest : firstDelay.multipliedBy(factor);
  }
}
