package ir.bashgah.loyalty.domain.ledger;

import ir.bashgah.kernel.money.Limits;
import ir.bashgah.kernel.problem.Problem;
import ir.bashgah.kernel.problem.ProblemType;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * How a balance changes. An amount comes in as a new lot (pending while its return window runs); it
 * goes out drawn from the oldest spendable lots first, each draw recorded, after lots whose time has
 * come are released or expired. Every change is an entry in one bucket with that bucket's balance
 * after it, written in the transaction that holds the balance's row lock.
 */
public final class Posting {
  /** Where an entry comes from and why, as the ledger screen and the audit show it. */
  public record Source(EntryKind kind, String type, String id, String reason, String actor) {}

  /** When a received amount counts as earned (its age for oldest-first), may be spent, and expires (null: never). */
  public record Receipt(Instant earnedAt, Instant availableAt, Instant expiresAt) {}

  /** What a return took back: from the sale's own lot, forgiven because it had expired, from other lots. */
  public record TakenBack(long fromOwnLot, long forgiven, long elsewhere) {
    public long taken() {
      return fromOwnLot + elsewhere;
    }
  }

  static final String SYSTEM = "system";

  private Posting() {}

  public static LedgerEntry receive(LedgerStore store, Balance balance, long memberId, long amount, Source source, Instant now, Receipt receipt) {
    if (amount <= 0) {
      throw new IllegalArgumentException("an amount received must be positive: " + amount);
    }
    requireRoom(balance, amount, source);
    Bucket bucket = receipt.availableAt().isAfter(now) ? Bucket.PENDING : Bucket.AVAILABLE;
    // A member in debt (a return the club allowed below zero) pays it back first out of what comes in.
    long repaid = bucket == Bucket.AVAILABLE && balance.available() < 0 ? Math.min(amount, -balance.available()) : 0;
    LedgerEntry entry = post(store, balance, memberId, bucket, amount, source, now);
    Lot lot = new Lot(entry, memberId, amount - repaid, receipt);
    store.add(lot);
    if (repaid > 0) {
      store.add(new LotDraw(entry.id(), lot.id(), repaid));
    }
    return entry;
  }

  /** Takes {@code amount} out, oldest lots first; refuses (422 insufficient-credit) what is not there. */
  public static LedgerEntry spend(LedgerStore store, Balance balance, long memberId, long amount, Source source, Instant now) {
    return take(store, balance, memberId, amount, source, now).entry();
  }

  private record Spent(LedgerEntry entry, List<Drawn> drawn) {}

  private static Spent take(LedgerStore store, Balance balance, long memberId, long amount, Source source, Instant now) {
    if (amount <= 0) {
      throw new IllegalArgumentException("an amount spent must be positive: " + amount);
    }
    List<Lot> spendable = settle(store, balance, memberId, store.openLots(memberId, balance.asset()), now);
    if (balance.available() < amount) {
      throw new Problem(ProblemType.INSUFFICIENT_CREDIT,
          "The member has " + Math.max(0, balance.available()) + " " + balance.asset().name().toLowerCase() + " available; " + amount + " were asked for");
    }
    LedgerEntry entry = post(store, balance, memberId, Bucket.AVAILABLE, -amount, source, now);
    List<Drawn> drawn = draws(store, entry, spendable, amount);
    if (drawn.stream().mapToLong(Drawn::amount).sum() != amount) {
      // The balance said it was there, the lots do not: the ledger is inconsistent. Stop, change nothing.
      throw new IllegalStateException("Lots of member " + memberId + " hold less " + balance.asset() + " than the balance promised");
    }
    return new Spent(entry, drawn);
  }

  /**
   * Moves {@code amount} from one member's balance to another's (L8). The receiver gets one lot per lot
   * the amount was drawn from, with its age and expiry, so a transfer never makes anything last longer.
   */
  public static LedgerEntry transfer(LedgerStore store, Balance from, Balance to, long amount, Source out, Source in, Instant now) {
    requireRoom(to, amount, in);
    List<Drawn> drawn = take(store, from, from.memberId(), amount, out, now).drawn();
    long debt = Math.max(0, -to.available());
    LedgerEntry received = post(store, to, to.memberId(), Bucket.AVAILABLE, amount, in, now);
    List<Lot> arrived = new ArrayList<>();
    for (Drawn d : drawn) {
      Lot lot = new Lot(received, to.memberId(), d.amount(), d.amount(), new Receipt(d.lot().earnedAt(), now, d.lot().expiresAt()));
      store.add(lot);
      arrived.add(lot);
    }
    if (debt > 0) {
      drawOldestFirst(store, received, arrived, Math.min(debt, amount));
    }
    return received;
  }

  /**
   * A balance holds at most {@link Limits#MAX_BALANCE} (available and pending together): what would take
   * it beyond is refused (422 validation-failed) before anything moves. Only new value is held to it;
   * a cancelled redemption puts back what was there before and is not.
   */
  static void requireRoom(Balance balance, long amount, Source source) {
    long held = balance.available() + balance.pending();
    if (amount > Limits.MAX_BALANCE || held > Limits.MAX_BALANCE - amount) {
      String asset = balance.asset().name().toLowerCase();
      throw Problem.invalid(fieldOf(source.kind()), "would take the member's " + asset + " from " + Limits.grouped(held) + " to "
          + Limits.grouped(held + amount) + ", above the maximum balance of " + Limits.grouped(Limits.MAX_BALANCE));
    }
  }

  /** The request field that asked for the movement, where there is one. */
  private static String fieldOf(EntryKind kind) {
    return switch (kind) {
      case ADJUST, TRANSFER -> "amount";
      case CONVERT -> "points";
      default -> "balance";
    };
  }

  /**
   * Releases the lots whose return window has passed and expires those whose time is up, each kind as
   * one entry per bucket; answers the lots that may be spent now, oldest first.
   */
  public static List<Lot> settle(LedgerStore store, Balance balance, long memberId, List<Lot> lots, Instant now) {
    long released = 0;
    List<Lot> releasing = new ArrayList<>();
    for (Lot lot : lots) {
      if (lot.isDueForRelease(now) && !lot.isExpiredAt(now)) {
        released += lot.remaining();
        releasing.add(lot);
      }
    }
    if (released > 0) {
      long debt = Math.max(0, -balance.available());
      post(store, balance, memberId, Bucket.PENDING, -released, new Source(EntryKind.RELEASE, "return-window", null, null, SYSTEM), now);
      LedgerEntry in = post(store, balance, memberId, Bucket.AVAILABLE, released, new Source(EntryKind.RELEASE, "return-window", null, null, SYSTEM), now);
      releasing.forEach(lot -> {
        lot.release();
        store.changed(lot);
      });
      if (debt > 0) {
        drawOldestFirst(store, in, releasing, Math.min(debt, released));
      }
    }
    for (Bucket bucket : Bucket.values()) {
      List<Lot> expiring = lots.stream().filter(l -> l.bucket() == bucket && l.remaining() > 0 && l.isExpiredAt(now)).toList();
      long expired = expiring.stream().mapToLong(Lot::remaining).sum();
      if (expired > 0) {
        LedgerEntry entry = post(store, balance, memberId, bucket, -expired, new Source(EntryKind.EXPIRE, "expiry", null, null, SYSTEM), now);
        drawOldestFirst(store, entry, expiring, expired);
      }
    }
    return lots.stream().filter(l -> !l.isPending() && l.remaining() > 0 && !l.isExpiredAt(now)).toList();
  }

  /**
   * Undoes a spend (a cancelled redemption): the amount comes back into the very lots it was drawn
   * from, so it keeps their age and expiry, and a reversing entry records it.
   */
  public static LedgerEntry reverse(LedgerStore store, Balance balance, long memberId, LedgerEntry spent, Source source, Instant now) {
    long amount = -spent.amount();
    if (amount <= 0) {
      throw new IllegalArgumentException("only a spend can be reversed");
    }
    LedgerEntry entry = post(store, balance, memberId, Bucket.AVAILABLE, amount, source, now);
    for (LotDraw draw : store.drawsOf(spent.id())) {
      Lot lot = store.lot(draw.lotId());
      lot.restore(draw.amount());
      store.changed(lot);
      // A negative draw: what each lot lost and got back stays written down, so a lot's original
      // less its draws is always its remaining amount.
      store.add(new LotDraw(entry.id(), draw.lotId(), -draw.amount()));
    }
    return entry;
  }

  /**
   * Takes back {@code due} for a return (L5): first from the sale's own lot, pending or not; then
   * forgives what of that lot expired (the member lost it already), less what earlier returns of the
   * sale forgave; then takes the rest from his other lots oldest-first, never below zero unless
   * {@code overdraft}. What cannot be taken is left for the caller to owe.
   */
  public static TakenBack takeBack(LedgerStore store, Balance balance, long memberId, Optional<Lot> ownLot, long due, long forgivenSoFar, boolean overdraft,
      Source source, Instant now) {
    long expiredBefore = ownLot.map(l -> store.expiredFrom(l.id())).orElse(0L);
    long ownBefore = ownLot.map(Lot::remaining).orElse(0L);
    List<Lot> spendable = settle(store, balance, memberId, store.openLots(memberId, balance.asset()), now);
    long expiredNow = ownLot.filter(l -> l.isExpiredAt(now)).map(l -> ownBefore - l.remaining()).orElse(0L);
    long forgivable = expiredBefore + expiredNow - forgivenSoFar;
    long fromOwn = 0;
    if (ownLot.isPresent() && ownLot.get().remaining() > 0) {
      Lot own = ownLot.get();
      fromOwn = Math.min(due, own.remaining());
      LedgerEntry entry = post(store, balance, memberId, own.bucket(), -fromOwn, source, now);
      drawOldestFirst(store, entry, List.of(own), fromOwn);
    }
    long rest = due - fromOwn;
    long forgiven = Math.min(rest, Math.max(0, forgivable));
    rest -= forgiven;
    long elsewhere = overdraft ? rest : Math.min(rest, Math.max(0, balance.available()));
    if (elsewhere > 0) {
      LedgerEntry entry = post(store, balance, memberId, Bucket.AVAILABLE, -elsewhere, source, now);
      drawOldestFirst(store, entry, spendable, elsewhere);
    }
    return new TakenBack(fromOwn, forgiven, elsewhere);
  }

  private static LedgerEntry post(LedgerStore store, Balance balance, long memberId, Bucket bucket, long signedAmount, Source source, Instant now) {
    balance.change(bucket, signedAmount, now);
    store.changed(balance);
    LedgerEntry entry = new LedgerEntry(memberId, balance.asset(), bucket, signedAmount, source.kind(), source.type(), source.id(), source.reason(),
        balance.of(bucket), now, source.actor());
    store.add(entry);
    return entry;
  }

  private record Drawn(Lot lot, long amount) {}

  /** Draws up to {@code amount} from {@code lots} in their order, recording each draw; answers what was drawn. */
  private static long drawOldestFirst(LedgerStore store, LedgerEntry entry, List<Lot> lots, long amount) {
    return draws(store, entry, lots, amount).stream().mapToLong(Drawn::amount).sum();
  }

  private static List<Drawn> draws(LedgerStore store, LedgerEntry entry, List<Lot> lots, long amount) {
    List<Drawn> drawn = new ArrayList<>();
    long left = amount;
    for (Lot lot : lots) {
      if (left == 0) {
        break;
      }
      long taken = lot.draw(left);
      if (taken > 0) {
        store.changed(lot);
        store.add(new LotDraw(entry.id(), lot.id(), taken));
        drawn.add(new Drawn(lot, taken));
        left -= taken;
      }
    }
    return drawn;
  }
}
