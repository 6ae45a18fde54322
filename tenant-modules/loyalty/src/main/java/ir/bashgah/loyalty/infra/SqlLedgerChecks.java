package ir.bashgah.loyalty.infra;

import ir.bashgah.kernel.Ids;
import ir.bashgah.kernel.persistence.UtcInstantConverter;
import ir.bashgah.loyalty.domain.ledger.LedgerChecks;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The ledger's invariants, checked in SQL over the whole tenant: every balance equals the sum of its
 * entries (per bucket), every entry has its balance, the spendable and pending lots hold exactly the
 * balance (a debt is held by no lot), and every lot's original less its draws is what remains.
 */
@ApplicationScoped
public class SqlLedgerChecks implements LedgerChecks {
  private static final Jsonb JSON = JsonbBuilder.create();



  private static final int KEPT = 200;

  @Inject EntityManager em;

  @Override
  public List<Difference> differences() {
    List<Difference> found = new ArrayList<>();
    rows(found, "entries", "SELECT b.member_id, b.asset, NULL, COALESCE(e.a, 0), b.available, COALESCE(e.p, 0), b.pending FROM balance b LEFT JOIN"
        + " (SELECT member_id, asset, SUM(CASE WHEN bucket = 'AVAILABLE' THEN amount ELSE 0 END) a, SUM(CASE WHEN bucket = 'PENDING' THEN amount ELSE 0 END) p"
        + " FROM ledger_entry GROUP BY member_id, asset) e ON e.member_id = b.member_id AND e.asset = b.asset"
        + " WHERE b.available <> COALESCE(e.a, 0) OR b.pending <> COALESCE(e.p, 0)");
    rows(found, "entries-without-balance", "SELECT e.member_id, e.asset, NULL, SUM(e.amount), 0, 0, 0 FROM ledger_entry e LEFT JOIN balance b"
        + " ON b.member_id = e.member_id AND b.asset = e.asset WHERE b.member_id IS NULL GROUP BY e.member_id, e.asset");
    rows(found, "lots", "SELECT b.member_id, b.asset, NULL, GREATEST(b.available, 0), COALESCE(l.a, 0), b.pending, COALESCE(l.p, 0) FROM balance b LEFT JOIN"
        + " (SELECT member_id, asset, SUM(CASE WHEN pending THEN 0 ELSE remaining END) a, SUM(CASE WHEN pending THEN remaining ELSE 0 END) p"
        + " FROM lot GROUP BY member_id, asset) l ON l.member_id = b.member_id AND l.asset = b.asset"
        + " WHERE GREATEST(b.available, 0) <> COALESCE(l.a, 0) OR b.pending <> COALESCE(l.p, 0)");
    rows(found, "lot-draws", "SELECT l.member_id, l.asset, l.id, l.original - COALESCE(d.s, 0), l.remaining, 0, 0 FROM lot l LEFT JOIN"
        + " (SELECT lot_id, SUM(amount) s FROM lot_draw GROUP BY lot_id) d ON d.lot_id = l.id WHERE l.original - COALESCE(d.s, 0) <> l.remaining");
    return found;
  }

  @Override
  public long balanceCount() {
    return ((Number) em.createNativeQuery("SELECT COUNT(*) FROM balance").getSingleResult()).longValue();
  }

  @Override
  public Report save(Instant startedAt, Instant finishedAt, long balances, List<Difference> differences) {
    String id = Long.toString(Ids.next());
    List<Difference> kept = differences.size() > KEPT ? differences.subList(0, KEPT) : differences;
    em.createNativeQuery("INSERT INTO ledger_check (id, started_at, finished_at, balances, differences, detail) VALUES (?, ?, ?, ?, ?, ?)")
        .setParameter(1, Long.parseLong(id)).setParameter(2, UtcInstantConverter.toColumn(startedAt)).setParameter(3, UtcInstantConverter.toColumn(finishedAt))
        .setParameter(4, balances).setParameter(5, differences.size()).setParameter(6, JSON.toJson(kept)).executeUpdate();
    return new Report(id, startedAt, finishedAt, balances, differences.size(), List.copyOf(kept));
  }

  @Override
  public Optional<Report> latest() {
    List<?> rows = em.createNativeQuery("SELECT id, started_at, finished_at, balances, differences, detail FROM ledger_check ORDER BY started_at DESC, id DESC LIMIT 1")
        .getResultList();
    if (rows.isEmpty()) {
      return Optional.empty();
    }
    Object[] r = (Object[]) rows.get(0);
    List<Difference> detail = r[5] == null ? List.of()
        : List.of(JSON.fromJson((String) r[5], Difference[].class));
    return Optional.of(new Report(String.valueOf(r[0]), UtcInstantConverter.fromColumn(r[1]), UtcInstantConverter.fromColumn(r[2]),
        ((Number) r[3]).longValue(), ((Number) r[4]).longValue(), detail));
  }

  /**
   * Each row: member, asset, the lot (or NULL when the invariant is the balance's), then (expected,
   * found) pairs; every pair that differs is a difference.
   */
  private void rows(List<Difference> found, String check, String sql) {
    for (Object row : em.createNativeQuery(sql).getResultList()) {
      Object[] r = (Object[]) row;
      long member = ((Number) r[0]).longValue();
      String asset = (String) r[1];
      Long lot = r[2] == null ? null : ((Number) r[2]).longValue();
      for (int i = 3; i + 1 < r.length; i += 2) {
        long expected = ((Number) r[i]).longValue();
        long actual = ((Number) r[i + 1]).longValue();
        if (expected != actual) {
          found.add(new Difference(check + (i == 3 ? "" : ":pending"), member, asset, lot, expected, actual));
        }
      }
    }
  }
}
