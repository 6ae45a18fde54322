package ir.bashgah.loyalty.application;

import ir.bashgah.jobs.api.JobSchedule;
import ir.bashgah.jobs.api.TenantJob;
import ir.bashgah.kernel.persistence.Transactions;
import ir.bashgah.loyalty.domain.ledger.Balance;
import ir.bashgah.loyalty.domain.ledger.LedgerStore;
import ir.bashgah.loyalty.domain.ledger.Posting;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * Releases pending earnings whose return window has passed and expires lots whose time is up (L2,
 * L9), balance by balance, each in its own short transaction under the balance's lock. Spending
 * does the same for the one balance it touches, so a member never spends what expired even between
 * two runs; this job keeps every shown balance true.
 */
@ApplicationScoped
public class SweepLedger implements TenantJob {
  private static final int BATCH = 500;

  @Inject LedgerStore ledger;
  @Inject Transactions tx;
  @Inject Clock clock;

  @Override
  public String name() {
    return "ledger-sweep";
  }

  @Override
  public JobSchedule schedule() {
    return JobSchedule.every(Duration.ofMinutes(10));
  }

  @Override
  public String runForTenant() {
    Instant now = Instant.now(clock);
    long settled = 0;
    List<LedgerStore.Due> due;
    do {
      due = tx.inNew(() -> ledger.dueToSettle(now, BATCH));
      for (LedgerStore.Due d : due) {
        tx.runInNew(() -> {
          Balance balance = ledger.lock(d.memberId(), d.asset());
          Posting.settle(ledger, balance, d.memberId(), ledger.openLots(d.memberId(), d.asset()), now);
        });
        settled++;
      }
    } while (due.size() == BATCH);
    return settled + " balances settled";
  }
}
