package ir.bashgah.loyalty.infra;

import ir.bashgah.kernel.money.Sums;
import ir.bashgah.kernel.persistence.PendingWrites;
import ir.bashgah.kernel.persistence.Statements;
import ir.bashgah.kernel.persistence.UtcInstantConverter;
import ir.bashgah.loyalty.domain.ledger.Asset;
import ir.bashgah.loyalty.domain.ledger.Balance;
import ir.bashgah.loyalty.domain.programme.LevelPolicy;
import ir.bashgah.loyalty.domain.programme.Standings;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
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
  @Inject PendingWrites writes;
  @Inject SqlLedgerStore ledger;

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

  /**
   * Locked: a locking read on the transaction's connection (every invoice and return starts here),
   * and in the same round trip the member's balances, locked next as the lock order has it (standing,
   * balances): a posting that follows finds them locked already ({@link SqlLedgerStore#lockedWith}).
   */
  @Override
  public Optional<Row> read(long memberId, boolean lock) {
    if (lock) {
      writes.send();
      List<Row> rows = new ArrayList<>();
      Map<Asset, Balance> balances = new EnumMap<>(Asset.class);
      try (PreparedStatement ps = writes.connection().prepareStatement("/*client prepare*/SELECT " + COLUMNS
          + " FROM member_standing WHERE member_id = ? FOR UPDATE; " + SqlLedgerStore.LOCK_BALANCES)) {
        ps.setLong(1, memberId);
        ps.setLong(2, memberId);
        ps.execute();
        try (ResultSet rs = ps.getResultSet()) {
          while (rs.next()) {
            rows.add(new Row(rs.getLong(1), rs.getString(2), rs.getString(3), UtcInstantConverter.fromColumn(rs.getObject(4, LocalDateTime.class))));
          }
        }
        if (ps.getMoreResults()) {
          try (ResultSet rs = ps.getResultSet()) {
            while (rs.next()) {
              SqlLedgerStore.put(balances, memberId, rs);
            }
          }
        }
      } catch (SQLException e) {
        throw new Statements.Failed(e);
      }
      if (!rows.isEmpty()) {
        ledger.lockedWith(memberId, balances);
      }
      return rows.stream().findFirst();
    }
    List<?> rows = em.createNativeQuery("SELECT " + COLUMNS + " FROM member_standing WHERE member_id = ?").setParameter(1, memberId).getResultList();
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
    String sql = "SELECT"
        + " COALESCE(SUM(CASE WHEN total > 0 THEN CAST(level_value AS DECIMAL(38)) * (total - returned_total) DIV total ELSE 0 END), 0),"
        + " COALESCE(SUM(CASE WHEN returned_total < total THEN 1 ELSE 0 END), 0),"
        + " COALESCE(SUM(CASE WHEN total > 0 THEN CAST(points_earned AS DECIMAL(38)) * (total - returned_total) DIV total ELSE 0 END), 0)"
        + " FROM invoice WHERE member_id = ? AND issued_at >= ?";
    // Always under the standing's lock, so in a transaction: on its connection, in one round trip with
    // the pending writes it must see (an invoice's own row among them).
    Object[] r = new Object[3];
    writes.query(sql, rs -> {
      r[0] = rs.getBigDecimal(1);
      r[1] = rs.getBigDecimal(2);
      r[2] = rs.getBigDecimal(3);
    }, memberId, UtcInstantConverter.toColumn(since));
    // Sums are DECIMALs: read exactly, and a window beyond a long's range is above every threshold, not below zero.
    return new LevelPolicy.Window(Sums.fromSql(r[0]), Sums.fromSql(r[1]), Sums.fromSql(r[2]));
  }

  /** With the transaction's other pending writes (the till's answer and its commit follow). */
  @Override
  public void save(long memberId, LevelPolicy.Standing standing, LevelPolicy.Window window, Instant now) {
    writes.add("UPDATE member_standing SET level_code = ?, downgrade_due_at = ?, turnover = ?, purchases = ?, window_points = ?, updated_at = ?"
            + " WHERE member_id = ?", standing.tierCode(), UtcInstantConverter.toColumn(standing.downgradeDueAt()), window.turnover(), window.purchases(),
        window.points(), UtcInstantConverter.toColumn(now), memberId);
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
