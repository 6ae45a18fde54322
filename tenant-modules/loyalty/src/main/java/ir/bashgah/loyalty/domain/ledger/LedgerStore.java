package ir.bashgah.loyalty.domain.ledger;

import java.util.List;

/** Where the ledger keeps its rows; the caller holds the balance's row lock while it posts. */
public interface LedgerStore {
  /** The balance row, locked until the transaction ends; created at zero the first time. */
  Balance lock(long memberId, Asset asset);

  /** The member's lots of the asset that still hold something and are available, oldest first. */
  List<Lot> openLots(long memberId, Asset asset);

  /** The draws a spending entry made, to put them back when it is reversed. */
  List<LotDraw> drawsOf(long entryId);

  Lot lot(long lotId);

  void add(LedgerEntry entry);

  void add(Lot lot);

  void add(LotDraw draw);
}
