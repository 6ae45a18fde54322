package ir.bashgah.jobs.infra;

import ir.bashgah.jobs.domain.IdempotencyKeyRetention;
import ir.bashgah.kernel.persistence.UtcInstantConverter;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Instant;

@ApplicationScoped
public class SqlIdempotencyKeyRetention implements IdempotencyKeyRetention {
  @Inject EntityManager em;

  @Override
  public int forgetOlderThan(Instant before, int batch) {
    return em.createNativeQuery("DELETE FROM idempotency_key WHERE created_at < ? LIMIT " + batch)
        .setParameter(1, UtcInstantConverter.toColumn(before)).executeUpdate();
  }
}
