package ir.bashgah.loyalty.domain.ledger;

/** The two balances of L1: points rank a member and can be converted; credit is money-like (rials). */
public enum Asset {
  POINTS,
  CREDIT
}
