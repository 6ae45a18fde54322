package ir.bashgah.portal.infra;

import ir.bashgah.kernel.persistence.UtcInstantConverter;
import ir.bashgah.portal.domain.signin.LoginCodes;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;

/** Sign-in requests and their quotas in the club's schema, in plain SQL. */
@ApplicationScoped
public class SqlLoginCodes implements LoginCodes {
  private static final String COLUMNS =
      "id, mobile_index, member_id, code_hash, link_hash, created_at, code_expires_at, link_expires_at, attempts, used_at";

  @Inject EntityManager em;

  @Override
  public Use use(String key, Instant now, Duration window) {
    LocalDateTime at = UtcInstantConverter.toColumn(now);
    LocalDateTime windowStart = UtcInstantConverter.toColumn(now.minus(window));
    // the upsert takes the row's lock, so counting requests wait for each other here
    em.createNativeQuery("INSERT INTO portal_login_quota (quota_key, window_started_at, used) VALUES (?, ?, 1) ON DUPLICATE KEY UPDATE"
            + " used = IF(window_started_at <= ?, 1, used + 1), window_started_at = IF(window_started_at <= ?, VALUES(window_started_at), window_started_at)")
        .setParameter(1, key).setParameter(2, at).setParameter(3, windowStart).setParameter(4, windowStart).executeUpdate();
    Object[] r = (Object[]) em.createNativeQuery("SELECT used, window_started_at FROM portal_login_quota WHERE quota_key = ?").setParameter(1, key)
        .getSingleResult();
    return new Use(((Number) r[0]).intValue(), UtcInstantConverter.fromColumn(r[1]));
  }

  @Override
  public void add(LoginCode c, String clientAddress) {
    em.createNativeQuery("INSERT INTO portal_login_code (" + COLUMNS + ", client_address) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
        .setParameter(1, c.id()).setParameter(2, c.mobileIndex()).setParameter(3, c.memberId()).setParameter(4, c.codeHash()).setParameter(5, c.linkHash())
        .setParameter(6, UtcInstantConverter.toColumn(c.createdAt())).setParameter(7, UtcInstantConverter.toColumn(c.codeExpiresAt()))
        .setParameter(8, UtcInstantConverter.toColumn(c.linkExpiresAt())).setParameter(9, c.attempts())
        .setParameter(10, UtcInstantConverter.toColumn(c.usedAt())).setParameter(11, clientAddress)
        .executeUpdate();
  }

  @Override
  public Optional<LoginCode> newestFor(String mobileIndex) {
    return one("SELECT " + COLUMNS + " FROM portal_login_code WHERE mobile_index = ? ORDER BY created_at DESC, id DESC LIMIT 1 FOR UPDATE", mobileIndex);
  }

  @Override
  public Optional<LoginCode> byLink(String linkHash) {
    return one("SELECT " + COLUMNS + " FROM portal_login_code WHERE link_hash = ? FOR UPDATE", linkHash);
  }

  @Override
  public void recordAttempt(long id, int attempts) {
    em.createNativeQuery("UPDATE portal_login_code SET attempts = ? WHERE id = ?").setParameter(1, attempts).setParameter(2, id).executeUpdate();
  }

  @Override
  public void markUsed(long id, Instant at) {
    em.createNativeQuery("UPDATE portal_login_code SET used_at = ? WHERE id = ?").setParameter(1, UtcInstantConverter.toColumn(at)).setParameter(2, id)
        .executeUpdate();
  }

  @Override
  public int forgetOlderThan(Instant before, int atMost) {
    return em.createNativeQuery("DELETE FROM portal_login_code WHERE created_at < ? LIMIT " + atMost)
        .setParameter(1, UtcInstantConverter.toColumn(before)).executeUpdate();
  }

  private Optional<LoginCode> one(String sql, String value) {
    List<?> rows = em.createNativeQuery(sql).setParameter(1, value).getResultList();
    if (rows.isEmpty()) {
      return Optional.empty();
    }
    Object[] r = (Object[]) rows.get(0);
    return Optional.of(new LoginCode(((Number) r[0]).longValue(), (String) r[1], r[2] == null ? null : ((Number) r[2]).longValue(), (String) r[3],
        (String) r[4], UtcInstantConverter.fromColumn(r[5]), UtcInstantConverter.fromColumn(r[6]), UtcInstantConverter.fromColumn(r[7]),
        ((Number) r[8]).intValue(), r[9] == null ? null : UtcInstantConverter.fromColumn(r[9])));
  }
}
