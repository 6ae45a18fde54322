package ir.bashgah.loyalty.domain.invoice;

import ir.bashgah.loyalty.api.InvoiceLine;
import ir.bashgah.loyalty.api.Payment;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The invoices settled at tills and their returns: an invoice is written once and read as a whole, so
 * it needs no entity life cycle (the store writes it in a handful of statements).
 */
public interface InvoiceStore {
  /** An invoice as it is written. */
  record NewInvoice(long id, String branchCode, String invoiceNumber, long memberId, Instant issuedAt, String saleType, String programmeCode,
      long total, long eligible, long pointsEarned, Long pointsEntryId, long creditEarned, Long creditEntryId, long cashback, long creditRedeemed,
      long levelValue, List<InvoiceLine> lines, List<Payment> payments) {}

  /** An invoice as a return needs it. */
  record SoldInvoice(long id, long memberId, long total, long pointsEarned, Long pointsEntryId, long creditEarned, Long creditEntryId,
      long creditRedeemed) {}

  /** What earlier returns of an invoice already took back, forgave and refunded. */
  record ReturnedSoFar(long value, long pointsReversed, long pointsForgiven, long creditReversed, long creditForgiven, long creditRefunded) {}

  /** A return as it is written. */
  record NewReturn(long id, long invoiceId, String returnNumber, long value, long pointsReversed, long pointsForgiven, long creditReversed,
      long creditForgiven, long creditRefunded, Map<String, Long> lines) {}

  /** The unique key of a branch's invoice numbers. */
  String NUMBER_KEY = "uq_invoice_number";

  /**
   * Writes the invoice with the transaction's next round trip: a number the branch has used already
   * fails that round trip, wherever it is, with a duplicate of {@link #NUMBER_KEY}.
   */
  void addInvoice(NewInvoice i, Instant now);

  /** How many invoices the member has settled, this one included when it is written. */
  long invoiceCount(long memberId);

  /** Points the member earned on invoices issued since {@code since}, net of returns (for threshold bonuses). */
  long pointsEarnedSince(long memberId, Instant since);

  /** The invoice, locked so that two returns of it are counted one after the other. */
  Optional<SoldInvoice> lockInvoice(String branchCode, String invoiceNumber);

  /** Per SKU: quantity sold and its value. */
  Map<String, long[]> soldBySku(long invoiceId);

  Map<String, Long> returnedBySku(long invoiceId);

  ReturnedSoFar returnedSoFar(long invoiceId);

  boolean returnExists(long invoiceId, String returnNumber);

  void addReturn(NewReturn r, Instant now);

  /**
   * The invoice's link (C3): the hash of its token and the balances it left the member with. A pending
   * write: it goes with the transaction's COMMIT.
   */
  void addLink(long invoiceId, byte[] tokenHash, long pointsAfter, long creditAfter, Instant now);
}
