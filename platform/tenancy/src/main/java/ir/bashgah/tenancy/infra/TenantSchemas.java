package ir.bashgah.tenancy.infra;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;
import java.util.Objects;
import java.util.Optional;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationVersion;

/**
 * Creates, migrates and drops schemas with Flyway. Tenant migrations live in every module under
 * {@code db/tenant/<module>/}, platform ones under {@code db/platform/<module>/}.
 */
@ApplicationScoped
public class TenantSchemas {
  static final String TENANT_MIGRATIONS = "classpath:db/tenant";
  static final String PLATFORM_MIGRATIONS = "classpath:db/platform";

  @Inject DatabaseConfig db;

  /** Creates the schema if needed, applies every pending migration; answers the version reached. */
  public String migrate(String schema) {
    Flyway flyway = flyway(schema, TENANT_MIGRATIONS);
    flyway.migrate();
    return currentVersion(flyway);
  }

  public String migratePlatform(String schema) {
    Flyway flyway = flyway(schema, PLATFORM_MIGRATIONS);
    flyway.migrate();
    return currentVersion(flyway);
  }

  /** The newest tenant migration this build ships, read through any existing tenant schema. */
  public Optional<String> latestTenantVersion(String anySchema) {
    MigrationInfo[] all = flyway(anySchema, TENANT_MIGRATIONS).info().all();
    return Arrays.stream(all)
        .map(MigrationInfo::getVersion)
        .filter(Objects::nonNull)
        .max(MigrationVersion::compareTo)
        .map(MigrationVersion::getVersion);
  }

  public void drop(String schema) {
    if (!schema.matches("t_[a-z0-9_]+")) {
      throw new IllegalArgumentException("Refusing to drop a schema that is not a tenant's: " + schema);
    }
    try (Connection c = db.schemaDataSource().getConnection();
        Statement s = c.createStatement()) {
      s.execute("DROP DATABASE IF EXISTS `" + schema + "`");
    } catch (SQLException e) {
      throw new IllegalStateException("Could not drop schema " + schema, e);
    }
  }

  private Flyway flyway(String schema, String location) {
    return Flyway.configure(TenantSchemas.class.getClassLoader())
        .dataSource(db.schemaDataSource())
        .schemas(schema)
        .createSchemas(true)
        .locations(location)
        .placeholderReplacement(false)
        .failOnMissingLocations(false)
        .load();
  }

  private static String currentVersion(Flyway flyway) {
    MigrationInfo current = flyway.info().current();
    return current == null || current.getVersion() == null ? null : current.getVersion().getVersion();
  }
}
