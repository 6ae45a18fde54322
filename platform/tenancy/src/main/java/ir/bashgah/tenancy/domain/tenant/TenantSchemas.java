package ir.bashgah.tenancy.domain.tenant;

import java.util.Optional;

/**
 * Creates, migrates and drops schemas. Tenant migrations live in every module under
 * {@code db/tenant/<module>/}, platform ones under {@code db/platform/<module>/}.
 */
public interface TenantSchemas {
  /** Creates the schema if needed, applies every pending tenant migration; answers the version reached. */
  String migrate(String schema);

  /** The same with the platform's migrations. */
  String migratePlatform(String schema);

  /** The newest tenant migration this build ships, read through any existing tenant schema. */
  Optional<String> latestTenantVersion(String anySchema);

  /** Drops a tenant's schema (never another). */
  void drop(String schema);
}
