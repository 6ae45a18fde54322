package ir.bashgah.loyalty.domain.account;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * What a member reads of his own account in the portal: his invoices, whole, and what of his balance
 * is about to expire. Plain reads, never locking: a page may be a moment old.
 */
public interface Statements {
  record Expiring(String asset, long amount, Instant expiresAt) {}

  record InvoiceRow(long id, String invoiceNumber, String branchCode, Instant issuedAt, long total, long pointsEarned, long creditEarned,
      long creditRedeemed, long returnedTotal) {}

  record Line(String sku, String name, long quantity, long unitPrice, long lineTotal) {}

  record Paid(String method, long amount) {}

  /** {@code pointsAfter} and {@code creditAfter} are null for invoices settled before links were kept. */
  record WholeInvoice(long memberId, InvoiceRow invoice, List<Line> lines, List<Paid> payments, Long pointsAfter, Long creditAfter) {}

  /** The member's available lots that expire after {@code now}, soonest first, summed per asset and instant. */
  List<Expiring> expiring(long memberId, Instant now, int limit);

  /** The member's invoices, newest first. */
  List<InvoiceRow> invoicesOf(long memberId, int offset, int limit);

  Optional<WholeInvoice> invoice(long invoiceId);

  /** The invoice whose link token hashes to {@code tokenHash}. */
  Optional<Long> invoiceByLink(byte[] tokenHash);
}
