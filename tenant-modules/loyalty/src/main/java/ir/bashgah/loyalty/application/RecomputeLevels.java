package ir.bashgah.loyalty.application;

import ir.bashgah.jobs.api.JobSchedule;
import ir.bashgah.jobs.api.TenantJob;
import ir.bashgah.kernel.persistence.Transactions;
import ir.bashgah.loyalty.domain.programme.Programme;
import ir.bashgah.loyalty.domain.programme.Programmes;
import ir.bashgah.loyalty.domain.programme.Standings;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalTime;
import java.util.List;

/**
 * The nightly ranking (T1-T3): purchases that left the window since a member's last invoice may move
 * him down, and grace periods end. Members are ranked a page at a time, each page in one transaction.
 */
@ApplicationScoped
public class RecomputeLevels implements TenantJob {
  private static final int PAGE = 200;

  @Inject Programmes programmes;
  @Inject Standings standings;
  @Inject Memberships memberships;
  @Inject RankMember rank;
  @Inject Transactions tx;
  @Inject Clock clock;

  @Override
  public String name() {
    return "levels-nightly";
  }

  @Override
  public JobSchedule schedule() {
    return JobSchedule.dailyAt(LocalTime.of(2, 30));
  }

  @Override
  public String runForTenant() {
    Instant now = Instant.now(clock);
    long ranked = 0;
    long changed = 0;
    for (Programme programme : tx.inNew(programmes::all)) {
      long after = -1;
      List<Long> page;
      do {
        long from = after;
        page = tx.inNew(() -> standings.membersOf(programme.code(), from, PAGE));
        List<Long> members = page;
        long moved = tx.inNew(() -> {
          long n = 0;
          for (long member : members) {
            Memberships.Membership m = memberships.lock(member, now);
            if (!rank.rank(m, now).code().equals(m.row().levelCode())) {
              n++;
            }
          }
          return n;
        });
        ranked += page.size();
        changed += moved;
        after = page.isEmpty() ? after : page.get(page.size() - 1);
      } while (page.size() == PAGE);
    }
    return ranked + " members ranked, " + changed + " changed level";
  }
}
