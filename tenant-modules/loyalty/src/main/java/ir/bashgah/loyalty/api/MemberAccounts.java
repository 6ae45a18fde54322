package ir.bashgah.loyalty.api;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * A member's own account as the member portal shows it (issue 13): balances with what expires when,
 * the progress to his next level, his ledger and his invoices. Every read names the member; the
 * portal passes only the member its token names.
 */
public interface MemberAccounts {
  /**
   * How far the member is on his programme's level basis ({@code basis}: TURNOVER in Rial, PURCHASES,
   * POINTS) within the last {@code windowDays}; the next level and its threshold, null at the top.
   */
  record Progress(String basis, long value, int windowDays, String nextLevel, String nextLevelName, Long nextThreshold) {}

  record Expiring(String asset, long amount, Instant expiresAt) {}

  record Statement(BalanceView balance, Progress progress, List<Expiring> expiring) {}

  /** One ledger entry: {@code amount} signed (+ earned or received, − spent, expired or taken back). */
  record Entry(String id, Instant at, String asset, String bucket, String kind, long amount, String reason, String source, String sourceId) {}

  record EntryPage(List<Entry> items, int page, int size, boolean hasMore) {}

  record InvoiceSummary(long id, String invoiceNumber, String branchCode, Instant issuedAt, long total, long pointsEarned, long creditEarned,
      long creditRedeemed, long returnedTotal) {}

  record InvoicePage(List<InvoiceSummary> items, int page, int size, boolean hasMore) {}

  record LineView(String sku, String name, long quantity, long unitPrice, long lineTotal) {}

  record PaymentView(String method, long amount) {}

  /** {@code pointsAfter}/{@code creditAfter}: the balances the invoice left the member with, null for invoices from before they were kept. */
  record InvoiceDetail(long memberId, InvoiceSummary invoice, List<LineView> lines, List<PaymentView> payments, Long pointsAfter, Long creditAfter) {}

  Statement statement(long memberId);

  EntryPage ledger(long memberId, int page, int size);

  InvoicePage invoices(long memberId, int page, int size);

  /** The invoice if it is the member's. */
  Optional<InvoiceDetail> invoice(long memberId, long invoiceId);

  /** The invoice whose link token this is (C3), whoever holds it: the token is the key. */
  Optional<InvoiceDetail> invoiceByLink(String linkToken);
}
