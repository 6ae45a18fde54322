package ir.bashgah.messaging.infra;

import ir.bashgah.kernel.persistence.PendingWrites;
import ir.bashgah.kernel.persistence.Statements;
import ir.bashgah.kernel.persistence.UtcInstantConverter;
import ir.bashgah.messaging.domain.push.PushSubscription;
import ir.bashgah.messaging.domain.push.Subscriptions;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The club's push subscriptions in plain SQL; an endpoint is found by its SHA-256 (the unique key). */
@ApplicationScoped
public class SqlSubscriptions implements Subscriptions {
  private static final String COLUMNS = "id, member_id, endpoint, p256dh, auth, user_agent, created_at, last_success_at, consecutive_failures";

  @Inject PendingWrites writes;

  @Override
  public void save(PushSubscription s) {
    writes.add("INSERT INTO push_subscription (id, member_id, endpoint, endpoint_hash, p256dh, auth, user_agent, created_at, consecutive_failures)"
            + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, 0) ON DUPLICATE KEY UPDATE member_id = VALUES(member_id), p256dh = VALUES(p256dh), auth = VALUES(auth),"
            + " user_agent = VALUES(user_agent), created_at = VALUES(created_at), last_success_at = NULL, consecutive_failures = 0",
        s.id(), s.memberId(), s.endpoint(), hash(s.endpoint()), s.p256dh(), s.auth(), s.userAgent(), UtcInstantConverter.toColumn(s.createdAt()));
  }

  @Override
  public boolean remove(long memberId, String endpoint) {
    writes.send();
    return Statements.update(writes.connection(), "DELETE FROM push_subscription WHERE endpoint_hash = ? AND member_id = ?", hash(endpoint), memberId) > 0;
  }

  @Override
  public void remove(long id) {
    writes.add("DELETE FROM push_subscription WHERE id = ?", id);
  }

  @Override
  public Map<Long, List<PushSubscription>> ofMembers(Collection<Long> memberIds) {
    Map<Long, List<PushSubscription>> found = new HashMap<>();
    if (memberIds.isEmpty()) {
      return found;
    }
    writes.query("SELECT " + COLUMNS + " FROM push_subscription WHERE member_id IN (" + marks(memberIds.size()) + ") ORDER BY member_id, created_at, id",
        row -> {
          PushSubscription s = new PushSubscription(row.getLong(1), row.getLong(2), row.getString(3), row.getString(4), row.getString(5), row.getString(6),
              UtcInstantConverter.fromColumn(row.getObject(7, LocalDateTime.class)), UtcInstantConverter.fromColumn(row.getObject(8, LocalDateTime.class)),
              row.getInt(9));
          found.computeIfAbsent(s.memberId(), m -> new ArrayList<>()).add(s);
        }, memberIds.toArray());
    return found;
  }

  @Override
  public Map<Long, Integer> countsOf(Collection<Long> memberIds) {
    Map<Long, Integer> counts = new HashMap<>();
    if (memberIds.isEmpty()) {
      return counts;
    }
    writes.query("SELECT member_id, COUNT(*) FROM push_subscription WHERE member_id IN (" + marks(memberIds.size()) + ") GROUP BY member_id",
        row -> counts.put(row.getLong(1), row.getInt(2)), memberIds.toArray());
    return counts;
  }

  @Override
  public void keepNewest(long memberId, int keep) {
    // MariaDB takes no LIMIT in a subquery of IN; a derived table of the ids to keep does
    writes.add("DELETE FROM push_subscription WHERE member_id = ? AND id NOT IN (SELECT id FROM (SELECT id FROM push_subscription WHERE member_id = ?"
        + " ORDER BY created_at DESC, id DESC LIMIT ?) AS newest)", memberId, memberId, keep);
  }

  @Override
  public void recordSuccess(long id, Instant at) {
    writes.add("UPDATE push_subscription SET last_success_at = ?, consecutive_failures = 0 WHERE id = ?", UtcInstantConverter.toColumn(at), id);
  }

  @Override
  public void recordFailure(long id) {
    writes.add("UPDATE push_subscription SET consecutive_failures = consecutive_failures + 1 WHERE id = ?", id);
  }

  private static String marks(int n) {
    return String.join(", ", Collections.nCopies(n, "?"));
  }

  static byte[] hash(String endpoint) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(endpoint.getBytes(StandardCharsets.UTF_8));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
