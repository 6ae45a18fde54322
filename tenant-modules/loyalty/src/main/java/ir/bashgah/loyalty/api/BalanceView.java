package ir.bashgah.loyalty.api;

/**
 * A member's balances as POS-API.md returns them. {@code level} stays null until the levels of the
 * programme (T1-T4) are built.
 */
public record BalanceView(long points, long credit, long pendingPoints, String level) {}
