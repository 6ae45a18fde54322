package ir.bashgah.audit.infra;

import ir.bashgah.audit.api.AuditPage;
import ir.bashgah.audit.api.AuditQuery;
import ir.bashgah.audit.api.AuditRecord;
import ir.bashgah.audit.domain.AuditEntries;
import ir.bashgah.audit.domain.AuditEntry;
import ir.bashgah.kernel.Ids;
import ir.bashgah.kernel.TenantContext;
import ir.bashgah.kernel.persistence.PendingWrites;
import ir.bashgah.kernel.persistence.UtcInstantConverter;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** The audit log's tables: the tenant's own {@code audit_entry} and the platform's; reads are filtered, paged, newest first. */
@ApplicationScoped
public class SqlAuditEntries implements AuditEntries {
  @Inject EntityManager em;
  @Inject PendingWrites writes;

  @Override
  public void add(AuditEntry e) {
    String table = e.platform() ? TenantContext.PLATFORM_SCHEMA + ".audit_entry" : "audit_entry";
    String sql =
        "INSERT INTO "
            + table
            + " (id, occurred_at, "
            + (e.platform() ? "tenant_slug, " : "")
            + "actor_kind, actor_id, actor_name, action, target_type, target_id, before_state, after_state,"
            + " request_id, client_ip) VALUES (?, ?, "
            + (e.platform() ? "?, " : "")
            + "?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
    List<Object> values = new ArrayList<>(List.of(Ids.next(), UtcInstantConverter.toColumn(e.occurredAt())));
    if (e.platform()) {
      values.add(e.tenantSlug());
    }
    values.addAll(Arrays.asList(e.actorKind(), e.actorId(), e.actorName(), e.action(), e.targetType(), e.targetId(), e.before(), e.after(),
        e.requestId(), e.clientIp()));
    if (writes.inTransaction()) {
      // With the change it records, sent with the transaction's other pending writes.
      writes.add(sql, values.toArray());
      return;
    }
    var query = em.createNativeQuery(sql);
    for (int i = 0; i < values.size(); i++) {
      query.setParameter(i + 1, values.get(i));
    }
    query.executeUpdate();
  }

  @Override
  public AuditPage tenantLog(AuditQuery q) {
    return search("audit_entry", false, q);
  }

  @Override
  public AuditPage platformLog(AuditQuery q) {
    return search(TenantContext.PLATFORM_SCHEMA + ".audit_entry", true, q);
  }

  private AuditPage search(String table, boolean platform, AuditQuery q) {
    StringBuilder where = new StringBuilder(" WHERE 1=1");
    List<Object> params = new ArrayList<>();
    if (q.from() != null) {
      where.append(" AND occurred_at >= ?");
      params.add(UtcInstantConverter.toColumn(q.from()));
    }
    if (q.to() != null) {
      where.append(" AND occurred_at < ?");
      params.add(UtcInstantConverter.toColumn(q.to()));
    }
    if (q.action() != null) {
      where.append(" AND action = ?");
      params.add(q.action());
    }
    if (q.actor() != null) {
      where.append(" AND actor_name = ?");
      params.add(q.actor());
    }
    if (q.targetType() != null) {
      where.append(" AND target_type = ?");
      params.add(q.targetType());
    }
    if (q.targetId() != null) {
      where.append(" AND target_id = ?");
      params.add(q.targetId());
    }
    if (platform && q.tenant() != null) {
      where.append(" AND tenant_slug = ?");
      params.add(q.tenant());
    }
    Query count = em.createNativeQuery("SELECT COUNT(*) FROM " + table + where);
    bind(count, params);
    long total = ((Number) count.getSingleResult()).longValue();

    String columns =
        "id, occurred_at, "
            + (platform ? "tenant_slug" : "NULL")
            + ", actor_kind, actor_id, actor_name, action, target_type, target_id, before_state,"
            + " after_state, request_id, client_ip";
    Query select =
        em.createNativeQuery(
            "SELECT " + columns + " FROM " + table + where + " ORDER BY occurred_at DESC, id DESC LIMIT ? OFFSET ?");
    bind(select, params);
    select.setParameter(params.size() + 1, q.size());
    select.setParameter(params.size() + 2, (long) q.page() * q.size());
    List<AuditRecord> items = new ArrayList<>();
    for (Object row : select.getResultList()) {
      Object[] c = (Object[]) row;
      items.add(
          new AuditRecord(
              String.valueOf(c[0]),
              UtcInstantConverter.fromColumn(c[1]),
              platform ? (String) c[2] : TenantContext.require().slug(),
              (String) c[3],
              (String) c[4],
              (String) c[5],
              (String) c[6],
              (String) c[7],
              (String) c[8],
              (String) c[9],
              (String) c[10],
              (String) c[11],
              (String) c[12]));
    }
    return new AuditPage(items, q.page(), q.size(), total);
  }

  private static void bind(Query query, List<Object> params) {
    for (int i = 0; i < params.size(); i++) {
      query.setParameter(i + 1, params.get(i));
    }
  }
}
