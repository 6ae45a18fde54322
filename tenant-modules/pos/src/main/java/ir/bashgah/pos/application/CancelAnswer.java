package ir.bashgah.pos.application;

import ir.bashgah.loyalty.api.BalanceView;

/** The member's balances once a redemption's credit came back. */
public record CancelAnswer(BalanceView balance) {}
