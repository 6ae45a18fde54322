package ir.bashgah.tenancy.api;

import ir.bashgah.kernel.TenantContext.TenantRef;

/** What a call needs to know about its tenant: where its data is and whether it may be served. */
public record TenantDescriptor(
    String slug, String name, Plan plan, TenantStatus status, String schema, String migrationError) {
  public TenantRef ref() {
    return new TenantRef(slug, schema, plan.name());
  }

  /** Served only when active and its schema is fully migrated. */
  public boolean isServable() {
    return status == TenantStatus.ACTIVE && migrationError == null;
  }
}
