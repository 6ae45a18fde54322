package ir.bashgah.loyalty.infra;

import ir.bashgah.kernel.CallContext;
import ir.bashgah.kernel.TenantContext;
import ir.bashgah.kernel.persistence.PendingWrites;
import ir.bashgah.kernel.persistence.Statements;
import ir.bashgah.kernel.persistence.UtcInstantConverter;
import ir.bashgah.loyalty.domain.ledger.Asset;
import ir.bashgah.loyalty.domain.ledger.Balance;
import ir.bashgah.loyalty.domain.ledger.LedgerEntry;
import ir.bashgah.loyalty.domain.ledger.LedgerStore;
import ir.bashgah.loyalty.domain.ledger.Lot;
import ir.bashgah.loyalty.domain.ledger.LotDraw;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The ledger's rows in the tenant's schema, in plain SQL on the transaction's connection. A posting
 * locks a member's balances and lots, changes them and adds entries, lots and draws; those writes wait
 * in {@link PendingWrites} and go to the database together, before the transaction's next read and at
 * the latest before it commits (the till's invoice: one round trip for all of them). What the
 * transaction has locked it keeps, so a second look at a balance or lot answers the same object with
 * its changes. The screens' reads (entries, balances outside a posting) go through the persistence
 * context.
 */
@ApplicationScoped
public class SqlLedgerStore implements LedgerStore {
  private static final String LOT_COLUMNS = "id, member_id, asset, entry_id, original, remaining, pending, earned_at, available_at, expires_at";

  /** What the transaction has locked: its balances and lots, by key. */
  private static final class Locked {
    final Map<Long, Map<Asset, Balance>> balances = new HashMap<>();
    final Map<Long, Lot> lots = new HashMap<>();
  }

  private static final Object LOCKED = new Object();

  @Inject PendingWrites writes;
  @Inject EntityManager em;

  private Locked locked() {
    return writes.ofTransaction(LOCKED, Locked::new);
  }

  /**
   * Both of the member's balances are locked at once (one round trip; an invoice that earns points
   * and credit, or pays with credit, needs both), and opened at zero first for members from before
   * balances were opened with the member.
   */
  @Override
  public Balance lock(long memberId, Asset asset) {
    TenantContext.require();
    Locked locked = locked();
    Map<Asset, Balance> mine = locked.balances.get(memberId);
    if (mine == null || !mine.containsKey(asset)) {
      mine = lockBalances(memberId);
      if (!mine.containsKey(asset)) {
        // An upsert takes the row's exclusive lock whether it inserts or finds it, where INSERT IGNORE
        // would take a shared lock that two first movements at once could both hold and then deadlock upgrading.
        update("INSERT INTO balance (member_id, asset, available, pending, updated_at) VALUES (?, ?, 0, 0, ?) ON DUPLICATE KEY UPDATE updated_at = updated_at",
            memberId, asset.name(), UtcInstantConverter.toColumn(Instant.now()));
        mine = lockBalances(memberId);
      }
      locked.balances.put(memberId, mine);
    }
    return mine.get(asset);
  }

  /**
   * The member's balances, locked by the caller's own read (the standing's, {@link SqlStandings}):
   * kept as this transaction's unless it has them already. Only both rows count; a member whose rows
   * are not yet open has them opened by {@link #lock}.
   */
  void lockedWith(long memberId, Map<Asset, Balance> balances) {
    if (balances.size() == Asset.values().length) {
      locked().balances.putIfAbsent(memberId, balances);
    }
  }

  private Map<Asset, Balance> lockBalances(long memberId) {
    writes.send();
    Map<Asset, Balance> found = new EnumMap<>(Asset.class);
    query(LOCK_BALANCES, rs -> put(found, memberId, rs), memberId);
    return found;
  }

  /** The member's two balances, locked (one placeholder: the member). */
  static final String LOCK_BALANCES = "SELECT asset, available, pending, updated_at FROM balance WHERE member_id = ? FOR UPDATE";

  /** Puts the balance of a row of {@link #LOCK_BALANCES} into {@code found}. */
  static void put(Map<Asset, Balance> found, long memberId, ResultSet rs) throws SQLException {
    Asset asset = Asset.valueOf(rs.getString(1));
    found.put(asset, Balance.of(memberId, asset, rs.getLong(2), rs.getLong(3), instant(rs, 4)));
  }

  @Override
  public void open(long memberId, Instant now) {
    LocalDateTime at = UtcInstantConverter.toColumn(now);
    writes.add("INSERT IGNORE INTO balance (member_id, asset, available, pending, updated_at) VALUES (?, 'POINTS', 0, 0, ?), (?, 'CREDIT', 0, 0, ?)",
        memberId, at, memberId, at);
  }

  /**
   * A locking read: InnoDB's plain reads see the snapshot the transaction began with, which predates
   * the commit of whoever held the balance lock before us, so their draws would be lost.
   */
  @Override
  public List<Lot> openLots(long memberId, Asset asset) {
    return lots("SELECT " + LOT_COLUMNS + " FROM lot WHERE member_id = ? AND asset = ? AND remaining > 0 ORDER BY earned_at, id FOR UPDATE",
        memberId, asset.name());
  }

  @Override
  public Optional<Lot> lotOf(long entryId) {
    return lots("SELECT " + LOT_COLUMNS + " FROM lot WHERE entry_id = ? LIMIT 1 FOR UPDATE", entryId).stream().findFirst();
  }

  @Override
  public Lot lot(long lotId) {
    Lot known = locked().lots.get(lotId);
    if (known != null) {
      return known;
    }
    return lots("SELECT " + LOT_COLUMNS + " FROM lot WHERE id = ? FOR UPDATE", lotId).stream().findFirst().orElse(null);
  }

  private List<Lot> lots(String sql, Object... values) {
    writes.send();
    Map<Long, Lot> known = locked().lots;
    List<Lot> found = new ArrayList<>();
    query(sql, rs -> {
      long id = rs.getLong(1);
      // The transaction's own object when it has one: after the send above, the row holds what it holds.
      Lot lot = known.computeIfAbsent(id, k -> {
        try {
          return Lot.of(id, rs.getLong(2), Asset.valueOf(rs.getString(3)), rs.getLong(4), rs.getLong(5), rs.getLong(6), rs.getBoolean(7), instant(rs, 8),
              instant(rs, 9), instant(rs, 10));
        } catch (SQLException e) {
          throw new Statements.Failed(e);
        }
      });
      found.add(lot);
    }, values);
    return found;
  }

  @Override
  public long expiredFrom(long lotId) {
    writes.send();
    long[] sum = {0};
    query("SELECT COALESCE(SUM(d.amount), 0) FROM lot_draw d JOIN ledger_entry e ON e.id = d.entry_id WHERE d.lot_id = ? AND e.kind = 'EXPIRE'",
        rs -> sum[0] = rs.getLong(1), lotId);
    return sum[0];
  }

  @Override
  public List<LotDraw> drawsOf(long entryId) {
    writes.send();
    List<LotDraw> draws = new ArrayList<>();
    query("SELECT entry_id, lot_id, amount FROM lot_draw WHERE entry_id = ?", rs -> draws.add(LotDraw.of(rs.getLong(1), rs.getLong(2), rs.getLong(3))),
        entryId);
    return draws;
  }

  @Override
  public void changed(Balance b) {
    writes.add("UPDATE balance SET available = ?, pending = ?, updated_at = ? WHERE member_id = ? AND asset = ?", b.available(), b.pending(),
        UtcInstantConverter.toColumn(b.updatedAt()), b.memberId(), b.asset().name());
  }

  @Override
  public void changed(Lot lot) {
    writes.add("UPDATE lot SET remaining = ?, pending = ? WHERE id = ?", lot.remaining(), lot.isPending(), lot.id());
  }

  /**
   * The entry carries the branch of whoever makes it (a till, a branch's staff), so the dashboard can
   * show a branch its own movements; the domain need not pass it through every posting.
   */
  @Override
  public void add(LedgerEntry e) {
    e.madeAtBranch(CallContext.actor().branch());
    writes.add("INSERT INTO ledger_entry (id, member_id, asset, bucket, amount, kind, source_type, source_id, reason, balance_after, occurred_at, actor,"
            + " branch_code) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        e.id(), e.memberId(), e.asset().name(), e.bucket().name(), e.amount(), e.kind().name(), e.sourceType(), e.sourceId(), e.reason(), e.balanceAfter(),
        UtcInstantConverter.toColumn(e.occurredAt()), e.actor(), e.branchCode());
  }

  @Override
  public void add(Lot l) {
    locked().lots.put(l.id(), l);
    writes.add("INSERT INTO lot (" + LOT_COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", l.id(), l.memberId(), l.asset().name(), l.entryId(),
        l.original(), l.remaining(), l.isPending(), UtcInstantConverter.toColumn(l.earnedAt()), UtcInstantConverter.toColumn(l.availableAt()),
        UtcInstantConverter.toColumn(l.expiresAt()));
  }

  @Override
  public void add(LotDraw d) {
    writes.add("INSERT INTO lot_draw (entry_id, lot_id, amount) VALUES (?, ?, ?)", d.entryId(), d.lotId(), d.amount());
  }

  @Override
  public LedgerEntry entry(long entryId) {
    return em.find(LedgerEntry.class, entryId);
  }

  /**
   * Both balances of a member, without locking (a read may be a moment old); within a posting that
   * has locked them, the figures it has just written, without asking the database again.
   */
  @Override
  public Map<Asset, Balance> balancesOf(long memberId) {
    if (writes.inTransaction()) {
      Map<Asset, Balance> mine = locked().balances.get(memberId);
      if (mine != null && mine.size() == Asset.values().length) {
        return new EnumMap<>(mine);
      }
    }
    Map<Asset, Balance> result = new EnumMap<>(Asset.class);
    em.createQuery("SELECT b FROM Balance b WHERE b.memberId = :m", Balance.class).setParameter("m", memberId).getResultList()
        .forEach(b -> result.put(b.asset(), b));
    return result;
  }

  @Override
  public List<LedgerEntry> entriesOf(long memberId, int page, int size) {
    return em.createQuery("SELECT e FROM LedgerEntry e WHERE e.memberId = :m ORDER BY e.occurredAt DESC, e.id DESC", LedgerEntry.class)
        .setParameter("m", memberId).setFirstResult(page * size).setMaxResults(size).getResultList();
  }

  @Override
  public long countEntriesOf(long memberId) {
    return em.createQuery("SELECT COUNT(e) FROM LedgerEntry e WHERE e.memberId = :m", Long.class).setParameter("m", memberId).getSingleResult();
  }

  @Override
  public List<Due> dueToSettle(Instant now, int limit) {
    List<?> rows = em.createNativeQuery("SELECT DISTINCT member_id, asset FROM lot WHERE remaining > 0"
            + " AND ((pending AND available_at <= ?) OR expires_at <= ?) LIMIT " + limit)
        .setParameter(1, UtcInstantConverter.toColumn(now)).setParameter(2, UtcInstantConverter.toColumn(now)).getResultList();
    return rows.stream().map(row -> (Object[]) row).map(r -> new Due(((Number) r[0]).longValue(), Asset.valueOf((String) r[1]))).toList();
  }

  private void query(String sql, Statements.RowReader reader, Object... values) {
    Statements.query(writes.connection(), sql, reader, values);
  }

  private void update(String sql, Object... values) {
    Statements.update(writes.connection(), sql, values);
  }

  private static Instant instant(ResultSet rs, int column) throws SQLException {
    return UtcInstantConverter.fromColumn(rs.getObject(column, LocalDateTime.class));
  }
}
