package ir.bashgah.loyalty.domain.ledger;

import java.time.Instant;

/**
 * The records of movements that post two entries at once, kept beside their entries (which name them
 * by id): a member's conversion of points to credit, and a transfer between two members.
 */
public interface Movements {
  void conversion(long id, long memberId, long points, long credit, long ratePoints, long rateRials, Instant at, String actor);

  void transfer(long id, long fromMemberId, long toMemberId, Asset asset, long amount, String reason, Instant at, String actor);
}
