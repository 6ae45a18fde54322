package ir.bashgah.loyalty.domain.ledger;

import java.time.Instant;

/** Questions the bonus rules ask of the ledger. */
public interface LedgerQueries {
  /** Whether a bonus of this kind and rule was paid to the member since {@code since}. */
  boolean bonusPaidSince(long memberId, String type, String id, Instant since);

  /** How many referees have earned this member a referral bonus. */
  long referralBonusesOf(long memberId);
}
