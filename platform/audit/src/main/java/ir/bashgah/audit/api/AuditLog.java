package ir.bashgah.audit.api;

import ir.bashgah.kernel.CallContext;
import ir.bashgah.kernel.Ids;
import ir.bashgah.kernel.TenantContext;
import ir.bashgah.kernel.access.Actor;
import ir.bashgah.kernel.persistence.UtcInstantConverter;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;

/**
 * The one audit log of REQUIREMENTS.md P4. Every module records here, inside the transaction of the
 * change it describes (MANDATORY: a change that rolls back leaves no entry, and no entry exists
 * without its change). Inside a tenant call the entry goes to the tenant's log; otherwise to the
 * platform log.
 */
@ApplicationScoped
public class AuditLog {
  private static final Jsonb JSON = JsonbBuilder.create();

  @Inject EntityManager em;

  @Inject Clock clock;

  /** A change: what was before and after (any JSON-B serialisable value, or null). */
  @Transactional(Transactional.TxType.MANDATORY)
  public void record(String action, String targetType, String targetId, Object before, Object after) {
    if (TenantContext.current().isPresent()) {
      insert("audit_entry", null, action, targetType, targetId, before, after);
    } else {
      insert(TenantContext.PLATFORM_SCHEMA + ".audit_entry", null, action, targetType, targetId, before, after);
    }
  }

  /** A platform action on one tenant (creating it, changing its plan), kept in the platform log. */
  @Transactional(Transactional.TxType.MANDATORY)
  public void recordOnTenant(
      String tenantSlug, String action, String targetType, String targetId, Object before, Object after) {
    insert(TenantContext.PLATFORM_SCHEMA + ".audit_entry", tenantSlug, action, targetType, targetId, before, after);
  }

  private void insert(
      String table, String tenantSlug, String action, String targetType, String targetId, Object before, Object after) {
    CallContext.Call call = CallContext.current();
    Actor actor = call.actor();
    boolean platform = table.startsWith(TenantContext.PLATFORM_SCHEMA + ".");
    String sql =
        "INSERT INTO "
            + table
            + " (id, occurred_at, "
            + (platform ? "tenant_slug, " : "")
            + "actor_kind, actor_id, actor_name, action, target_type, target_id, before_state, after_state,"
            + " request_id, client_ip) VALUES (?, ?, "
            + (platform ? "?, " : "")
            + "?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
    var query = em.createNativeQuery(sql);
    int i = 1;
    query.setParameter(i++, Ids.next());
    query.setParameter(i++, UtcInstantConverter.toColumn(Instant.now(clock)));
    if (platform) {
      query.setParameter(i++, tenantSlug);
    }
    query.setParameter(i++, actor.kind().name());
    query.setParameter(i++, actor.id());
    query.setParameter(i++, fit(actor.name(), 128));
    query.setParameter(i++, action);
    query.setParameter(i++, targetType);
    query.setParameter(i++, fit(targetId, 128));
    query.setParameter(i++, before == null ? null : JSON.toJson(before));
    query.setParameter(i++, after == null ? null : JSON.toJson(after));
    query.setParameter(i++, call.requestId());
    query.setParameter(i, call.clientIp());
    query.executeUpdate();
  }

  /**
   * Names as a caller typed them (a failed login's username) may be longer than the column: the
   * entry keeps their start and says it was cut, rather than failing the request it records.
   */
  static String fit(String value, int max) {
    if (value == null || value.length() <= max) {
      return value;
    }
    int end = Character.isHighSurrogate(value.charAt(max - 2)) ? max - 2 : max - 1;
    return value.substring(0, end) + "…";
  }
}
