package ir.bashgah.audit.domain;

import ir.bashgah.audit.api.AuditPage;
import ir.bashgah.audit.api.AuditQuery;

/** The audit log as stored: the tenant's own log and the platform's. */
public interface AuditEntries {
  /** Written in the caller's transaction. */
  void add(AuditEntry entry);

  /** The log of the tenant in context. */
  AuditPage tenantLog(AuditQuery query);

  AuditPage platformLog(AuditQuery query);
}
