package ir.bashgah.loyalty.domain.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ir.bashgah.kernel.problem.Problem;
import ir.bashgah.kernel.problem.ProblemType;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class PostingTest {
  private final MemoryLedger store = new MemoryLedger();
  private final Posting.Source source = new Posting.Source(EntryKind.ADJUST, "manual", null, "test", "tester");
  private final Instant now = Instant.parse("2026-11-23T10:00:00Z");

  @AfterEach
  void everyInvariantHolds() {
    store.assertConsistent();
  }

  private Balance points() {
    return store.balance(1, Asset.POINTS);
  }

  private LedgerEntry receive(long amount, Instant at, Instant availableAt, Instant expiresAt) {
    return Posting.receive(store, points(), 1, amount, source, at, new Posting.Receipt(at, availableAt, expiresAt));
  }

  @Test
  void spendingDrawsTheOldestLotsFirstAndRecordsEachDraw() {
    receive(100, now, now, null);
    receive(200, now.plusSeconds(1), now.plusSeconds(1), null);
    LedgerEntry spent = Posting.spend(store, points(), 1, 150, source, now.plusSeconds(2));

    assertThat(points().available()).isEqualTo(150);
    assertThat(spent.amount()).isEqualTo(-150);
    assertThat(spent.balanceAfter()).isEqualTo(150);
    assertThat(store.lots).extracting(Lot::remaining).containsExactly(0L, 150L);
    assertThat(store.draws).hasSize(2);
  }

  @Test
  void aReversedSpendGoesBackIntoTheLotsItCameFrom() {
    receive(1_000, now, now, null);
    receive(2_000, now, now, null);
    LedgerEntry spent = Posting.spend(store, points(), 1, 1_500, source, now);
    Posting.reverse(store, points(), 1, spent, source, now);
    assertThat(points().available()).isEqualTo(3_000);
    assertThat(store.lots).extracting(Lot::remaining).containsExactly(1_000L, 2_000L);
  }

  @Test
  void spendingMoreThanTheBalanceIsRefused() {
    receive(50_000, now, now, null);
    assertThatThrownBy(() -> Posting.spend(store, points(), 1, 50_001, source, now))
        .isInstanceOf(Problem.class)
        .satisfies(e -> assertThat(((Problem) e).type()).isEqualTo(ProblemType.INSUFFICIENT_CREDIT));
    assertThat(points().available()).isEqualTo(50_000);
    assertThat(store.entries).hasSize(1);
  }

  @Test
  void pendingEarningsCannotBeSpentUntilTheirWindowPassesThenAreReleasedFirst() {
    Instant week = now.plus(Duration.ofDays(7));
    receive(400, now, week, null);
    assertThat(points().available()).isZero();
    assertThat(points().pending()).isEqualTo(400);
    assertThatThrownBy(() -> Posting.spend(store, points(), 1, 1, source, now.plus(Duration.ofDays(6))))
        .satisfies(e -> assertThat(((Problem) e).type()).isEqualTo(ProblemType.INSUFFICIENT_CREDIT));

    Posting.spend(store, points(), 1, 100, source, week);
    assertThat(points().available()).isEqualTo(300);
    assertThat(points().pending()).isZero();
    assertThat(store.entries).extracting(LedgerEntry::kind).containsExactly(EntryKind.ADJUST, EntryKind.RELEASE, EntryKind.RELEASE, EntryKind.ADJUST);
  }

  @Test
  void lotsExpireOldestFirstAndWhatExpiredIsNeverSpent() {
    Instant month = now.plus(Duration.ofDays(30));
    receive(100, now, now, month);
    receive(50, now.plusSeconds(60), now.plusSeconds(60), month.plus(Duration.ofDays(30)));
    assertThatThrownBy(() -> Posting.spend(store, points(), 1, 120, source, month))
        .satisfies(e -> assertThat(((Problem) e).detail()).contains("50 points available"));
    // The refused spend did expire the first lot: that is the ledger's truth at that moment.
    assertThat(points().available()).isEqualTo(50);
    assertThat(store.entries).filteredOn(e -> e.kind() == EntryKind.EXPIRE).extracting(LedgerEntry::amount).containsExactly(-100L);
    Posting.spend(store, points(), 1, 50, source, month);
    assertThat(points().available()).isZero();
  }

  @Test
  void aReturnTakesFromTheSalesOwnPendingLotFirst() {
    receive(300, now, now, null);
    LedgerEntry sale = receive(400, now, now.plus(Duration.ofDays(7)), null);
    Posting.TakenBack taken = Posting.takeBack(store, points(), 1, store.lotOf(sale.id()), 100, 0, false, source, now.plusSeconds(5));
    assertThat(taken.fromOwnLot()).isEqualTo(100);
    assertThat(points().pending()).isEqualTo(300);
    assertThat(points().available()).isEqualTo(300);
  }

  @Test
  void whatOfTheSalesLotExpiredIsForgivenAndWhatWasSpentIsTakenFromOtherLots() {
    Instant expiry = now.plus(Duration.ofDays(30));
    LedgerEntry sale = receive(400, now, now, expiry);
    Posting.spend(store, points(), 1, 100, source, now.plusSeconds(1));
    receive(500, now.plus(Duration.ofDays(10)), now.plus(Duration.ofDays(10)), null);

    // 100 of the sale's 400 were spent, 300 expired; returning everything is due 400.
    Posting.TakenBack taken = Posting.takeBack(store, points(), 1, store.lotOf(sale.id()), 400, 0, false, source, expiry.plusSeconds(1));
    assertThat(taken.fromOwnLot()).isZero();
    assertThat(taken.forgiven()).isEqualTo(300);
    assertThat(taken.elsewhere()).isEqualTo(100);
    assertThat(points().available()).isEqualTo(400);
  }

  @Test
  void aReturnNeverGoesBelowZeroUnlessAllowedAndADebtIsRepaidFirst() {
    LedgerEntry sale = receive(400, now, now, null);
    Posting.spend(store, points(), 1, 400, source, now);
    Posting.TakenBack refused = Posting.takeBack(store, points(), 1, store.lotOf(sale.id()), 200, 0, false, source, now);
    assertThat(refused.taken()).isZero();
    assertThat(points().available()).isZero();

    Posting.TakenBack overdrawn = Posting.takeBack(store, points(), 1, store.lotOf(sale.id()), 200, 0, true, source, now);
    assertThat(overdrawn.elsewhere()).isEqualTo(200);
    assertThat(points().available()).isEqualTo(-200);

    receive(250, now.plusSeconds(10), now.plusSeconds(10), null);
    assertThat(points().available()).isEqualTo(50);
    assertThat(store.lots.get(store.lots.size() - 1).remaining()).isEqualTo(50);
  }

  @Test
  void aTransferKeepsTheAgeAndExpiryOfWhatMoves() {
    Instant expiry = now.plus(Duration.ofDays(90));
    receive(100, now, now, expiry);
    receive(100, now.plusSeconds(60), now.plusSeconds(60), null);
    Balance to = store.balance(2, Asset.POINTS);
    Posting.transfer(store, points(), to, 150, source, source, now.plus(Duration.ofDays(1)));

    assertThat(points().available()).isEqualTo(50);
    assertThat(to.available()).isEqualTo(150);
    var received = store.openLots(2, Asset.POINTS);
    assertThat(received).extracting(Lot::remaining).containsExactly(100L, 50L);
    assertThat(received).extracting(Lot::expiresAt).containsExactly(expiry, null);
    assertThat(received.get(0).earnedAt()).isEqualTo(now);
  }

  @Test
  void anOwnLotThatIsGoneEntirelyLeavesTheRestToOtherLots() {
    receive(100, now, now, null);
    Posting.TakenBack taken = Posting.takeBack(store, points(), 1, Optional.empty(), 40, 0, false, source, now);
    assertThat(taken.elsewhere()).isEqualTo(40);
    assertThat(points().available()).isEqualTo(60);
  }

  @Test
  void aBalanceIsNeverTakenBeyondItsMaximumAndARefusalChangesNothing() {
    long max = ir.bashgah.kernel.money.Limits.MAX_BALANCE;
    receive(max - 10, now, now.plusSeconds(3_600), null);
    receive(10, now, now, null);
    assertThat(points().available() + points().pending()).isEqualTo(max);
    int entries = store.entries.size();
    assertThatThrownBy(() -> receive(1, now, now, null))
        .isInstanceOf(Problem.class)
        .satisfies(e -> {
          assertThat(((Problem) e).type()).isEqualTo(ProblemType.VALIDATION_FAILED);
          assertThat(((Problem) e).errors()).extracting(ir.bashgah.kernel.problem.FieldError::field).containsExactly("amount");
        });
    assertThatThrownBy(() -> receive(Long.MAX_VALUE, now, now, null)).isInstanceOf(Problem.class);
    assertThat(points().available()).isEqualTo(10);
    assertThat(store.entries).hasSize(entries);
  }

  @Test
  void aTransferIsRefusedWhenTheReceiverIsFullBeforeAnythingLeavesTheGiver() {
    long max = ir.bashgah.kernel.money.Limits.MAX_BALANCE;
    receive(100, now, now, null);
    Balance to = store.balance(2, Asset.POINTS);
    Posting.receive(store, to, 2, max - 50, source, now, new Posting.Receipt(now, now, null));
    Posting.Source transfer = new Posting.Source(EntryKind.TRANSFER, "transfer", "t", "gift", "tester");
    assertThatThrownBy(() -> Posting.transfer(store, points(), to, 51, transfer, transfer, now)).isInstanceOf(Problem.class);
    assertThat(points().available()).isEqualTo(100);
    Posting.transfer(store, points(), to, 50, transfer, transfer, now);
    assertThat(to.available()).isEqualTo(max);
  }
}
