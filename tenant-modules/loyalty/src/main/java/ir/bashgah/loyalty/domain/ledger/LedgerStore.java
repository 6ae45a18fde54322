package ir.bashgah.loyalty.domain.ledger;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Where the ledger keeps its rows; the caller holds the balance's row lock while it posts. */
public interface LedgerStore {
  /** A balance with lots that are due to settle: pending ones whose return window ended, or expired ones. */
  record Due(long memberId, Asset asset) {}

  /** The balance row, locked until the transaction ends; created at zero the first time. */
  Balance lock(long memberId, Asset asset);

  /**
   * The member's lots of the asset that still hold something, pending or not, expired or not, oldest
   * first, locked: the posting rules decide what of them may be spent.
   */
  List<Lot> openLots(long memberId, Asset asset);

  /** The draws a spending entry made, to put them back when it is reversed. */
  List<LotDraw> drawsOf(long entryId);

  /** A lot, locked. */
  Lot lot(long lotId);

  /** The lot an entry received into, locked. */
  Optional<Lot> lotOf(long entryId);

  /** How much of a lot left it by expiring. */
  long expiredFrom(long lotId);

  /** Records the balance's new figures (the posting has changed it). */
  void changed(Balance balance);

  /** Records what the lot holds now, and whether it is pending (the posting has drawn, released or restored it). */
  void changed(Lot lot);

  void add(LedgerEntry entry);

  void add(Lot lot);

  void add(LotDraw draw);

  /**
   * Opens a new member's two balance rows at zero, so that his first movements only ever lock rows
   * that exist: a locking read of a missing row takes a gap lock, and two terminals inserting into the
   * same gap deadlock.
   */
  void open(long memberId, Instant now);

  LedgerEntry entry(long entryId);

  /** Both balances of a member, without locking (a read may be a moment old). */
  Map<Asset, Balance> balancesOf(long memberId);

  /** A page of the member's entries, newest first. */
  List<LedgerEntry> entriesOf(long memberId, int page, int size);

  long countEntriesOf(long memberId);

  /** Up to {@code limit} balances whose lots are due to settle at {@code now}, each once. */
  List<Due> dueToSettle(Instant now, int limit);
}
