package ir.bashgah.loyalty.domain.ledger;

/**
 * The two parts of a balance: what can be spent now, and what was earned but waits for the return
 * window to pass (L2). Every entry belongs to one, so each part equals the sum of its entries.
 */
public enum Bucket {
  AVAILABLE,
  PENDING
}
