package ir.bashgah.web.infra;

import ir.bashgah.kernel.persistence.PendingWrites;
import ir.bashgah.kernel.persistence.UtcInstantConverter;
import ir.bashgah.web.domain.IdempotencyKeys;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** {@link IdempotencyKeys} in the tenant's {@code idempotency_key} table. */
@ApplicationScoped
public class SqlIdempotencyKeys implements IdempotencyKeys {
  @Inject PendingWrites writes;

  /**
   * A plain INSERT, so that a key that exists fails it (and nothing after it in its round trip runs);
   * it goes with the call's first query, usually the till's look-up of the member.
   */
  @Override
  public void claim(String key, String scope, String requestHash, Instant at) {
    writes.claim("INSERT INTO idempotency_key (idem_key, scope, request_hash, created_at) VALUES (?, ?, ?, ?)", key, scope, requestHash,
        UtcInstantConverter.toColumn(at));
  }

  @Override
  public void settleClaim() {
    writes.sendClaim();
  }

  @Override
  public boolean taken(Throwable e) {
    return PendingWrites.Taken.in(e);
  }

  /** With the transaction's other pending writes, just before it commits. */
  @Override
  public void answer(String key, int status, String body, String location) {
    writes.add("UPDATE idempotency_key SET status = ?, body = ?, location = ? WHERE idem_key = ?", status, body, location, key);
  }

  /** On the transaction's connection: after a taken claim the transaction only reads, and is rolled back. */
  @Override
  public Optional<Answer> answerOf(String key) {
    List<Answer> found = new ArrayList<>();
    writes.query("SELECT request_hash, status, body, location FROM idempotency_key WHERE idem_key = ?",
        rs -> found.add(new Answer(rs.getString(1), rs.getObject(2) == null ? null : rs.getInt(2), rs.getString(3), rs.getString(4))), key);
    return found.stream().findFirst();
  }
}
