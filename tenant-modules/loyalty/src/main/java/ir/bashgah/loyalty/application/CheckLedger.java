package ir.bashgah.loyalty.application;

import ir.bashgah.jobs.api.JobSchedule;
import ir.bashgah.jobs.api.TenantJob;
import ir.bashgah.kernel.TenantContext;
import ir.bashgah.kernel.persistence.Transactions;
import ir.bashgah.loyalty.infra.LedgerChecks;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalTime;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * The consistency check of the ledger (L1, ARCHITECTURE "the sum of entries always equals the
 * balance"): nightly for every club and on demand; each run is kept, and a difference is logged as
 * an error for the operators of the platform.
 */
@ApplicationScoped
public class CheckLedger implements TenantJob {
  private static final Logger LOG = Logger.getLogger(CheckLedger.class.getName());

  @Inject LedgerChecks checks;
  @Inject Transactions tx;
  @Inject Clock clock;

  @Override
  public String name() {
    return "ledger-check";
  }

  @Override
  public JobSchedule schedule() {
    return JobSchedule.dailyAt(LocalTime.of(4, 0));
  }

  @Override
  public String runForTenant() {
    LedgerChecks.Report report = check();
    return report.balances() + " balances checked, " + report.differences() + " differences";
  }

  /** Runs the check now in the tenant in context; answers the stored report. */
  public LedgerChecks.Report check() {
    Instant started = Instant.now(clock);
    return tx.inNew(() -> {
      long balances = checks.balanceCount();
      List<LedgerChecks.Difference> differences = checks.differences();
      if (!differences.isEmpty()) {
        LOG.severe("Ledger of tenant " + TenantContext.require().slug() + " has " + differences.size() + " differences, first: " + differences.get(0));
      }
      return checks.save(started, Instant.now(clock), balances, differences);
    });
  }

  public Optional<LedgerChecks.Report> latest() {
    return tx.inNew(checks::latest);
  }
}
