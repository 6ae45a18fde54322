package ir.bashgah.loyalty.domain.ledger;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The ledger's invariants, checked in SQL over the whole tenant: every balance equals the sum of its
 * entries (per bucket), every entry has its balance, the spendable and pending lots hold exactly the
 * balance (a debt is held by no lot), and every lot's original less its draws is what remains.
 */
public interface LedgerChecks {
  /**
   * One broken invariant: which (its check), whose (member and asset, and the lot for a lot's own
   * invariant, else null), what was expected and what was found.
   */
  record Difference(String check, long memberId, String asset, Long lotId, long expected, long found) {
    /** One line for a log or a job's summary, e.g. {@code lot-draws: lot 42 of member 7 POINTS, expected 100, found 90}. */
    public String describe() {
      return check + ": " + (lotId == null ? "" : "lot " + lotId + " of ") + "member " + memberId + " " + asset + ", expected " + expected + ", found " + found;
    }
  }

  record Report(String id, Instant startedAt, Instant finishedAt, long balances, long differences, List<Difference> detail) {}

  List<Difference> differences();

  long balanceCount();

  Report save(Instant startedAt, Instant finishedAt, long balances, List<Difference> differences);

  Optional<Report> latest();
}
