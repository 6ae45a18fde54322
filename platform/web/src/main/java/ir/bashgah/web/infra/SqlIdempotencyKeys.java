package ir.bashgah.web.infra;

import ir.bashgah.kernel.persistence.UtcInstantConverter;
import ir.bashgah.web.domain.IdempotencyKeys;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** {@link IdempotencyKeys} in the tenant's {@code idempotency_key} table. */
@ApplicationScoped
public class SqlIdempotencyKeys implements IdempotencyKeys {
  @Inject EntityManager em;

  @Override
  public boolean claim(String key, String scope, String requestHash, Instant at) {
    return em.createNativeQuery("INSERT IGNORE INTO idempotency_key (idem_key, scope, request_hash, created_at) VALUES (?, ?, ?, ?)")
            .setParameter(1, key)
            .setParameter(2, scope)
            .setParameter(3, requestHash)
            .setParameter(4, UtcInstantConverter.toColumn(at))
            .executeUpdate()
        > 0;
  }

  @Override
  public void answer(String key, int status, String body, String location) {
    em.createNativeQuery("UPDATE idempotency_key SET status = ?, body = ?, location = ? WHERE idem_key = ?")
        .setParameter(1, status)
        .setParameter(2, body)
        .setParameter(3, location)
        .setParameter(4, key)
        .executeUpdate();
  }

  @Override
  public Optional<Answer> answerOf(String key) {
    List<?> rows = em.createNativeQuery("SELECT request_hash, status, body, location FROM idempotency_key WHERE idem_key = ?").setParameter(1, key).getResultList();
    if (rows.isEmpty()) {
      return Optional.empty();
    }
    Object[] row = (Object[]) rows.get(0);
    return Optional.of(new Answer((String) row[0], row[1] == null ? null : ((Number) row[1]).intValue(), (String) row[2], (String) row[3]));
  }
}
