package ir.bashgah.members.infra;

import ir.bashgah.kernel.time.DayRange;
import ir.bashgah.members.api.MemberFigures;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

/** Aggregates over the member table, each answered from an index (ix_member_created, ix_member_branch). */
@ApplicationScoped
public class SqlMemberFigures implements MemberFigures {
  @Inject EntityManager em;

  @Override
  public Counts counts(String branch) {
    Query q = em.createNativeQuery("SELECT COUNT(*), COALESCE(SUM(active), 0) FROM member" + (branch == null ? "" : " WHERE registered_branch = ?"));
    if (branch != null) {
      q.setParameter(1, branch);
    }
    Object[] r = (Object[]) q.getSingleResult();
    return new Counts(((Number) r[0]).longValue(), ((Number) r[1]).longValue());
  }

  @Override
  public Map<LocalDate, Long> registrationsByDay(DayRange days, String branch) {
    Map<LocalDate, Long> byDay = new HashMap<>();
    for (DayRange.Stretch s : days.stretches()) {
      // The offset is an int of our own making, so it goes into the text; the rest are parameters.
      Query q = em.createNativeQuery("SELECT DATE(created_at + INTERVAL " + s.offsetMinutes() + " MINUTE), COUNT(*) FROM member"
              + " WHERE created_at >= ? AND created_at < ?" + (branch == null ? "" : " AND registered_branch = ?") + " GROUP BY 1")
          .setParameter(1, s.start()).setParameter(2, s.end());
      if (branch != null) {
        q.setParameter(3, branch);
      }
      for (Object row : q.getResultList()) {
        Object[] r = (Object[]) row;
        byDay.merge(DayRange.dateOf(r[0]), ((Number) r[1]).longValue(), Long::sum);
      }
    }
    return byDay;
  }
}
