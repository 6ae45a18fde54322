package ir.bashgah.security.infra;

import ir.bashgah.kernel.TenantContext;
import ir.bashgah.kernel.persistence.UtcInstantConverter;
import ir.bashgah.security.domain.session.AccountKind;
import ir.bashgah.security.domain.session.Session;
import ir.bashgah.security.domain.session.Sessions;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Sessions in {@code staff_session} or {@code member_session} of the club in context, or in the platform
 * schema's {@code platform_session}. A member's session names him in {@code member_id}, which this class
 * calls the account ({@code user_id}) like the others'.
 */
@ApplicationScoped
public class SqlSessions implements Sessions {
  private static final String PLATFORM_SESSIONS = TenantContext.PLATFORM_SCHEMA + ".platform_session";

  @Inject EntityManager em;

  @Override
  public void open(AccountKind kind, Session s) {
    em.createNativeQuery("INSERT INTO " + table(kind) + " (id, " + owner(kind) + ", created_at, expires_at, client_address, user_agent) VALUES (?, ?, ?, ?, ?, ?)")
        .setParameter(1, s.id())
        .setParameter(2, s.userId())
        .setParameter(3, UtcInstantConverter.toColumn(s.createdAt()))
        .setParameter(4, UtcInstantConverter.toColumn(s.expiresAt()))
        .setParameter(5, s.clientAddress())
        .setParameter(6, s.userAgent())
        .executeUpdate();
  }

  @Override
  public Optional<Standing> standing(AccountKind kind, long sessionId, Instant now) {
    String sql = kind == AccountKind.STAFF
        ? "SELECT s.user_id, s.ended_at, s.expires_at, u.active, u.role, u.branch_code FROM staff_session s JOIN staff_user u ON u.id = s.user_id WHERE s.id = ?"
        : "SELECT s." + owner(kind) + ", s.ended_at, s.expires_at, 1, NULL, NULL FROM " + table(kind) + " s WHERE s.id = ?";
    List<?> rows = em.createNativeQuery(sql).setParameter(1, sessionId).getResultList();
    if (rows.isEmpty()) {
      return Optional.empty();
    }
    Object[] r = (Object[]) rows.get(0);
    boolean open = r[1] == null && UtcInstantConverter.fromColumn(r[2]).isAfter(now);
    return Optional.of(new Standing(((Number) r[0]).longValue(), open, truthy(r[3]), (String) r[4], (String) r[5]));
  }

  @Override
  public List<Session> openOf(AccountKind kind, long userId, Instant now) {
    List<?> rows = em.createNativeQuery("SELECT id, " + owner(kind) + ", created_at, expires_at, client_address, user_agent FROM " + table(kind)
            + " WHERE " + owner(kind) + " = ? AND ended_at IS NULL AND expires_at > ? ORDER BY created_at DESC, id DESC")
        .setParameter(1, userId)
        .setParameter(2, UtcInstantConverter.toColumn(now))
        .getResultList();
    return rows.stream()
        .map(o -> (Object[]) o)
        .map(r -> new Session(((Number) r[0]).longValue(), ((Number) r[1]).longValue(), UtcInstantConverter.fromColumn(r[2]),
            UtcInstantConverter.fromColumn(r[3]), (String) r[4], (String) r[5]))
        .toList();
  }

  @Override
  public boolean end(AccountKind kind, long userId, long sessionId, Instant now, String reason) {
    return em.createNativeQuery("UPDATE " + table(kind) + " SET ended_at = ?, end_reason = ? WHERE id = ? AND " + owner(kind) + " = ? AND ended_at IS NULL AND expires_at > ?")
        .setParameter(1, UtcInstantConverter.toColumn(now))
        .setParameter(2, reason)
        .setParameter(3, sessionId)
        .setParameter(4, userId)
        .setParameter(5, UtcInstantConverter.toColumn(now))
        .executeUpdate() == 1;
  }

  @Override
  public int endAll(AccountKind kind, long userId, Long keep, Instant now, String reason) {
    return em.createNativeQuery("UPDATE " + table(kind) + " SET ended_at = ?, end_reason = ? WHERE " + owner(kind) + " = ? AND ended_at IS NULL AND id <> ?")
        .setParameter(1, UtcInstantConverter.toColumn(now))
        .setParameter(2, reason)
        .setParameter(3, userId)
        .setParameter(4, keep == null ? 0L : keep)
        .executeUpdate();
  }

  @Override
  public int forgetExpired(AccountKind kind, Instant before, int atMost) {
    return em.createNativeQuery("DELETE FROM " + table(kind) + " WHERE expires_at < ? LIMIT " + atMost)
        .setParameter(1, UtcInstantConverter.toColumn(before))
        .executeUpdate();
  }

  private static String table(AccountKind kind) {
    return switch (kind) {
      case STAFF -> "staff_session";
      case MEMBER -> "member_session";
      case PLATFORM_ADMIN -> PLATFORM_SESSIONS;
    };
  }

  private static String owner(AccountKind kind) {
    return kind == AccountKind.MEMBER ? "member_id" : "user_id";
  }

  private static boolean truthy(Object value) {
    return value instanceof Boolean b ? b : value instanceof Number n && n.intValue() != 0;
  }
}
