package ir.bashgah.loyalty.api;

/** A member's balances and level as POS-API.md returns them. */
public record BalanceView(long points, long credit, long pendingPoints, String level) {}
