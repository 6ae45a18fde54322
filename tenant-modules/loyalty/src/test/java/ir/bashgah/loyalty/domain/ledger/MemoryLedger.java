package ir.bashgah.loyalty.domain.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The ledger's rows in memory, for the posting rules alone; checks the invariants the nightly check checks in SQL. */
final class MemoryLedger implements LedgerStore {
  final Map<Long, Map<Asset, Balance>> balances = new java.util.HashMap<>();
  final List<LedgerEntry> entries = new ArrayList<>();
  final List<Lot> lots = new ArrayList<>();
  final List<LotDraw> draws = new ArrayList<>();
  /** What a database would hold of each balance and lot: only what the posting reported (changed, add). */
  final Map<Object, List<Long>> rows = new java.util.IdentityHashMap<>();

  @Override
  public Balance lock(long memberId, Asset asset) {
    return balances.computeIfAbsent(memberId, m -> new EnumMap<>(Asset.class)).computeIfAbsent(asset, a -> newBalance(memberId, a));
  }

  @Override
  public List<Lot> openLots(long memberId, Asset asset) {
    return lots.stream().filter(l -> owner(l) == memberId && assetOf(l) == asset && l.remaining() > 0)
        .sorted(Comparator.comparing(Lot::earnedAt).thenComparing(Lot::id)).toList();
  }

  @Override
  public List<LotDraw> drawsOf(long entryId) {
    return draws.stream().filter(d -> (long) get(d, "entryId") == entryId).toList();
  }

  @Override
  public Lot lot(long lotId) {
    return lots.stream().filter(l -> l.id() == lotId).findFirst().orElseThrow();
  }

  @Override
  public Optional<Lot> lotOf(long entryId) {
    return lots.stream().filter(l -> l.entryId() == entryId).findFirst();
  }

  @Override
  public long expiredFrom(long lotId) {
    return draws.stream().filter(d -> d.lotId() == lotId)
        .filter(d -> entries.stream().anyMatch(e -> e.id() == (long) get(d, "entryId") && e.kind() == EntryKind.EXPIRE)).mapToLong(LotDraw::amount).sum();
  }

  @Override
  public void changed(Balance balance) {
    rows.put(balance, List.of(balance.available(), balance.pending()));
  }

  @Override
  public void changed(Lot lot) {
    rows.put(lot, List.of(lot.remaining(), lot.isPending() ? 1L : 0L));
  }

  @Override
  public void add(LedgerEntry entry) {
    entries.add(entry);
  }

  @Override
  public void add(Lot lot) {
    lots.add(lot);
    changed(lot);
  }

  @Override
  public void add(LotDraw draw) {
    draws.add(draw);
  }

  Balance balance(long memberId, Asset asset) {
    return lock(memberId, asset);
  }

  /** Every invariant of LedgerChecks, for every balance and lot in memory. */
  void assertConsistent() {
    // Every change the rules made was reported to the store, or a database would not have it.
    balances.values().forEach(byAsset -> byAsset.values().forEach(b -> assertThat(rows.getOrDefault(b, List.of(0L, 0L)))
        .as("stored figures of balance %s %s", b.memberId(), b.asset()).containsExactly(b.available(), b.pending())));
    lots.forEach(l -> assertThat(rows.get(l)).as("stored lot %s", l.id()).containsExactly(l.remaining(), l.isPending() ? 1L : 0L));
    balances.forEach((member, byAsset) -> byAsset.forEach((asset, b) -> {
      for (Bucket bucket : Bucket.values()) {
        long sum = entries.stream().filter(e -> e.memberId() == member && e.asset() == asset && e.bucket() == bucket).mapToLong(LedgerEntry::amount).sum();
        assertThat(sum).as("entries of %s %s %s", member, asset, bucket).isEqualTo(b.of(bucket));
      }
      long spendable = lots.stream().filter(l -> owner(l) == member && assetOf(l) == asset && !l.isPending()).mapToLong(Lot::remaining).sum();
      long pending = lots.stream().filter(l -> owner(l) == member && assetOf(l) == asset && l.isPending()).mapToLong(Lot::remaining).sum();
      assertThat(spendable).as("lots of %s %s", member, asset).isEqualTo(Math.max(0, b.available()));
      assertThat(pending).as("pending lots of %s %s", member, asset).isEqualTo(b.pending());
    }));
    for (Lot lot : lots) {
      long drawn = draws.stream().filter(d -> d.lotId() == lot.id()).mapToLong(LotDraw::amount).sum();
      assertThat(lot.original() - drawn).as("lot %s", lot.id()).isEqualTo(lot.remaining());
    }
  }

  static long owner(Lot lot) {
    return (long) get(lot, "memberId");
  }

  static Asset assetOf(Lot lot) {
    return (Asset) get(lot, "asset");
  }

  private static Balance newBalance(long memberId, Asset asset) {
    try {
      Constructor<Balance> c = Balance.class.getDeclaredConstructor();
      c.setAccessible(true);
      Balance b = c.newInstance();
      set(b, "memberId", memberId);
      set(b, "asset", asset);
      return b;
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException(e);
    }
  }

  private static Object get(Object o, String field) {
    try {
      Field f = o.getClass().getDeclaredField(field);
      f.setAccessible(true);
      return f.get(o);
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException(e);
    }
  }

  private static void set(Object o, String field, Object value) throws ReflectiveOperationException {
    Field f = o.getClass().getDeclaredField(field);
    f.setAccessible(true);
    f.set(o, value);
  }

  // The reads and openings the posting rules do not use.

  @Override
  public void open(long memberId, java.time.Instant now) {
    lock(memberId, Asset.POINTS);
    lock(memberId, Asset.CREDIT);
  }

  @Override
  public LedgerEntry entry(long entryId) {
    throw new UnsupportedOperationException();
  }

  @Override
  public java.util.Map<Asset, Balance> balancesOf(long memberId) {
    return balances.getOrDefault(memberId, new EnumMap<>(Asset.class));
  }

  @Override
  public List<LedgerEntry> entriesOf(long memberId, int page, int size) {
    throw new UnsupportedOperationException();
  }

  @Override
  public long countEntriesOf(long memberId) {
    throw new UnsupportedOperationException();
  }

  @Override
  public List<Due> dueToSettle(java.time.Instant now, int limit) {
    throw new UnsupportedOperationException();
  }
}
