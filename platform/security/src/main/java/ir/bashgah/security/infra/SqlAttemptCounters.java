package ir.bashgah.security.infra;

import ir.bashgah.kernel.TenantContext;
import ir.bashgah.kernel.persistence.UtcInstantConverter;
import ir.bashgah.security.domain.throttle.AttemptCounter;
import ir.bashgah.security.domain.throttle.AttemptCounters;
import ir.bashgah.security.domain.throttle.ThrottleKey;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/** Counters in the platform schema's {@code login_throttle}, shared by every node and every club. */
@ApplicationScoped
public class SqlAttemptCounters implements AttemptCounters {
  private static final String TABLE = TenantContext.PLATFORM_SCHEMA + ".login_throttle";

  @Inject EntityManager em;

  @Override
  public Map<ThrottleKey, AttemptCounter> lock(Collection<ThrottleKey> keys, Instant now) {
    Map<ThrottleKey, AttemptCounter> counters = new HashMap<>();
    for (ThrottleKey key : new TreeSet<>(keys)) {
      // An upsert takes the row's exclusive lock at once, also for a row that exists: a plain read
      // followed by an update would let two attempts share a lock and then deadlock upgrading it.
      em.createNativeQuery("INSERT INTO " + TABLE + " (throttle_key, failures, blocked_until, last_charged_at, updated_at) VALUES (?, 0, NULL, NULL, ?)"
              + " ON DUPLICATE KEY UPDATE failures = failures")
          .setParameter(1, key.column())
          .setParameter(2, UtcInstantConverter.toColumn(now))
          .executeUpdate();
      List<?> rows = em.createNativeQuery("SELECT failures, blocked_until, last_charged_at FROM " + TABLE + " WHERE throttle_key = ? FOR UPDATE")
          .setParameter(1, key.column())
          .getResultList();
      Object[] r = (Object[]) rows.get(0);
      counters.put(key, new AttemptCounter(((Number) r[0]).intValue(), UtcInstantConverter.fromColumn(r[1]), UtcInstantConverter.fromColumn(r[2])));
    }
    return counters;
  }

  @Override
  public void save(ThrottleKey key, AttemptCounter counter, Instant now) {
    em.createNativeQuery("UPDATE " + TABLE + " SET failures = ?, blocked_until = ?, last_charged_at = ?, updated_at = ? WHERE throttle_key = ?")
        .setParameter(1, counter.failures())
        .setParameter(2, UtcInstantConverter.toColumn(counter.blockedUntil()))
        .setParameter(3, UtcInstantConverter.toColumn(counter.lastChargedAt()))
        .setParameter(4, UtcInstantConverter.toColumn(now))
        .setParameter(5, key.column())
        .executeUpdate();
  }

  @Override
  public int forgetIdle(Instant before, Instant now, int atMost) {
    return em.createNativeQuery("DELETE FROM " + TABLE + " WHERE updated_at < ? AND (blocked_until IS NULL OR blocked_until < ?) LIMIT " + atMost)
        .setParameter(1, UtcInstantConverter.toColumn(before))
        .setParameter(2, UtcInstantConverter.toColumn(now))
        .executeUpdate();
  }
}
