package ir.bashgah.security.domain.throttle;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * The recent wrong attempts against one key (an account, a client address, a browser). An attempt is
 * charged before the password is checked and refunded when it turns out right, so attempts sent at
 * the same moment cannot slip past the count.
 */
public record AttemptCounter(int failures, Instant blockedUntil, Instant lastChargedAt) {
  public static final AttemptCounter FRESH = new AttemptCounter(0, null, null);

  /** How long the caller must still wait before this key may be tried again; empty when it may now. */
  public Optional<Duration> waitAt(Instant now) {
    return blockedUntil != null && now.isBefore(blockedUntil) ? Optional.of(Duration.between(now, blockedUntil)) : Optional.empty();
  }

  /** One more attempt, counted as a failure until refunded; failures older than the policy's memory are forgotten first. */
  public AttemptCounter charged(Instant now, AttemptPolicy policy) {
    int before = lastChargedAt != null && lastChargedAt.plus(policy.forgetAfter()).isBefore(now) ? 0 : failures;
    int after = before == Integer.MAX_VALUE ? before : before + 1;
    Duration delay = policy.delayAfter(after);
    return new AttemptCounter(after, delay.isZero() ? null : now.plus(delay), now);
  }

  /** The attempt was not a failure (right password, or a question back such as "which one-time code?"). */
  public AttemptCounter refunded(AttemptPolicy policy) {
    int after = Math.max(0, failures - 1);
    return new AttemptCounter(after, policy.delayAfter(after).isZero() ? null : blockedUntil, lastChargedAt);
  }

  /** The account's owner got in: earlier failures against it no longer count. */
  public AttemptCounter cleared() {
    return new AttemptCounter(0, null, lastChargedAt);
  }
}
