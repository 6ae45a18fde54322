package ir.bashgah.loyalty.domain.ledger;

import java.time.Instant;
import java.util.List;

/**
 * Imported members' standings, balances, entries and lots, written many at a time on the caller's
 * transaction: exactly the rows the ledger writes one at a time, so every invariant of the consistency
 * check holds.
 */
public interface Openings {
  /**
   * Each member joins programme {@code programmeCode} at level {@code levelCode} with his opening
   * points and credit as ADJUST entries and lots, expiring at the instants given.
   */
  void open(List<OpeningBalance> members, String programmeCode, String levelCode, Instant pointsExpiry, Instant creditExpiry, String reason, String actor,
      Instant now);
}
