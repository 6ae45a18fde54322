package ir.bashgah.loyalty.application;

import ir.bashgah.kernel.CallContext;
import ir.bashgah.kernel.Ids;
import ir.bashgah.kernel.problem.FieldError;
import ir.bashgah.kernel.problem.Problem;
import ir.bashgah.kernel.problem.ProblemType;
import ir.bashgah.loyalty.api.InvoiceReturns;
import ir.bashgah.loyalty.domain.invoice.InvoiceStore;
import ir.bashgah.loyalty.domain.ledger.Asset;
import ir.bashgah.loyalty.domain.ledger.Balance;
import ir.bashgah.loyalty.domain.ledger.EntryKind;
import ir.bashgah.loyalty.domain.ledger.LedgerStore;
import ir.bashgah.loyalty.domain.ledger.Lot;
import ir.bashgah.loyalty.domain.ledger.Posting;
import ir.bashgah.loyalty.domain.programme.ProgrammeRules;
import ir.bashgah.loyalty.domain.programme.Proportion;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A return of part of an invoice (L5). The points and credit earned on the returned part are taken back
 * in proportion to the cumulative returned value: from the invoice's own lot first (pending or not),
 * then, for what the member has already spent, from his other lots oldest-first; what of the invoice's
 * own lot expired is not taken again. Credit spent on the invoice comes back in proportion instead of
 * cash. No more can come back than was sold, counting earlier returns. A balance never goes below
 * zero unless the programme allows it; what cannot be taken stays owed to the next return of the invoice.
 */
@ApplicationScoped
public class ReturnGoods implements InvoiceReturns {
  @Inject InvoiceStore invoices;
  @Inject LedgerStore ledger;
  @Inject Memberships memberships;
  @Inject Grants grants;
  @Inject RankMember rank;
  @Inject ReadBalances balances;
  @Inject Clock clock;

  @Override
  @Transactional(Transactional.TxType.MANDATORY)
  public Returned giveBack(String branchCode, String invoiceNumber, String returnNumber, List<ReturnLine> lines) {
    InvoiceStore.SoldInvoice invoice = invoices.lockInvoice(branchCode, invoiceNumber)
        .orElseThrow(() -> Problem.notFound("No invoice " + invoiceNumber + " in branch " + branchCode));
    if (invoices.returnExists(invoice.id(), returnNumber)) {
      throw Problem.conflict("Return " + returnNumber + " of invoice " + invoiceNumber + " is already recorded");
    }
    Map<String, Long> requested = new LinkedHashMap<>();
    lines.forEach(l -> requested.merge(l.sku(), l.quantity(), Math::addExact));
    long value = returnedValue(invoice, invoiceNumber, requested);

    Instant now = Instant.now(clock);
    Memberships.Membership membership = memberships.lock(invoice.memberId(), now);
    ProgrammeRules rules = membership.rules();
    InvoiceStore.ReturnedSoFar so = invoices.returnedSoFar(invoice.id());
    long cumulative = so.value() + value;
    Posting.Source source = new Posting.Source(EntryKind.RETURN, "return", returnNumber, "return of invoice " + invoiceNumber, CallContext.actor().name());
    Posting.TakenBack points = takeBack(invoice.memberId(), Asset.POINTS, invoice.pointsEntryId(),
        Proportion.dueNow(invoice.pointsEarned(), cumulative, invoice.total(), so.pointsReversed() + so.pointsForgiven()), so.pointsForgiven(), rules, source, now);
    Posting.TakenBack credit = takeBack(invoice.memberId(), Asset.CREDIT, invoice.creditEntryId(),
        Proportion.dueNow(invoice.creditEarned(), cumulative, invoice.total(), so.creditReversed() + so.creditForgiven()), so.creditForgiven(), rules, source, now);
    long refund = Proportion.dueNow(invoice.creditRedeemed(), cumulative, invoice.total(), so.creditRefunded());
    if (refund > 0) {
      grants.grant(invoice.memberId(), Asset.CREDIT, refund,
          new Posting.Source(EntryKind.RETURN, "return", returnNumber, "credit spent on invoice " + invoiceNumber, source.actor()), rules, now);
    }
    invoices.addReturn(new InvoiceStore.NewReturn(Ids.next(), invoice.id(), returnNumber, value, points.taken(), points.forgiven(), credit.taken(),
        credit.forgiven(), refund, requested), now);
    ProgrammeRules.Tier tier = rank.rank(membership, now);
    return new Returned(points.taken(), credit.taken(), refund, balances.of(invoice.memberId(), tier));
  }

  /** The value of the returned units, refusing unknown SKUs and more than is left to return. */
  private long returnedValue(InvoiceStore.SoldInvoice invoice, String invoiceNumber, Map<String, Long> requested) {
    Map<String, long[]> sold = invoices.soldBySku(invoice.id());
    Map<String, Long> before = invoices.returnedBySku(invoice.id());
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
      // Cumulative, so that returning every unit returns exactly the line's value.
      value += Proportion.dueNow(s[1], previously + line.getValue(), s[0], 0) - Proportion.dueNow(s[1], previously, s[0], 0);
    }
    if (!unknown.isEmpty()) {
      throw Problem.invalid(unknown);
    }
    if (!excess.isEmpty()) {
      throw new Problem(ProblemType.RETURN_EXCEEDS_SALE, "More is returned than was sold, counting earlier returns", excess);
    }
    return value;
  }

  private Posting.TakenBack takeBack(long memberId, Asset asset, Long entryId, long due, long forgivenSoFar, ProgrammeRules rules, Posting.Source source,
      Instant now) {
    if (due <= 0) {
      return new Posting.TakenBack(0, 0, 0);
    }
    // The balance before the lot: every path locks a member's balance first, then his lots.
    Balance balance = ledger.lock(memberId, asset);
    Optional<Lot> own = entryId == null ? Optional.empty() : ledger.lotOf(entryId);
    return Posting.takeBack(ledger, balance, memberId, own, due, forgivenSoFar, rules.negativeAllowed(), source, now);
  }
}
