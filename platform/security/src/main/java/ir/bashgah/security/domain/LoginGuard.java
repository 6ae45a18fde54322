package ir.bashgah.security.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.Duration;
import java.time.Instant;

/**
 * Lockout after repeated wrong passwords (P3): the fifth failure in a row locks the account for 15
 * minutes; a success resets the count. Kept on the account row so every node sees the same count.
 */
@Embeddable
public class LoginGuard {
  public static final int MAX_FAILURES = 5;
  public static final Duration LOCK = Duration.ofMinutes(15);

  @Column(name = "failed_logins", nullable = false)
  private int failedLogins;

  @Column(name = "locked_until")
  private Instant lockedUntil;

  public boolean isLocked(Instant now) {
    return lockedUntil != null && now.isBefore(lockedUntil);
  }

  public Instant lockedUntil() {
    return lockedUntil;
  }

  /** Counts a wrong password; answers true when this failure locked the account. */
  public boolean registerFailure(Instant now) {
    if (lockedUntil != null && !now.isBefore(lockedUntil)) {
      failedLogins = 0;
      lockedUntil = null;
    }
    failedLogins++;
    if (failedLogins >= MAX_FAILURES) {
      lockedUntil = now.plus(LOCK);
      failedLogins = 0;
      return true;
    }
    return false;
  }

  public void registerSuccess() {
    failedLogins = 0;
    lockedUntil = null;
  }
}
