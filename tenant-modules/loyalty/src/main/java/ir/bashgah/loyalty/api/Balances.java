package ir.bashgah.loyalty.api;

/** A member's balances and level, for other modules (the POS lookup and receipts). */
public interface Balances {
  BalanceView of(long memberId);
}
