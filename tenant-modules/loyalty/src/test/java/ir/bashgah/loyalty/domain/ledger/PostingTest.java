package ir.bashgah.loyalty.domain.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ir.bashgah.kernel.problem.Problem;
import ir.bashgah.kernel.problem.ProblemType;
import java.lang.reflect.Constructor;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.Test;

class PostingTest {
  /** An in-memory store: the posting rules only, no database. */
  static final class MemoryStore implements LedgerStore {
    final Balance balance;
    final List<LedgerEntry> entries = new ArrayList<>();
    final List<Lot> lots = new ArrayList<>();
    final List<LotDraw> draws = new ArrayList<>();

    MemoryStore(Asset asset) throws Exception {
      Constructor<Balance> c = Balance.class.getDeclaredConstructor();
      c.setAccessible(true);
      balance = c.newInstance();
      var f = Balance.class.getDeclaredField("asset");
      f.setAccessible(true);
      f.set(balance, asset);
    }

    @Override
    public Balance lock(long memberId, Asset asset) {
      return balance;
    }

    @Override
    public List<Lot> openLots(long memberId, Asset asset) {
      return lots.stream().filter(l -> l.remaining() > 0).sorted(Comparator.comparing(Lot::id)).toList();
    }

    @Override
    public List<LotDraw> drawsOf(long entryId) {
      return draws.stream().filter(d -> {
        try {
          var f = LotDraw.class.getDeclaredField("entryId");
          f.setAccessible(true);
          return f.getLong(d) == entryId;
        } catch (ReflectiveOperationException e) {
          throw new IllegalStateException(e);
        }
      }).toList();
    }

    @Override
    public Lot lot(long lotId) {
      return lots.stream().filter(l -> l.id() == lotId).findFirst().orElseThrow();
    }

    @Override
    public void add(LedgerEntry entry) {
      entries.add(entry);
    }

    @Override
    public void add(Lot lot) {
      lots.add(lot);
    }

    @Override
    public void add(LotDraw draw) {
      draws.add(draw);
    }
  }

  private final Posting.Source source = new Posting.Source(EntryKind.ADJUST, "manual", null, "test", "tester");
  private final Instant now = Instant.parse("2026-11-23T10:00:00Z");

  @Test
  void spendingDrawsTheOldestLotsFirstAndRecordsEachDraw() throws Exception {
    MemoryStore store = new MemoryStore(Asset.POINTS);
    Posting.receive(store, store.balance, 1, 100, source, now, null);
    Posting.receive(store, store.balance, 1, 200, source, now.plusSeconds(1), null);
    LedgerEntry spent = Posting.spend(store, store.balance, 1, 150, source, now.plusSeconds(2));

    assertThat(store.balance.available()).isEqualTo(150);
    assertThat(spent.amount()).isEqualTo(-150);
    assertThat(spent.balanceAfter()).isEqualTo(150);
    assertThat(store.lots).extracting(Lot::remaining).containsExactly(0L, 150L);
    assertThat(store.draws).hasSize(2);
    long ledgerSum = store.entries.stream().mapToLong(LedgerEntry::amount).sum();
    assertThat(ledgerSum).isEqualTo(store.balance.available());
  }

  @Test
  void aReversedSpendGoesBackIntoTheLotsItCameFrom() throws Exception {
    MemoryStore store = new MemoryStore(Asset.CREDIT);
    Posting.receive(store, store.balance, 1, 1_000, source, now, null);
    Posting.receive(store, store.balance, 1, 2_000, source, now, null);
    LedgerEntry spent = Posting.spend(store, store.balance, 1, 1_500, source, now);
    Posting.reverse(store, store.balance, 1, spent, source, now);
    assertThat(store.balance.available()).isEqualTo(3_000);
    assertThat(store.lots).extracting(Lot::remaining).containsExactly(1_000L, 2_000L);
    assertThat(store.entries.stream().mapToLong(LedgerEntry::amount).sum()).isEqualTo(3_000);
  }

  @Test
  void spendingMoreThanTheBalanceIsRefusedAndChangesNothing() throws Exception {
    MemoryStore store = new MemoryStore(Asset.CREDIT);
    Posting.receive(store, store.balance, 1, 50_000, source, now, null);
    assertThatThrownBy(() -> Posting.spend(store, store.balance, 1, 50_001, source, now))
        .isInstanceOf(Problem.class)
        .satisfies(e -> assertThat(((Problem) e).type()).isEqualTo(ProblemType.INSUFFICIENT_CREDIT));
    assertThat(store.balance.available()).isEqualTo(50_000);
    assertThat(store.entries).hasSize(1);
    assertThat(store.lots.get(0).remaining()).isEqualTo(50_000);
  }
}
