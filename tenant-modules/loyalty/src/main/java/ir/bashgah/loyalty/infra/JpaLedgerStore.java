package ir.bashgah.loyalty.infra;

import ir.bashgah.kernel.CallContext;
import ir.bashgah.kernel.TenantContext;
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
import jakarta.persistence.LockModeType;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The ledger's rows in the tenant's schema, and the reads of the balance and ledger screens. */
@ApplicationScoped
public class JpaLedgerStore implements LedgerStore {
  @Inject EntityManager em;

  @Override
  public Balance lock(long memberId, Asset asset) {
    TenantContext.require();
    Balance.Key key = new Balance.Key(memberId, asset);
    Balance balance = em.find(Balance.class, key, LockModeType.PESSIMISTIC_WRITE);
    if (balance == null) {
      // Rows are opened with the member (open); this is for members from before that. An upsert takes
      // the row's exclusive lock whether it inserts or finds it, where INSERT IGNORE would take a shared
      // lock that two first movements at once could both hold and then deadlock upgrading.
      em.createNativeQuery("INSERT INTO balance (member_id, asset, available, pending, updated_at) VALUES (?, ?, 0, 0, ?)"
              + " ON DUPLICATE KEY UPDATE updated_at = updated_at")
          .setParameter(1, memberId)
          .setParameter(2, asset.name())
          .setParameter(3, UtcInstantConverter.toColumn(Instant.now()))
          .executeUpdate();
      balance = em.find(Balance.class, key, LockModeType.PESSIMISTIC_WRITE);
    }
    return balance;
  }

  @Override
  public void open(long memberId, Instant now) {
    em.createNativeQuery("INSERT IGNORE INTO balance (member_id, asset, available, pending, updated_at) VALUES (?, 'POINTS', 0, 0, ?), (?, 'CREDIT', 0, 0, ?)")
        .setParameter(1, memberId).setParameter(2, UtcInstantConverter.toColumn(now)).setParameter(3, memberId).setParameter(4, UtcInstantConverter.toColumn(now))
        .executeUpdate();
  }

  /**
   * A locking read: InnoDB's plain reads see the snapshot the transaction began with, which predates
   * the commit of whoever held the balance lock before us, so their draws would be lost.
   */
  @Override
  public List<Lot> openLots(long memberId, Asset asset) {
    return em.createQuery("SELECT l FROM Lot l WHERE l.memberId = :m AND l.asset = :a AND l.remaining > 0 ORDER BY l.earnedAt, l.id", Lot.class)
        .setParameter("m", memberId)
        .setParameter("a", asset)
        .setLockMode(LockModeType.PESSIMISTIC_WRITE)
        .getResultList();
  }

  @Override
  public Optional<Lot> lotOf(long entryId) {
    return em.createQuery("SELECT l FROM Lot l WHERE l.entryId = :e", Lot.class).setParameter("e", entryId)
        .setLockMode(LockModeType.PESSIMISTIC_WRITE).getResultStream().findFirst();
  }

  @Override
  public long expiredFrom(long lotId) {
    Object sum = em.createNativeQuery("SELECT COALESCE(SUM(d.amount), 0) FROM lot_draw d JOIN ledger_entry e ON e.id = d.entry_id WHERE d.lot_id = ? AND e.kind = 'EXPIRE'")
        .setParameter(1, lotId).getSingleResult();
    return ((Number) sum).longValue();
  }

  @Override
  public List<LotDraw> drawsOf(long entryId) {
    return em.createQuery("SELECT d FROM LotDraw d WHERE d.entryId = :e", LotDraw.class).setParameter("e", entryId).getResultList();
  }

  @Override
  public Lot lot(long lotId) {
    return em.find(Lot.class, lotId, LockModeType.PESSIMISTIC_WRITE);
  }

  @Override
  public LedgerEntry entry(long entryId) {
    return em.find(LedgerEntry.class, entryId);
  }

  /**
   * The entry carries the branch of whoever makes it (a till, a branch's staff), so the dashboard can
   * show a branch its own movements; the domain need not pass it through every posting.
   */
  @Override
  public void add(LedgerEntry entry) {
    entry.madeAtBranch(CallContext.actor().branch());
    em.persist(entry);
  }

  @Override
  public void add(Lot lot) {
    em.persist(lot);
  }

  @Override
  public void add(LotDraw draw) {
    em.persist(draw);
  }

  /** Both balances of a member, without locking (a read may be a moment old). */
  @Override
  public Map<Asset, Balance> balancesOf(long memberId) {
    Map<Asset, Balance> result = new java.util.EnumMap<>(Asset.class);
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
}
