package ir.bashgah.audit.application;

import ir.bashgah.audit.api.AuditPage;
import ir.bashgah.audit.api.AuditQuery;
import ir.bashgah.audit.api.AuditSearch;
import ir.bashgah.audit.domain.AuditEntries;
import ir.bashgah.kernel.TenantContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

@ApplicationScoped
public class SearchAudit implements AuditSearch {
  @Inject AuditEntries entries;

  @Override
  public AuditPage tenantLog(AuditQuery query) {
    TenantContext.require();
    return entries.tenantLog(query);
  }

  @Override
  public AuditPage platformLog(AuditQuery query) {
    return entries.platformLog(query);
  }
}
