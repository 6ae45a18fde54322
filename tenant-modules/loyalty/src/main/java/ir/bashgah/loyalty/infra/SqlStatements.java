package ir.bashgah.loyalty.infra;

import ir.bashgah.kernel.persistence.UtcInstantConverter;
import ir.bashgah.loyalty.domain.account.Statements;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** The member's own reads in plain SQL, over the ledger's lots and the invoice tables. */
@ApplicationScoped
public class SqlStatements implements Statements {
  private static final String INVOICE_COLUMNS =
      "id, invoice_number, branch_code, issued_at, total, points_earned, credit_earned, credit_redeemed, returned_total";

  @Inject EntityManager em;

  @Override
  public List<Expiring> expiring(long memberId, Instant now, int limit) {
    List<?> rows = em.createNativeQuery("SELECT asset, SUM(remaining), expires_at FROM lot WHERE member_id = ? AND remaining > 0"
            + " AND expires_at IS NOT NULL AND expires_at > ? GROUP BY asset, expires_at ORDER BY expires_at, asset LIMIT ?")
        .setParameter(1, memberId).setParameter(2, UtcInstantConverter.toColumn(now)).setParameter(3, limit).getResultList();
    return rows.stream().map(o -> (Object[]) o).map(r -> new Expiring((String) r[0], n(r[1]), UtcInstantConverter.fromColumn(r[2]))).toList();
  }

  @Override
  public List<InvoiceRow> invoicesOf(long memberId, int offset, int limit) {
    List<?> rows = em.createNativeQuery("SELECT " + INVOICE_COLUMNS + " FROM invoice WHERE member_id = ? ORDER BY issued_at DESC, id DESC LIMIT ? OFFSET ?")
        .setParameter(1, memberId).setParameter(2, limit).setParameter(3, offset).getResultList();
    return rows.stream().map(o -> row((Object[]) o)).toList();
  }

  @Override
  public Optional<WholeInvoice> invoice(long invoiceId) {
    List<?> rows = em.createNativeQuery("SELECT " + INVOICE_COLUMNS + ", member_id FROM invoice WHERE id = ?").setParameter(1, invoiceId).getResultList();
    if (rows.isEmpty()) {
      return Optional.empty();
    }
    Object[] r = (Object[]) rows.get(0);
    List<?> lineRows = em.createNativeQuery("SELECT sku, name, quantity, unit_price, line_total FROM invoice_line WHERE invoice_id = ? ORDER BY line_no")
        .setParameter(1, invoiceId).getResultList();
    List<Line> lines = lineRows.stream().map(o -> (Object[]) o).map(l -> new Line((String) l[0], (String) l[1], n(l[2]), n(l[3]), n(l[4]))).toList();
    List<?> paidRows = em.createNativeQuery("SELECT method, amount FROM invoice_payment WHERE invoice_id = ? ORDER BY line_no")
        .setParameter(1, invoiceId).getResultList();
    List<Paid> payments = paidRows.stream().map(o -> (Object[]) o).map(p -> new Paid((String) p[0], n(p[1]))).toList();
    List<?> link = em.createNativeQuery("SELECT points_after, credit_after FROM invoice_link WHERE invoice_id = ?").setParameter(1, invoiceId).getResultList();
    Object[] after = link.isEmpty() ? null : (Object[]) link.get(0);
    return Optional.of(new WholeInvoice(n(r[9]), row(r), lines, payments, after == null ? null : n(after[0]), after == null ? null : n(after[1])));
  }

  @Override
  public Optional<Long> invoiceByLink(byte[] tokenHash) {
    List<?> rows = em.createNativeQuery("SELECT invoice_id FROM invoice_link WHERE token_hash = ?").setParameter(1, tokenHash).getResultList();
    return rows.stream().findFirst().map(SqlStatements::n);
  }

  private static InvoiceRow row(Object[] r) {
    return new InvoiceRow(n(r[0]), (String) r[1], (String) r[2], UtcInstantConverter.fromColumn(r[3]), n(r[4]), n(r[5]), n(r[6]), n(r[7]), n(r[8]));
  }

  private static long n(Object value) {
    return ((Number) value).longValue();
  }
}
