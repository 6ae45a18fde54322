package ir.bashgah.loyalty.domain.ledger;

import java.util.List;
import java.util.Optional;

/** Where the ledger keeps its rows; the caller holds the balance's row lock while it posts. */
public interface LedgerStore {
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

  void add(LedgerEntry entry);

  void add(Lot lot);

  void add(LotDraw draw);
}
