package ir.bashgah.audit.application;

import ir.bashgah.audit.api.AuditLog;
import ir.bashgah.audit.domain.AuditEntries;
import ir.bashgah.audit.domain.AuditEntry;
import ir.bashgah.kernel.CallContext;
import ir.bashgah.kernel.TenantContext;
import ir.bashgah.kernel.access.Actor;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;

/** The {@link AuditLog} every module records in: who (the call's actor), from where, what, before and after. */
@ApplicationScoped
public class RecordAudit implements AuditLog {
  private static final Jsonb JSON = JsonbBuilder.create();

  @Inject AuditEntries entries;

  @Inject Clock clock;

  @Override
  @Transactional(Transactional.TxType.MANDATORY)
  public void record(String action, String targetType, String targetId, Object before, Object after) {
    add(TenantContext.current().isEmpty(), null, action, targetType, targetId, before, after);
  }

  @Override
  @Transactional(Transactional.TxType.MANDATORY)
  public void recordOnTenant(
      String tenantSlug, String action, String targetType, String targetId, Object before, Object after) {
    add(true, tenantSlug, action, targetType, targetId, before, after);
  }

  private void add(
      boolean platform, String tenantSlug, String action, String targetType, String targetId, Object before, Object after) {
    CallContext.Call call = CallContext.current();
    Actor actor = call.actor();
    entries.add(new AuditEntry(
        platform,
        tenantSlug,
        Instant.now(clock),
        actor.kind().name(),
        actor.id(),
        fit(actor.name(), 128),
        action,
        targetType,
        fit(targetId, 128),
        before == null ? null : JSON.toJson(before),
        after == null ? null : JSON.toJson(after),
        call.requestId(),
        call.clientIp()));
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
