package ir.bashgah.security.application;

import ir.bashgah.kernel.CallContext;
import ir.bashgah.kernel.persistence.Transactions;
import ir.bashgah.kernel.problem.Problem;
import ir.bashgah.security.domain.throttle.AttemptCounter;
import ir.bashgah.security.domain.throttle.AttemptCounters;
import ir.bashgah.security.domain.throttle.KnownDevices;
import ir.bashgah.security.domain.throttle.ThrottleKey;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Slows down guessing of passwords and one-time codes without letting anyone lock an account's owner
 * out. Every attempt is counted against the client's address and against the account (whether or not
 * it exists, so the answers tell nothing about it), or instead of the account against the browser
 * when the browser has signed in to that account before ({@link KnownDevices}): a stranger's wrong
 * guesses slow the stranger, not the owner at her usual browser. Past a few free failures each key
 * makes the next attempt wait, twice as long each time (429 with Retry-After), and a refused attempt
 * is not even checked.
 */
@ApplicationScoped
public class LoginAttempts {
  private static final Logger LOG = Logger.getLogger(LoginAttempts.class.getName());
  private static final Duration FORGET_IDLE_AFTER = Duration.ofDays(2);

  @Inject AttemptCounters counters;
  @Inject KnownDevices knownDevices;
  @Inject Transactions tx;
  @Inject Clock clock;

  /** One attempt under way, already counted as a failure; tell it how it ended. */
  public final class Attempt {
    private final List<ThrottleKey> keys;
    private final boolean knownDevice;

    private Attempt(List<ThrottleKey> keys, boolean knownDevice) {
      this.keys = keys;
      this.knownDevice = knownDevice;
    }

    /** The account's owner got in: the account's (or browser's) failures are cleared, the address's attempt refunded. */
    public void succeeded() {
      settle(true);
    }

    /** Not a failure, not yet a success (the password was right, the one-time code is still to come). */
    public void refund() {
      settle(false);
    }

    /** Whether the attempt came from a browser that signed in to this account before. */
    public boolean fromKnownDevice() {
      return knownDevice;
    }

    private void settle(boolean cleared) {
      Instant now = Instant.now(clock);
      tx.runInNew(() -> counters.lock(keys, now).forEach((key, counter) -> {
        boolean clears = cleared && key.kind() != ThrottleKey.Kind.CLIENT_ADDRESS;
        counters.save(key, clears ? counter.cleared() : counter.refunded(key.kind().policy()), now);
      }));
    }
  }

  /**
   * Counts an attempt at the account {@code username} of club {@code tenant} (null: the platform's
   * operators) from the current client, whose browser sent {@code deviceCookie} (may be null); throws
   * 429 too-many-requests, checking nothing, when any of its keys must still wait.
   */
  public Attempt begin(String tenant, String username, String deviceCookie) {
    String accountName = ThrottleKey.accountName(tenant, username);
    String knownDeviceId = knownDevices.recognise(deviceCookie, accountName).orElse(null);
    ThrottleKey account = ThrottleKey.account(tenant, username);
    List<ThrottleKey> keys = new ArrayList<>();
    keys.add(ThrottleKey.clientAddress(CallContext.current().clientIp()));
    keys.add(knownDeviceId != null ? ThrottleKey.device(knownDeviceId) : account);
    Instant now = Instant.now(clock);
    Duration wait = tx.inNew(() -> {
      Map<ThrottleKey, AttemptCounter> locked = counters.lock(keys, now);
      Duration longest = Duration.ZERO;
      for (AttemptCounter counter : locked.values()) {
        Duration w = counter.waitAt(now).orElse(Duration.ZERO);
        longest = w.compareTo(longest) > 0 ? w : longest;
      }
      if (longest.isZero()) {
        locked.forEach((key, counter) -> counters.save(key, counter.charged(now, key.kind().policy()), now));
      }
      return longest;
    });
    forgetIdleCounters(now);
    if (!wait.isZero()) {
      throw Problem.tooManyRequests(
          "Too many wrong attempts; wait " + Math.max(1, (wait.toMillis() + 999) / 1000) + " seconds before trying again", wait);
    }
    return new Attempt(keys, knownDeviceId != null);
  }

  /** Counters of addresses and names nobody tried for two days go, a few per attempt, so the table stays small. */
  private void forgetIdleCounters(Instant now) {
    try {
      tx.runInNew(() -> counters.forgetIdle(now.minus(FORGET_IDLE_AFTER), now, 20));
    } catch (RuntimeException e) {
      LOG.log(Level.FINE, "Could not forget idle login counters this time", e);
    }
  }
}
