package ir.bashgah.loyalty.infra;

import ir.bashgah.kernel.money.Sums;
import ir.bashgah.kernel.persistence.UtcInstantConverter;
import ir.bashgah.kernel.time.DayRange;
import ir.bashgah.loyalty.api.SalesFigures;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Sums of invoices (ix_invoice_day) and returns (ix_invoice_return_day, each joined to its invoice by
 * primary key for the branch), both read from their indexes alone. Sums are read exactly and saturate
 * at ±Long.MAX_VALUE ({@link Sums}): a figure is never wrapped into a negative one.
 */
@ApplicationScoped
public class SqlSalesFigures implements SalesFigures {
  @Inject EntityManager em;

  @Override
  public Map<LocalDate, Day> byDay(DayRange days, String branch) {
    Map<LocalDate, Day> byDay = new HashMap<>();
    for (DayRange.Stretch s : days.stretches()) {
      Query sold = em.createNativeQuery("SELECT DATE(issued_at + INTERVAL " + s.offsetMinutes() + " MINUTE), COUNT(*), SUM(total), SUM(credit_redeemed)"
          + " FROM invoice WHERE issued_at >= ? AND issued_at < ?" + (branch == null ? "" : " AND branch_code = ?") + " GROUP BY 1");
      for (Object row : bind(sold, s, branch).getResultList()) {
        Object[] r = (Object[]) row;
        byDay.merge(DayRange.dateOf(r[0]), new Day(n(r[2]), n(r[3]), n(r[1]), 0, 0), Day::plus);
      }
      Query returned = em.createNativeQuery("SELECT DATE(r.created_at + INTERVAL " + s.offsetMinutes() + " MINUTE), COUNT(*), SUM(r.returned_value),"
          + " SUM(r.credit_refunded) FROM invoice_return r" + (branch == null ? "" : " JOIN invoice i ON i.id = r.invoice_id")
          + " WHERE r.created_at >= ? AND r.created_at < ?" + (branch == null ? "" : " AND i.branch_code = ?") + " GROUP BY 1");
      for (Object row : bind(returned, s, branch).getResultList()) {
        Object[] r = (Object[]) row;
        byDay.merge(DayRange.dateOf(r[0]), new Day(-n(r[2]), -n(r[3]), 0, n(r[2]), n(r[1])), Day::plus);
      }
    }
    return byDay;
  }

  @Override
  public List<BranchSales> topBranches(DayRange days, String branch, int limit) {
    Map<String, long[]> byBranch = new HashMap<>();
    Query sold = em.createNativeQuery("SELECT branch_code, SUM(total), COUNT(*), COUNT(DISTINCT member_id) FROM invoice"
        + " WHERE issued_at >= ? AND issued_at < ?" + (branch == null ? "" : " AND branch_code = ?") + " GROUP BY branch_code");
    for (Object row : bind(sold, days, branch).getResultList()) {
      Object[] r = (Object[]) row;
      byBranch.put((String) r[0], new long[] {n(r[1]), n(r[2]), n(r[3])});
    }
    Query returned = em.createNativeQuery("SELECT i.branch_code, SUM(r.returned_value) FROM invoice_return r JOIN invoice i ON i.id = r.invoice_id"
        + " WHERE r.created_at >= ? AND r.created_at < ?" + (branch == null ? "" : " AND i.branch_code = ?") + " GROUP BY i.branch_code");
    for (Object row : bind(returned, days, branch).getResultList()) {
      Object[] r = (Object[]) row;
      long[] sums = byBranch.computeIfAbsent((String) r[0], b -> new long[3]);
      sums[0] = Sums.minus(sums[0], n(r[1]));
    }
    return byBranch.entrySet().stream()
        .map(e -> new BranchSales(e.getKey(), e.getValue()[0], e.getValue()[1], e.getValue()[2]))
        .sorted(Comparator.comparingLong(BranchSales::sales).reversed().thenComparing(BranchSales::branch))
        .limit(limit)
        .toList();
  }

  private static Query bind(Query q, DayRange.Stretch s, String branch) {
    q.setParameter(1, s.start()).setParameter(2, s.end());
    return branch == null ? q : q.setParameter(3, branch);
  }

  private static Query bind(Query q, DayRange days, String branch) {
    return bind(q, new DayRange.Stretch(UtcInstantConverter.toColumn(days.start()), UtcInstantConverter.toColumn(days.end()), 0), branch);
  }

  /** SUM of a BIGINT is a DECIMAL: read exactly, saturated beyond the range of a long (never wrapped). */
  private static long n(Object value) {
    return Sums.fromSql(value);
  }
}
