package ir.bashgah.audit.api;

/** Filtered, paged reads of the audit log, newest first. */
public interface AuditSearch {
  /** The log of the tenant in context. */
  AuditPage tenantLog(AuditQuery query);

  /** The platform-wide log: provisioning, plan and status changes, feature overrides, admin logins. */
  AuditPage platformLog(AuditQuery query);
}
