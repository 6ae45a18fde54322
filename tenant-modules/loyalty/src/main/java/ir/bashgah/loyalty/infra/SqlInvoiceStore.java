package ir.bashgah.loyalty.infra;

import ir.bashgah.kernel.money.Sums;
import ir.bashgah.kernel.persistence.PendingWrites;
import ir.bashgah.kernel.persistence.UtcInstantConverter;
import ir.bashgah.loyalty.api.InvoiceLine;
import ir.bashgah.loyalty.api.Payment;
import ir.bashgah.loyalty.domain.invoice.InvoiceStore;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Invoices and returns in plain SQL: an invoice is written once and read as a whole, so it needs no
 * entity life cycle, and the till's hot path stays a handful of statements (lines and payments go in
 * one multi-row INSERT each, sent with the ledger's writes as one round trip).
 */
@ApplicationScoped
public class SqlInvoiceStore implements InvoiceStore {
  /** Rows of lines per INSERT statement. */
  private static final int ROWS_PER_STATEMENT = 500;

  @Inject EntityManager em;
  @Inject PendingWrites writes;

  /**
   * The invoice, its lines and its payments join the transaction's pending writes (after the ledger's
   * for it) and go to the database with its next query (the member's level window, at the till): a
   * number the branch has used already fails that round trip, and the caller answers it as a conflict.
   */
  @Override
  public void addInvoice(NewInvoice i, Instant now) {
    writes.add("INSERT INTO invoice (id, branch_code, invoice_number, member_id, issued_at, sale_type, programme_code, total, eligible,"
            + " points_earned, points_entry_id, credit_earned, credit_entry_id, cashback, credit_redeemed, level_value, returned_total, created_at)"
            + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0, ?)",
        i.id(), i.branchCode(), i.invoiceNumber(), i.memberId(), UtcInstantConverter.toColumn(i.issuedAt()), i.saleType(), i.programmeCode(), i.total(),
        i.eligible(), i.pointsEarned(), i.pointsEntryId(), i.creditEarned(), i.creditEntryId(), i.cashback(), i.creditRedeemed(), i.levelValue(),
        UtcInstantConverter.toColumn(now));
    List<Object[]> lines = new ArrayList<>();
    for (int n = 0; n < i.lines().size(); n++) {
      InvoiceLine l = i.lines().get(n);
      lines.add(new Object[] {i.id(), n + 1, l.sku(), l.name(), l.productGroup(), l.quantity(), l.unitPrice(), l.total()});
    }
    addRows("INSERT INTO invoice_line (invoice_id, line_no, sku, name, product_group, quantity, unit_price, line_total) VALUES", "(?, ?, ?, ?, ?, ?, ?, ?)",
        lines);
    List<Object[]> payments = new ArrayList<>();
    for (int n = 0; n < i.payments().size(); n++) {
      Payment p = i.payments().get(n);
      payments.add(new Object[] {i.id(), n + 1, p.method().name(), p.amount()});
    }
    addRows("INSERT INTO invoice_payment (invoice_id, line_no, method, amount) VALUES", "(?, ?, ?, ?)", payments);
  }

  /** Rows as multi-row INSERTs of at most {@link #ROWS_PER_STATEMENT} rows each, pending. */
  private void addRows(String head, String tuple, List<Object[]> rows) {
    for (int from = 0; from < rows.size(); from += ROWS_PER_STATEMENT) {
      List<Object[]> part = rows.subList(from, Math.min(rows.size(), from + ROWS_PER_STATEMENT));
      StringBuilder sql = new StringBuilder(head);
      List<Object> values = new ArrayList<>();
      for (Object[] row : part) {
        sql.append(values.isEmpty() ? " " : ", ").append(tuple);
        values.addAll(Arrays.asList(row));
      }
      writes.add(sql.toString(), values.toArray());
    }
  }

  @Override
  public void addLink(long invoiceId, byte[] tokenHash, long pointsAfter, long creditAfter, Instant now) {
    writes.add("INSERT INTO invoice_link (invoice_id, token_hash, points_after, credit_after, created_at) VALUES (?, ?, ?, ?, ?)", invoiceId, tokenHash,
        pointsAfter, creditAfter, UtcInstantConverter.toColumn(now));
  }

  /** How many invoices the member has settled, this one included when it is written. */
  @Override
  public long invoiceCount(long memberId) {
    return ((Number) em.createNativeQuery("SELECT COUNT(*) FROM invoice WHERE member_id = ?").setParameter(1, memberId).getSingleResult()).longValue();
  }

  /** Points the member earned on invoices issued since {@code since}, net of returns (for threshold bonuses). */
  @Override
  public long pointsEarnedSince(long memberId, Instant since) {
    return Sums.fromSql(em.createNativeQuery("SELECT COALESCE(SUM(CASE WHEN total > 0 THEN CAST(points_earned AS DECIMAL(38)) * (total - returned_total) DIV total"
            + " ELSE 0 END), 0) FROM invoice WHERE member_id = ? AND issued_at >= ?")
        .setParameter(1, memberId).setParameter(2, UtcInstantConverter.toColumn(since)).getSingleResult());
  }

  /** The invoice, locked so that two returns of it are counted one after the other. */
  @Override
  public Optional<SoldInvoice> lockInvoice(String branchCode, String invoiceNumber) {
    List<?> rows = em.createNativeQuery("SELECT id, member_id, total, points_earned, points_entry_id, credit_earned, credit_entry_id, credit_redeemed"
            + " FROM invoice WHERE branch_code = ? AND invoice_number = ? FOR UPDATE")
        .setParameter(1, branchCode).setParameter(2, invoiceNumber).getResultList();
    if (rows.isEmpty()) {
      return Optional.empty();
    }
    Object[] r = (Object[]) rows.get(0);
    return Optional.of(new SoldInvoice(n(r[0]), n(r[1]), n(r[2]), n(r[3]), r[4] == null ? null : n(r[4]), n(r[5]), r[6] == null ? null : n(r[6]), n(r[7])));
  }

  /** Per SKU: quantity sold and its value. */
  @Override
  public Map<String, long[]> soldBySku(long invoiceId) {
    Map<String, long[]> sold = new HashMap<>();
    for (Object row : em.createNativeQuery("SELECT sku, SUM(quantity), SUM(line_total) FROM invoice_line WHERE invoice_id = ? GROUP BY sku")
        .setParameter(1, invoiceId).getResultList()) {
      Object[] r = (Object[]) row;
      sold.put((String) r[0], new long[] {n(r[1]), n(r[2])});
    }
    return sold;
  }

  @Override
  public Map<String, Long> returnedBySku(long invoiceId) {
    Map<String, Long> returned = new HashMap<>();
    for (Object row : em.createNativeQuery("SELECT l.sku, SUM(l.quantity) FROM invoice_return_line l JOIN invoice_return r ON r.id = l.return_id"
            + " WHERE r.invoice_id = ? GROUP BY l.sku").setParameter(1, invoiceId).getResultList()) {
      Object[] r = (Object[]) row;
      returned.put((String) r[0], n(r[1]));
    }
    return returned;
  }

  @Override
  public ReturnedSoFar returnedSoFar(long invoiceId) {
    Object[] r = (Object[]) em.createNativeQuery("SELECT COALESCE(SUM(returned_value), 0), COALESCE(SUM(points_reversed), 0), COALESCE(SUM(points_forgiven), 0),"
            + " COALESCE(SUM(credit_reversed), 0), COALESCE(SUM(credit_forgiven), 0), COALESCE(SUM(credit_refunded), 0) FROM invoice_return WHERE invoice_id = ?")
        .setParameter(1, invoiceId).getSingleResult();
    return new ReturnedSoFar(n(r[0]), n(r[1]), n(r[2]), n(r[3]), n(r[4]), n(r[5]));
  }

  @Override
  public boolean returnExists(long invoiceId, String returnNumber) {
    return !em.createNativeQuery("SELECT 1 FROM invoice_return WHERE invoice_id = ? AND return_number = ?")
        .setParameter(1, invoiceId).setParameter(2, returnNumber).getResultList().isEmpty();
  }

  /** The return, its lines and the invoice's returned total, with the ledger's writes for it, in one round trip now. */
  @Override
  public void addReturn(NewReturn r, Instant now) {
    writes.add("INSERT INTO invoice_return (id, invoice_id, return_number, returned_value, points_reversed, points_forgiven, credit_reversed,"
            + " credit_forgiven, credit_refunded, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        r.id(), r.invoiceId(), r.returnNumber(), r.value(), r.pointsReversed(), r.pointsForgiven(), r.creditReversed(), r.creditForgiven(),
        r.creditRefunded(), UtcInstantConverter.toColumn(now));
    List<Object[]> lines = new ArrayList<>();
    for (Map.Entry<String, Long> line : r.lines().entrySet()) {
      lines.add(new Object[] {r.id(), line.getKey(), line.getValue()});
    }
    addRows("INSERT INTO invoice_return_line (return_id, sku, quantity) VALUES", "(?, ?, ?)", lines);
    writes.add("UPDATE invoice SET returned_total = returned_total + ? WHERE id = ?", r.value(), r.invoiceId());
    writes.send();
  }

  private static long n(Object value) {
    return ((Number) value).longValue();
  }
}
