package ir.bashgah.loyalty.application;

import ir.bashgah.jobs.api.JobSchedule;
import ir.bashgah.jobs.api.TenantJob;
import ir.bashgah.kernel.TenantContext;
import ir.bashgah.kernel.persistence.Transactions;
import ir.bashgah.loyalty.domain.ledger.LedgerChecks;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.SQLException;
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
  /** How many differences a run's summary and the log name one by one. */
  private static final int NAMED = 10;

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

  /**
   * The run's summary names every difference the report keeps, up to {@link #NAMED} of them (the
   * platform keeps a summary of 2,000 characters); the rest are in the stored report it names.
   */
  @Override
  public String runForTenant() {
    LedgerChecks.Report report = check();
    String summary = report.balances() + " balances checked, " + report.differences() + " differences";
    if (report.differences() == 0) {
      return summary;
    }
    List<LedgerChecks.Difference> named = report.detail().stream().limit(NAMED).toList();
    long more = report.differences() - named.size();
    return summary + " (ledger check " + report.id() + "): " + String.join("; ", named.stream().map(LedgerChecks.Difference::describe).toList())
        + (more > 0 ? "; and " + more + " more" : "");
  }

  /**
   * Runs the check now in the tenant in context; answers the stored report. A schema the check cannot
   * read (a table missing, renamed, altered) fails with the database's own words, not a stack of wrappers.
   */
  public LedgerChecks.Report check() {
    Instant started = Instant.now(clock);
    try {
      return tx.inNew(() -> {
        long balances = checks.balanceCount();
        List<LedgerChecks.Difference> differences = checks.differences();
        if (!differences.isEmpty()) {
          LOG.severe("Ledger of tenant " + TenantContext.require().slug() + " has " + differences.size() + " differences: "
              + String.join("; ", differences.stream().limit(NAMED).map(LedgerChecks.Difference::describe).toList()));
        }
        return checks.save(started, Instant.now(clock), balances, differences);
      });
    } catch (RuntimeException e) {
      SQLException cause = sqlCause(e);
      if (cause == null) {
        throw e;
      }
      throw new IllegalStateException("The ledger could not be checked: " + cause.getMessage(), e);
    }
  }

  private static SQLException sqlCause(Throwable e) {
    SQLException found = null;
    for (Throwable t = e; t != null && t.getCause() != t; t = t.getCause()) {
      if (t instanceof SQLException sql) {
        found = sql;
      }
    }
    return found;
  }

  public Optional<LedgerChecks.Report> latest() {
    return tx.inNew(checks::latest);
  }
}
