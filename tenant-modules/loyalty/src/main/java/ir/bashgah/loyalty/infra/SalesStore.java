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
