package ir.bashgah.audit.api;

/**
 * The one audit log of requirement P4. Every module records here, inside the transaction of the
 * change it describes (MANDATORY: a change that rolls back leaves no entry, and no entry exists
 * without its change). Inside a tenant call the entry goes to the tenant's log; otherwise to the
 * platform log.
 */
public interface AuditLog {
  /** A change: what was before and after (any JSON-B serialisable value, or null). */
  void record(String action, String targetType, String targetId, Object before, Object after);

  /** A platform action on one tenant (creating it, changing its plan), kept in the platform log. */
  void recordOnTenant(String tenantSlug, String action, String targetType, String targetId, Object before, Object after);
}
