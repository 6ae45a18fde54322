package ir.bashgah.web.infra;

import ir.bashgah.kernel.persistence.PendingWrites;
import ir.bashgah.kernel.persistence.Statements;
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
  @Inject PendingWrites writes;

  /** On the request transaction's connection: the first statement of every retried write. */
  @Override
  public boolean claim(String key, String scope, String requestHash, Instant at) {
    return Statements.update(writes.connection(), "INSERT IGNORE INTO idempotency_key (idem_key, scope, request_hash, created_at) VALUES (?, ?, ?, ?)",
        key, scope, requestHash, UtcInstantConverter.toColumn(at)) > 0;
  }

  /** With the transaction's other pending writes, just before it commits. */
  @Override
  public void answer(String key, int status, String body, String location) {
    writes.add("UPDATE idempotency_key SET status = ?, body = ?, location = ? WHERE idem_key = ?", status, body, location, key);
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
