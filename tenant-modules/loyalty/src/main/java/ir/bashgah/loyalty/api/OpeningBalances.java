package ir.bashgah.loyalty.api;

import java.time.Instant;
import java.util.List;

/**
 * Members brought in by an import (M1, L7): each joins the default programme at its lowest level with
 * his opening points and credit as ordinary ledger entries and lots, written many at a time on the
 * caller's transaction, because an import writes a million of them.
 */
public interface OpeningBalances {
  /** A new member and what he brings. */
  record Opening(long memberId, long points, long credit) {}

  void open(List<Opening> members, String reason, String actor, Instant now);
}
