package ir.bashgah.loyalty.domain.ledger;

import ir.bashgah.kernel.problem.Problem;
import ir.bashgah.kernel.problem.ProblemType;
import java.time.Instant;

/**
 * The two ways a balance changes: an amount comes in as a new lot, or goes out drawn from the oldest
 * lots first, each draw recorded. Either way one entry is written with the balance after it, in the
 * transaction that holds the balance's lock.
 */
public final class Posting {
  /** Where an entry comes from and why, as the ledger screen and the audit show it. */
  public record Source(EntryKind kind, String type, String id, String reason, String actor) {}

  private Posting() {}

  public static LedgerEntry receive(LedgerStore store, Balance balance, long memberId, long amount, Source source, Instant now, Instant expiresAt) {
    if (amount <= 0) {
      throw new IllegalArgumentException("an amount received must be positive: " + amount);
    }
    balance.change(amount, now);
    LedgerEntry entry = entry(balance, memberId, amount, source, now);
    store.add(entry);
    store.add(new Lot(entry, memberId, now, expiresAt));
    return entry;
  }

  /** Takes {@code amount} out, oldest lots first; refuses (422 insufficient-credit) what is not there. */
  public static LedgerEntry spend(LedgerStore store, Balance balance, long memberId, long amount, Source source, Instant now) {
    if (amount <= 0) {
      throw new IllegalArgumentException("an amount spent must be positive: " + amount);
    }
    if (balance.available() < amount) {
      throw new Problem(ProblemType.INSUFFICIENT_CREDIT,
          "The member has " + balance.available() + " " + balance.asset().name().toLowerCase() + " available; " + amount + " were asked for");
    }
    balance.change(-amount, now);
    LedgerEntry entry = entry(balance, memberId, -amount, source, now);
    store.add(entry);
    long left = amount;
    for (Lot lot : store.openLots(memberId, balance.asset())) {
      long taken = lot.draw(left);
      if (taken > 0) {
        store.add(new LotDraw(entry.id(), lot.id(), taken));
        left -= taken;
      }
      if (left == 0) {
        break;
      }
    }
    if (left != 0) {
      // The balance said it was there, the lots do not: the ledger is inconsistent. Stop, change nothing.
      throw new IllegalStateException("Lots of member " + memberId + " hold " + (amount - left) + " of the " + amount + " the balance promised");
    }
    return entry;
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
    balance.change(amount, now);
    LedgerEntry entry = entry(balance, memberId, amount, source, now);
    store.add(entry);
    for (LotDraw draw : store.drawsOf(spent.id())) {
      store.lot(draw.lotId()).restore(draw.amount());
    }
    return entry;
  }

  private static LedgerEntry entry(Balance balance, long memberId, long signedAmount, Source source, Instant now) {
    return new LedgerEntry(memberId, balance.asset(), signedAmount, source.kind(), source.type(), source.id(), source.reason(), balance.available(), now, source.actor());
  }
}
