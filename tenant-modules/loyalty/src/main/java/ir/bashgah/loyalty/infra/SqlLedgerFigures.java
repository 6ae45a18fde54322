package ir.bashgah.loyalty.infra;

import ir.bashgah.kernel.money.Sums;
import ir.bashgah.kernel.time.DayRange;
import ir.bashgah.loyalty.api.LedgerFigures;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

/** The definitions of {@link LedgerFigures} as one pass over ix_ledger_entry_day (index only) per stretch of the range. */
@ApplicationScoped
public class SqlLedgerFigures implements LedgerFigures {
  private static final String ISSUED = "CASE WHEN kind IN ('EARN', 'BONUS') THEN amount"
      + " WHEN kind = 'ADJUST' AND source_type <> 'import' THEN amount"
      + " WHEN kind = 'CONVERT' AND amount > 0 THEN amount"
      + " WHEN kind = 'RETURN' AND amount < 0 THEN amount ELSE 0 END";
  private static final String SPENT = "CASE WHEN kind IN ('REDEEM', 'REDEMPTION_CANCELLED') THEN -amount"
      + " WHEN kind = 'CONVERT' AND amount < 0 THEN -amount"
      + " WHEN kind = 'RETURN' AND amount > 0 THEN -amount ELSE 0 END";

  @Inject EntityManager em;

  @Override
  public Map<LocalDate, Day> byDay(DayRange days, String branch) {
    Map<LocalDate, Day> byDay = new HashMap<>();
    for (DayRange.Stretch s : days.stretches()) {
      Query q = em.createNativeQuery("SELECT DATE(occurred_at + INTERVAL " + s.offsetMinutes() + " MINUTE), asset, SUM(" + ISSUED + "), SUM(" + SPENT + ")"
              + " FROM ledger_entry WHERE occurred_at >= ? AND occurred_at < ?" + (branch == null ? "" : " AND branch_code = ?")
              + " AND kind IN ('EARN', 'BONUS', 'ADJUST', 'CONVERT', 'RETURN', 'REDEEM', 'REDEMPTION_CANCELLED') GROUP BY 1, 2")
          .setParameter(1, s.start()).setParameter(2, s.end());
      if (branch != null) {
        q.setParameter(3, branch);
      }
      for (Object row : q.getResultList()) {
        Object[] r = (Object[]) row;
        // SUM of a BIGINT is a DECIMAL: read exactly, saturated beyond the range of a long (never wrapped).
        long issued = Sums.fromSql(r[2]);
        long spent = Sums.fromSql(r[3]);
        Day day = "POINTS".equals(r[1]) ? new Day(issued, spent, 0, 0) : new Day(0, 0, issued, spent);
        byDay.merge(DayRange.dateOf(r[0]), day, Day::plus);
      }
    }
    return byDay;
  }
}
