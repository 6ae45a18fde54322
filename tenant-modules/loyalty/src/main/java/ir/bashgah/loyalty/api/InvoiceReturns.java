package ir.bashgah.loyalty.api;

import java.util.List;

/**
 * A return of part of an invoice (L5), in the till's transaction: what the returned part earned is
 * taken back and the credit spent on it refunded, in proportion to the cumulative returned value.
 */
public interface InvoiceReturns {
  record ReturnLine(String sku, long quantity) {}

  record Returned(long pointsReversed, long creditReversed, long creditRefunded, BalanceView balance) {}

  /** Returns {@code lines} of invoice {@code invoiceNumber} of {@code branchCode}; {@code returnNumber} is unique per invoice. */
  Returned giveBack(String branchCode, String invoiceNumber, String returnNumber, List<ReturnLine> lines);
}
