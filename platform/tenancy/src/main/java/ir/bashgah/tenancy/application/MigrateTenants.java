package ir.bashgah.tenancy.application;

import ir.bashgah.kernel.TenantContext;
import ir.bashgah.kernel.persistence.Transactions;
import ir.bashgah.tenancy.api.MigrationReport;
import ir.bashgah.tenancy.api.SchemaMigration;
import ir.bashgah.tenancy.api.TenantStatus;
import ir.bashgah.tenancy.domain.tenant.Tenant;
import ir.bashgah.tenancy.domain.tenant.Tenants;
import ir.bashgah.tenancy.domain.tenant.TenantSchemas;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Brings every tenant's schema to this build's version at start-up. Only tenants whose recorded
 * version lags are touched, a few at a time; one tenant's failure is recorded on its catalog row
 * (the tenant then answers 503 tenant-unavailable) and never stops the others.
 */
@ApplicationScoped
public class MigrateTenants implements SchemaMigration {
  private static final Logger LOG = Logger.getLogger(MigrateTenants.class.getName());

  @Inject Tenants tenants;
  @Inject TenantSchemas schemas;
  @Inject Transactions tx;
  @Inject Clock clock;

  @Inject
  @ConfigProperty(name = "bashgah.tenancy.migration-parallelism", defaultValue = "4")
  int parallelism;

  @Override
  public String migratePlatform() {
    return schemas.migratePlatform(TenantContext.PLATFORM_SCHEMA);
  }

  @Override
  public MigrationReport migrateTenants() {
    long start = System.nanoTime();
    List<Tenant> all = tx.inNew(tenants::all);
    List<Tenant> live = all.stream().filter(t -> t.status() != TenantStatus.PROVISIONING).toList();
    all.stream()
        .filter(t -> t.status() == TenantStatus.PROVISIONING)
        .forEach(t -> LOG.warning("Tenant " + t.slug() + " is still PROVISIONING from an interrupted request; it is not served"));
    if (live.isEmpty()) {
      return new MigrationReport(0, 0, 0, List.of(), 0);
    }
    Optional<String> latest = schemas.latestTenantVersion(live.get(0).schemaName());
    List<Tenant> lagging =
        live.stream()
            .filter(t -> t.migrationError() != null || latest.isEmpty() || !latest.get().equals(t.schemaVersion()))
            .toList();

    Map<String, String> reached = new ConcurrentHashMap<>();
    Map<String, String> errors = new ConcurrentHashMap<>();
    ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, parallelism));
    try {
      for (Tenant tenant : lagging) {
        pool.submit(
            () -> {
              try {
                String version = schemas.migrate(tenant.schemaName());
                reached.put(tenant.slug(), version == null ? "" : version);
              } catch (RuntimeException e) {
                errors.put(tenant.slug(), String.valueOf(e.getMessage()));
              }
            });
      }
    } finally {
      pool.shutdown();
    }
    awaitQuietly(pool);
    if (!lagging.isEmpty()) {
      tx.runInNew(() -> record(reached, errors));
    }
    List<String> failed = new ArrayList<>(errors.keySet());
    failed.sort(String::compareTo);
    MigrationReport report =
        new MigrationReport(live.size(), live.size() - lagging.size(), reached.size(), failed, TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start));
    LOG.info(
        "Tenant migration at start-up: "
            + report.tenants() + " tenants, " + report.upToDate() + " already current, " + report.migrated()
            + " migrated, " + failed.size() + " failed " + failed + " in " + report.millis() + " ms");
    errors.forEach((slug, error) -> LOG.severe("Tenant " + slug + " could not be migrated: " + error));
    return report;
  }

  private void record(Map<String, String> reached, Map<String, String> errors) {
    Instant now = Instant.now(clock);
    reached.forEach((slug, version) -> tenants.bySlug(slug).ifPresent(t -> t.migrated(version, now)));
    errors.forEach((slug, error) -> tenants.bySlug(slug).ifPresent(t -> t.migrationFailed(error, now)));
  }

  private static void awaitQuietly(ExecutorService pool) {
    try {
      if (!pool.awaitTermination(1, TimeUnit.HOURS)) {
        LOG.severe("Tenant migrations still running after an hour");
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
