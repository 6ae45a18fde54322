package ir.bashgah.pos.application;

/** The balances a till shows: what can be spent now. */
public record BalanceShort(long points, long credit) {}
