package ir.bashgah.tenancy.infra;

import ir.bashgah.tenancy.domain.tenant.TenantSchemas;
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
 * {@link TenantSchemas} with Flyway. Tenant migrations live in every module under
 * {@code db/tenant/<module>/}, platform ones under {@code db/platform/<module>/}.
 */
@ApplicationScoped
public class FlywayTenantSchemas implements TenantSchemas {
  static final String TENANT_MIGRATIONS = "classpath:db/tenant";
  static final String PLATFORM_MIGRATIONS = "classpath:db/platform";

  @Inject DatabaseConfig db;

  @Override
  public String migrate(String schema) {
    Flyway flyway = flyway(schema, TENANT_MIGRATIONS);
    flyway.migrate();
    return currentVersion(flyway);
  }

  @Override
  public String migratePlatform(String schema) {
    Flyway flyway = flyway(schema, PLATFORM_MIGRATIONS);
    flyway.migrate();
    return currentVersion(flyway);
  }

  @Override
  public Optional<String> latestTenantVersion(String anySchema) {
    MigrationInfo[] all = flyway(anySchema, TENANT_MIGRATIONS).info().all();
    return Arrays.stream(all)
        .map(MigrationInfo::getVersion)
        .filter(Objects::nonNull)
        .max(MigrationVersion::compareTo)
        .map(MigrationVersion::getVersion);
  }

  @Override
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
    return Flyway.configure(FlywayTenantSchemas.class.getClassLoader())
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
