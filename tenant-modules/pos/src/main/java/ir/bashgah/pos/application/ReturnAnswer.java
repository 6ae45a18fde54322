package ir.bashgah.pos.application;

/** What a return took back and refunded, and the member's balances after it. */
public record ReturnAnswer(long pointsReversed, long creditReversed, long creditRefunded, BalanceShort balance) {}
