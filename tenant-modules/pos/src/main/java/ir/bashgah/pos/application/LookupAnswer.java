package ir.bashgah.pos.application;

import java.math.BigDecimal;

/** The contract's answer, with the level's name and fixed discount (D1) for the till to apply, and pending points. */
public record LookupAnswer(String memberCode, String name, String level, String levelName, BigDecimal discountPercent, String group, BalanceShort balance,
    long pendingPoints) {}
