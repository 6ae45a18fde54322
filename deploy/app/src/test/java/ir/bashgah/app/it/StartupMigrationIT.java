package ir.bashgah.app.it;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Start-up brings every tenant to the build's schema and reports a tenant it cannot migrate without
 * stopping the others. Before Payara boots, the catalog gets a tenant whose schema is empty (lagging)
 * and one whose schema is in a state no migration can fix (broken). Tagged own-node: it runs in a
 * failsafe execution of its own, before the others, on a database of its own.
 */
@Tag("own-node")
class StartupMigrationIT {
  private static PlatformNode node;

  @BeforeAll
  static void bootOnACatalogWithALaggingAndABrokenTenant() throws SQLException {
    String url = System.getProperty(TestDatabase.URL_PROPERTY);
    Flyway.configure().dataSource(url, "bashgah", "bashgah").schemas("bashgah").createSchemas(true)
        .locations("classpath:db/platform").placeholderReplacement(false).load().migrate();
    try (Connection c = DriverManager.getConnection(url, "bashgah", "bashgah");
        Statement s = c.createStatement()) {
      s.execute("DROP DATABASE IF EXISTS t_boot_lag");
      s.execute("DROP DATABASE IF EXISTS t_boot_broken");
      s.execute("DELETE FROM bashgah.tenant WHERE slug IN ('boot-lag', 'boot-broken')");
      s.execute("CREATE DATABASE t_boot_lag");
      s.execute("CREATE DATABASE t_boot_broken");
      // A table where the first migration wants to create its own: Flyway cannot proceed.
      s.execute("CREATE TABLE t_boot_broken.audit_entry (id INT)");
      for (String slug : new String[] {"boot-lag", "boot-broken"}) {
        s.execute("INSERT INTO bashgah.tenant (id, slug, name, plan, status, schema_name, db_server, created_at, updated_at, version)"
            + " VALUES (" + (slug.hashCode() & 0x7fffffff) + ", '" + slug + "', '" + slug + "', 'STANDARD', 'ACTIVE', 't_" + slug.replace('-', '_')
            + "', 'default', NOW(6), NOW(6), 1)");
      }
    }
    // A node of its own, booted after the catalog was prepared: the shared node booted long before.
    node = PlatformNode.start();
  }

  @AfterAll
  static void stop() {
    if (node != null) {
      node.close();
    }
  }

  @Test
  void aLaggingTenantIsMigratedAndABrokenOneIsReportedWhileTheOthersServe() {
    Api api = new Api(node.url());
    String admin = api.adminToken();
    String latest = api.as(admin).get("/platform/tenants/boot-lag").then().statusCode(200)
        .body("schemaVersion", notNullValue()).extract().path("schemaVersion");

    api.login(Map.of("tenant", "boot-broken", "username", "owner", "password", Api.ownerPassword())).then().statusCode(503)
        .body("type", equalTo("https://bashgah.ir/problems/tenant-unavailable"));

    String owner = api.createTenant(admin, "boot-fresh", "BASIC");
    api.as(owner).get("/branches").then().statusCode(200);
    api.as(admin).get("/platform/tenants/boot-fresh").then().body("schemaVersion", equalTo(latest));
  }
}
