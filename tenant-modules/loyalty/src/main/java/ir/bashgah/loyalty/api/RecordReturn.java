package ir.bashgah.loyalty.api;

import ir.bashgah.kernel.CallContext;
import ir.bashgah.kernel.Ids;
import ir.bashgah.kernel.problem.FieldError;
import ir.bashgah.kernel.problem.Problem;
import ir.bashgah.kernel.problem.ProblemType;
import ir.bashgah.loyalty.domain.ledger.Asset;
import ir.bashgah.loyalty.domain.ledger.Balance;
import ir.bashgah.loyalty.domain.ledger.EntryKind;
import ir.bashgah.loyalty.domain.ledger.Posting;
import ir.bashgah.loyalty.domain.programme.Proportion;
import ir.bashgah.loyalty.infra.JpaLedgerStore;
import ir.bashgah.loyalty.infra.SalesStore;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A return of part of a sale (L5): the points and credit earned on the returned part are taken back
 * in proportion, credit spent on the sale is given back in proportion instead of cash, and no more
 * can come back than was sold, counting earlier returns. A balance never goes below zero: when the
 * member has already spent the points, what is there is taken and the rest stays owed to the next
 * return of the invoice.
 */
@ApplicationScoped
public class RecordReturn {
  public record ReturnLine(String sku, long quantity) {}

  public record Returned(long pointsReversed, long creditReversed, long creditRefunded, BalanceView balance) {}

  @Inject SalesStore sales;
  @Inject JpaLedgerStore ledger;
  @Inject Balances balances;
  @Inject Clock clock;

  @Transactional(Transactional.TxType.MANDATORY)
  public Returned record(String branchCode, String invoiceNumber, String returnNumber, List<ReturnLine> lines) {
    SalesStore.SoldInvoice invoice = sales.lockInvoice(branchCode, invoiceNumber)
        .orElseThrow(() -> Problem.notFound("No invoice " + invoiceNumber + " in branch " + branchCode));
    if (sales.returnExists(invoice.id(), returnNumber)) {
      throw Problem.conflict("Return " + returnNumber + " of invoice " + invoiceNumber + " is already recorded");
    }
    Map<String, Long> requested = new LinkedHashMap<>();
    lines.forEach(l -> requested.merge(l.sku(), l.quantity(), Math::addExact));
    Map<String, long[]> sold = sales.soldBySku(invoice.id());
    Map<String, Long> before = sales.returnedBySku(invoice.id());

    List<FieldError> unknown = new ArrayList<>();
    List<FieldError> excess = new ArrayList<>();
    long value = 0;
    for (Map.Entry<String, Long> line : requested.entrySet()) {
      long[] s = sold.get(line.getKey());
      if (s == null) {
        unknown.add(new FieldError("lines", "SKU " + line.getKey() + " is not on invoice " + invoiceNumber));
        continue;
      }
      long previously = before.getOrDefault(line.getKey(), 0L);
      if (previously + line.getValue() > s[0]) {
        excess.add(new FieldError("lines", "SKU " + line.getKey() + ": " + (s[0] - previously) + " of " + s[0] + " left to return, " + line.getValue() + " asked"));
        continue;
      }
      // The value of the returned units, cumulative so that returning every unit returns exactly the line's value.
      value += Proportion.dueNow(s[1], previously + line.getValue(), s[0], 0) - Proportion.dueNow(s[1], previously, s[0], 0);
    }
    if (!unknown.isEmpty()) {
      throw Problem.invalid(unknown);
    }
    if (!excess.isEmpty()) {
      throw new Problem(ProblemType.RETURN_EXCEEDS_SALE, "More is returned than was sold, counting earlier returns", excess);
    }

    Instant now = Instant.now(clock);
    SalesStore.ReturnedSoFar so = sales.returnedSoFar(invoice.id());
    long cumulative = so.value() + value;
    String actor = CallContext.actor().name();
    long pointsTaken = take(invoice.memberId(), Asset.POINTS, Proportion.dueNow(invoice.pointsEarned(), cumulative, invoice.total(), so.pointsReversed()), returnNumber, actor, now);
    long creditTaken = take(invoice.memberId(), Asset.CREDIT, Proportion.dueNow(invoice.creditEarned(), cumulative, invoice.total(), so.creditReversed()), returnNumber, actor, now);
    long refund = Proportion.dueNow(invoice.creditRedeemed(), cumulative, invoice.total(), so.creditRefunded());
    if (refund > 0) {
      Posting.receive(ledger, ledger.lock(invoice.memberId(), Asset.CREDIT), invoice.memberId(), refund,
          new Posting.Source(EntryKind.RETURN, "return", returnNumber, "credit spent on invoice " + invoiceNumber, actor), now, null);
    }
    sales.addReturn(Ids.next(), invoice.id(), returnNumber, value, pointsTaken, creditTaken, refund, requested, now);
    return new Returned(pointsTaken, creditTaken, refund, balances.of(invoice.memberId()));
  }

  private long take(long memberId, Asset asset, long due, String returnNumber, String actor, Instant now) {
    if (due <= 0) {
      return 0;
    }
    Balance balance = ledger.lock(memberId, asset);
    long taken = Math.min(due, balance.available());
    if (taken > 0) {
      Posting.spend(ledger, balance, memberId, taken, new Posting.Source(EntryKind.RETURN, "return", returnNumber, null, actor), now);
    }
    return taken;
  }
}
