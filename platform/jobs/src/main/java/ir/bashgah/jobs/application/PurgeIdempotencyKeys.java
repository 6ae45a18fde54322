package ir.bashgah.jobs.application;

import ir.bashgah.jobs.api.JobSchedule;
import ir.bashgah.jobs.api.TenantJob;
import ir.bashgah.jobs.domain.IdempotencyKeyRetention;
import ir.bashgah.kernel.persistence.Transactions;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Forgets idempotency keys older than the retention (7 days by default; the contract promises at
 * least 24 hours), a few thousand rows per transaction so the tills' own key inserts never wait long.
 */
@ApplicationScoped
public class PurgeIdempotencyKeys implements TenantJob {
  private static final int BATCH = 5_000;

  @Inject IdempotencyKeyRetention keys;
  @Inject Transactions tx;
  @Inject Clock clock;

  @Inject
  @ConfigProperty(name = "bashgah.idempotency.retention-days", defaultValue = "7")
  int retentionDays;

  @Override
  public String name() {
    return "idempotency-purge";
  }

  @Override
  public JobSchedule schedule() {
    return JobSchedule.dailyAt(LocalTime.of(5, 0));
  }

  @Override
  public String runForTenant() {
    Instant before = Instant.now(clock).minus(Duration.ofDays(Math.max(1, retentionDays)));
    long purged = 0;
    int deleted;
    do {
      deleted = tx.inNew(() -> keys.forgetOlderThan(before, BATCH));
      purged += deleted;
    } while (deleted == BATCH);
    return purged + " keys older than " + Math.max(1, retentionDays) + " days forgotten";
  }
}
