package ir.bashgah.loyalty.infra;

import ir.bashgah.kernel.money.Sums;
import ir.bashgah.kernel.persistence.UtcInstantConverter;
import ir.bashgah.loyalty.domain.programme.LevelPolicy;
import ir.bashgah.loyalty.domain.programme.Standings;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Members' standing: the programme each belongs to, his level and the window it was ranked on. The
 * row is locked first by every invoice and return of the member, which orders them, and it is where
 * the level lives between the nightly recomputations.
 */
@ApplicationScoped
public class SqlStandings implements Standings {

  private static final String COLUMNS = "member_id, programme_code, level_code, downgrade_due_at";

  @Inject EntityManager em;

  /** The member's row, locked; a member without one joins {@code programmeCode} at {@code levelCode} first. */
  @Override
  public Row lock(long memberId, String programmeCode, String levelCode, Instant now) {
    Optional<Row> row = read(memberId, true);
    if (row.isPresent()) {
      return row.get();
    }
    enrol(memberId, programmeCode, levelCode, now);
    return read(memberId, true).orElseThrow();
  }

  @Override
  public Optional<Row> read(long memberId, boolean lock) {
    List<?> rows = em.createNativeQuery("SELECT " + COLUMNS + " FROM member_standing WHERE member_id = ?" + (lock ? " FOR UPDATE" : ""))
        .setParameter(1, memberId).getResultList();
    return rows.isEmpty() ? Optional.empty() : Optional.of(row((Object[]) rows.get(0)));
  }

  /** Puts a member into a programme at a level; a member already in one is left alone (INSERT IGNORE, so racing enrolments agree). */
  @Override
  public void enrol(long memberId, String programmeCode, String levelCode, Instant now) {
    em.createNativeQuery("INSERT IGNORE INTO member_standing (member_id, programme_code, level_code, turnover, purchases, window_points, updated_at)"
            + " VALUES (?, ?, ?, 0, 0, 0, ?)")
        .setParameter(1, memberId).setParameter(2, programmeCode).setParameter(3, levelCode).setParameter(4, UtcInstantConverter.toColumn(now))
        .executeUpdate();
  }

  @Override
  public void move(long memberId, String programmeCode) {
    em.createNativeQuery("UPDATE member_standing SET programme_code = ? WHERE member_id = ?").setParameter(1, programmeCode).setParameter(2, memberId)
        .executeUpdate();
  }

  /**
   * The member's purchases since {@code since}: their value for ranking, their number and the points
   * they earned, each net of what was returned of them (in proportion, rounded down per invoice).
   */
  @Override
  public LevelPolicy.Window windowOf(long memberId, Instant since) {
    Object[] r = (Object[]) em.createNativeQuery("SELECT"
            + " COALESCE(SUM(CASE WHEN total > 0 THEN CAST(level_value AS DECIMAL(38)) * (total - returned_total) DIV total ELSE 0 END), 0),"
            + " COALESCE(SUM(CASE WHEN returned_total < total THEN 1 ELSE 0 END), 0),"
            + " COALESCE(SUM(CASE WHEN total > 0 THEN CAST(points_earned AS DECIMAL(38)) * (total - returned_total) DIV total ELSE 0 END), 0)"
            + " FROM invoice WHERE member_id = ? AND issued_at >= ?")
        .setParameter(1, memberId).setParameter(2, UtcInstantConverter.toColumn(since)).getSingleResult();
    // Sums are DECIMALs: read exactly, and a window beyond a long's range is above every threshold, not below zero.
    return new LevelPolicy.Window(Sums.fromSql(r[0]), Sums.fromSql(r[1]), Sums.fromSql(r[2]));
  }

  @Override
  public void save(long memberId, LevelPolicy.Standing standing, LevelPolicy.Window window, Instant now) {
    em.createNativeQuery("UPDATE member_standing SET level_code = ?, downgrade_due_at = ?, turnover = ?, purchases = ?, window_points = ?, updated_at = ?"
            + " WHERE member_id = ?")
        .setParameter(1, standing.tierCode()).setParameter(2, UtcInstantConverter.toColumn(standing.downgradeDueAt())).setParameter(3, window.turnover())
        .setParameter(4, window.purchases()).setParameter(5, window.points()).setParameter(6, UtcInstantConverter.toColumn(now)).setParameter(7, memberId)
        .executeUpdate();
  }

  /** Members of a programme, a page at a time in member order, for the nightly recomputation. */
  @Override
  public List<Long> membersOf(String programmeCode, long after, int limit) {
    return em.createNativeQuery("SELECT member_id FROM member_standing WHERE programme_code = ? AND member_id > ? ORDER BY member_id LIMIT ?")
        .setParameter(1, programmeCode).setParameter(2, after).setParameter(3, limit).getResultList().stream()
        .map(o -> ((Number) o).longValue()).toList();
  }

  private static Row row(Object[] r) {
    return new Row(((Number) r[0]).longValue(), (String) r[1], (String) r[2], UtcInstantConverter.fromColumn(r[3]));
  }
}
