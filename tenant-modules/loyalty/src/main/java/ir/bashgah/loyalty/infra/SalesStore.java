package ir.bashgah.loyalty.infra;

import ir.bashgah.kernel.persistence.UtcInstantConverter;
import ir.bashgah.loyalty.domain.programme.Programme;
import ir.bashgah.loyalty.api.Payment;
import ir.bashgah.loyalty.api.PaymentMethod;
import ir.bashgah.loyalty.api.SaleLine;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;

import java.util.stream.Collectors;

/**
 * Invoices, the programme and members' standing, in plain SQL: an invoice is written once and read
 * as a whole, so it needs no entity life cycle, and the till's hot path stays a handful of statements.
 */
@ApplicationScoped
public class SalesStore {
  public record Level(String code, String nameFa) {}

  /** An invoice as a return needs it. */
  public record SoldInvoice(long id, long memberId, long total, long pointsEarned, long creditEarned, long creditRedeemed) {}

  /** What earlier returns of an invoice already took back. */
  public record ReturnedSoFar(long value, long pointsReversed, long creditReversed, long creditRefunded) {}

  @Inject EntityManager em;

  public Programme programme() {
    Object[] row = (Object[]) em.createNativeQuery("SELECT rials_per_point, earning_methods, level_window_days FROM programme WHERE id = 1").getSingleResult();
    return new Programme(((Number) row[0]).longValue(),
        Arrays.stream(((String) row[1]).split(",")).map(String::trim).map(PaymentMethod::valueOf).collect(Collectors.toUnmodifiableSet()),
        ((Number) row[2]).intValue());
  }

  public boolean invoiceExists(String branchCode, String invoiceNumber) {
    return !em.createNativeQuery("SELECT 1 FROM invoice WHERE branch_code = ? AND invoice_number = ?")
        .setParameter(1, branchCode).setParameter(2, invoiceNumber).getResultList().isEmpty();
  }

  public void addInvoice(long id, String branchCode, String invoiceNumber, long memberId, Instant issuedAt, String saleType, long total,
      long eligible, long pointsEarned, long creditEarned, long creditRedeemed, List<SaleLine> lines, List<Payment> payments, Instant now) {
    em.createNativeQuery("INSERT INTO invoice (id, branch_code, invoice_number, member_id, issued_at, sale_type, total, eligible, points_earned,"
            + " credit_earned, credit_redeemed, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
        .setParameter(1, id).setParameter(2, branchCode).setParameter(3, invoiceNumber).setParameter(4, memberId)
        .setParameter(5, UtcInstantConverter.toColumn(issuedAt)).setParameter(6, saleType).setParameter(7, total).setParameter(8, eligible)
        .setParameter(9, pointsEarned).setParameter(10, creditEarned).setParameter(11, creditRedeemed).setParameter(12, UtcInstantConverter.toColumn(now))
        .executeUpdate();
    for (int i = 0; i < lines.size(); i++) {
      SaleLine l = lines.get(i);
      em.createNativeQuery("INSERT INTO invoice_line (invoice_id, line_no, sku, name, product_group, quantity, unit_price, line_total) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")
          .setParameter(1, id).setParameter(2, i + 1).setParameter(3, l.sku()).setParameter(4, l.name()).setParameter(5, l.productGroup())
          .setParameter(6, l.quantity()).setParameter(7, l.unitPrice()).setParameter(8, l.total()).executeUpdate();
    }
    for (int i = 0; i < payments.size(); i++) {
      Payment p = payments.get(i);
      em.createNativeQuery("INSERT INTO invoice_payment (invoice_id, line_no, method, amount) VALUES (?, ?, ?, ?)")
          .setParameter(1, id).setParameter(2, i + 1).setParameter(3, p.method().name()).setParameter(4, p.amount()).executeUpdate();
    }
  }

  /** The invoice, locked so that two returns of it are counted one after the other. */
  public java.util.Optional<SoldInvoice> lockInvoice(String branchCode, String invoiceNumber) {
    List<?> rows = em.createNativeQuery("SELECT id, member_id, total, points_earned, credit_earned, credit_redeemed FROM invoice"
            + " WHERE branch_code = ? AND invoice_number = ? FOR UPDATE")
        .setParameter(1, branchCode).setParameter(2, invoiceNumber).getResultList();
    if (rows.isEmpty()) {
      return java.util.Optional.empty();
    }
    Object[] r = (Object[]) rows.get(0);
    return java.util.Optional.of(new SoldInvoice(n(r[0]), n(r[1]), n(r[2]), n(r[3]), n(r[4]), n(r[5])));
  }

  /** Per SKU: quantity sold and its value. */
  public java.util.Map<String, long[]> soldBySku(long invoiceId) {
    java.util.Map<String, long[]> sold = new java.util.HashMap<>();
    for (Object row : em.createNativeQuery("SELECT sku, SUM(quantity), SUM(line_total) FROM invoice_line WHERE invoice_id = ? GROUP BY sku")
        .setParameter(1, invoiceId).getResultList()) {
      Object[] r = (Object[]) row;
      sold.put((String) r[0], new long[] {n(r[1]), n(r[2])});
    }
    return sold;
  }

  public java.util.Map<String, Long> returnedBySku(long invoiceId) {
    java.util.Map<String, Long> returned = new java.util.HashMap<>();
    for (Object row : em.createNativeQuery("SELECT l.sku, SUM(l.quantity) FROM invoice_return_line l JOIN invoice_return r ON r.id = l.return_id"
            + " WHERE r.invoice_id = ? GROUP BY l.sku").setParameter(1, invoiceId).getResultList()) {
      Object[] r = (Object[]) row;
      returned.put((String) r[0], n(r[1]));
    }
    return returned;
  }

  public ReturnedSoFar returnedSoFar(long invoiceId) {
    Object[] r = (Object[]) em.createNativeQuery("SELECT COALESCE(SUM(returned_value), 0), COALESCE(SUM(points_reversed), 0),"
            + " COALESCE(SUM(credit_reversed), 0), COALESCE(SUM(credit_refunded), 0) FROM invoice_return WHERE invoice_id = ?")
        .setParameter(1, invoiceId).getSingleResult();
    return new ReturnedSoFar(n(r[0]), n(r[1]), n(r[2]), n(r[3]));
  }

  public boolean returnExists(long invoiceId, String returnNumber) {
    return !em.createNativeQuery("SELECT 1 FROM invoice_return WHERE invoice_id = ? AND return_number = ?")
        .setParameter(1, invoiceId).setParameter(2, returnNumber).getResultList().isEmpty();
  }

  public void addReturn(long id, long invoiceId, String returnNumber, long value, long pointsReversed, long creditReversed, long creditRefunded,
      java.util.Map<String, Long> lines, Instant now) {
    em.createNativeQuery("INSERT INTO invoice_return (id, invoice_id, return_number, returned_value, points_reversed, credit_reversed, credit_refunded, created_at)"
            + " VALUES (?, ?, ?, ?, ?, ?, ?, ?)")
        .setParameter(1, id).setParameter(2, invoiceId).setParameter(3, returnNumber).setParameter(4, value).setParameter(5, pointsReversed)
        .setParameter(6, creditReversed).setParameter(7, creditRefunded).setParameter(8, UtcInstantConverter.toColumn(now)).executeUpdate();
    lines.forEach((sku, quantity) -> em.createNativeQuery("INSERT INTO invoice_return_line (return_id, sku, quantity) VALUES (?, ?, ?)")
        .setParameter(1, id).setParameter(2, sku).setParameter(3, quantity).executeUpdate());
  }

  private static long n(Object value) {
    return ((Number) value).longValue();
  }

  /** Purchases of the member since {@code since}, which rank him (T1, T2). */
  public long turnoverSince(long memberId, Instant since) {
    Object sum = em.createNativeQuery("SELECT COALESCE(SUM(total), 0) FROM invoice WHERE member_id = ? AND issued_at >= ?")
        .setParameter(1, memberId).setParameter(2, UtcInstantConverter.toColumn(since)).getSingleResult();
    return ((Number) sum).longValue();
  }

  /** The highest level whose threshold the turnover reaches. */
  public Level levelFor(long turnover) {
    Object[] row = (Object[]) em.createNativeQuery("SELECT code, name_fa FROM level_rule WHERE min_turnover <= ? ORDER BY min_turnover DESC LIMIT 1")
        .setParameter(1, turnover).getSingleResult();
    return new Level((String) row[0], (String) row[1]);
  }

  public void saveStanding(long memberId, Level level, long turnover, Instant now) {
    em.createNativeQuery("INSERT INTO member_standing (member_id, level_code, turnover, updated_at) VALUES (?, ?, ?, ?)"
            + " ON DUPLICATE KEY UPDATE level_code = VALUES(level_code), turnover = VALUES(turnover), updated_at = VALUES(updated_at)")
        .setParameter(1, memberId).setParameter(2, level.code()).setParameter(3, turnover).setParameter(4, UtcInstantConverter.toColumn(now))
        .executeUpdate();
  }

  /** The member's level; a member who has bought nothing yet is at the lowest level. */
  public Level standingOf(long memberId) {
    List<?> rows = em.createNativeQuery("SELECT s.level_code, r.name_fa FROM member_standing s JOIN level_rule r ON r.code = s.level_code WHERE s.member_id = ?")
        .setParameter(1, memberId).getResultList();
    return rows.isEmpty() ? levelFor(0) : new Level((String) ((Object[]) rows.get(0))[0], (String) ((Object[]) rows.get(0))[1]);
  }

}
