package ir.bashgah.pos.application;

import java.time.Instant;
import java.util.List;

/** The contract's answer; {@code availableAt} is set when the earnings wait out the return window. */
public record InvoiceAnswer(String invoiceNumber, long total, long pointsEarned, long creditEarned, long creditRedeemed, Instant availableAt,
    BalanceShort balance, String level, List<String> receipt) {}
