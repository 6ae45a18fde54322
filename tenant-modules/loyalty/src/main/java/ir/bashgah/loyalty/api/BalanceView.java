package ir.bashgah.loyalty.api;

/**
 * A member's balances and level as docs/integration.md returns them ({@code points}, {@code credit},
 * {@code pendingPoints}, {@code level}), with what the till also needs to know: pending credit, the
 * level's name, and the level's fixed discount (D1) for the till to apply.
 */
public record BalanceView(long points, long credit, long pendingPoints, long pendingCredit, String level, String levelName, java.math.BigDecimal discountPercent) {}
