package ir.bashgah.security.domain.throttle;

import java.time.Instant;
import java.util.Collection;
import java.util.Map;

/** The counters of every node, kept where all of them see the same count. */
public interface AttemptCounters {
  /**
   * The counters of {@code keys}, locked until the end of the current transaction (always in the
   * same order, so two attempts never wait on each other in a circle); a key never seen is FRESH.
   */
  Map<ThrottleKey, AttemptCounter> lock(Collection<ThrottleKey> keys, Instant now);

  void save(ThrottleKey key, AttemptCounter counter, Instant now);

  /** Forgets counters untouched since {@code before} that hold no wait; answers how many. */
  int forgetIdle(Instant before, Instant now, int atMost);
}
