package ir.bashgah.loyalty.application;

import ir.bashgah.kernel.CallContext;
import ir.bashgah.kernel.Ids;
import ir.bashgah.kernel.persistence.Constraints;
import ir.bashgah.kernel.problem.Problem;
import ir.bashgah.loyalty.api.BalanceView;
import ir.bashgah.loyalty.api.Invoice;
import ir.bashgah.loyalty.api.InvoiceLine;
import ir.bashgah.loyalty.api.Invoices;
import ir.bashgah.loyalty.api.Payment;
import ir.bashgah.loyalty.api.PaymentMethod;
import ir.bashgah.loyalty.domain.account.InvoiceLinks;
import ir.bashgah.loyalty.domain.invoice.InvoiceStore;
import ir.bashgah.loyalty.domain.ledger.Asset;
import ir.bashgah.loyalty.domain.ledger.EntryKind;
import ir.bashgah.loyalty.domain.ledger.LedgerEntry;
import ir.bashgah.loyalty.domain.ledger.Posting;
import ir.bashgah.loyalty.domain.programme.Earning;
import ir.bashgah.loyalty.domain.programme.ProgrammeRules;
import ir.bashgah.members.api.MemberRef;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

/**
 * An invoice settled at a till (L2, L3, L4, L6, T1): the redemptions it pays with become used, the
 * member's programme decides what it earns (pending while the return window runs), bonuses that it
 * triggers are paid, and his level is brought up to date, all in the till's transaction.
 */
@ApplicationScoped
public class SettleInvoice implements Invoices {
  @Inject InvoiceStore invoices;
  @Inject RedeemCredit redemptions;
  @Inject Memberships memberships;
  @Inject Grants grants;
  @Inject PayBonuses bonuses;
  @Inject RankMember rank;
  @Inject ReadBalances balances;
  @Inject Clock clock;

  @Override
  @Transactional(Transactional.TxType.MANDATORY)
  public Settled settle(Invoice invoice) {
    checkPayments(invoice.lines(), invoice.payments());
    MemberRef member = invoice.member();
    long creditPaid = invoice.payments().stream().filter(p -> p.method() == PaymentMethod.CREDIT).mapToLong(Payment::amount).reduce(0, Math::addExact);
    long redeemed = redemptions.useForInvoice(invoice.redemptionIds(), member.id());
    if (creditPaid != redeemed) {
      throw Problem.invalid("payments", "the CREDIT payment (" + creditPaid + ") must equal the referenced redemptions (" + redeemed + ")");
    }

    Instant now = Instant.now(clock);
    Memberships.Membership membership = memberships.lock(member.id(), now);
    ProgrammeRules rules = membership.rules();
    Earning.Quote quote = Earning.quote(rules, new Earning.Purchase(invoice.lines(), invoice.payments(), invoice.issuedAt(), member.group(), membership.tier()));
    String actor = CallContext.actor().name();
    Posting.Source source = new Posting.Source(EntryKind.EARN, "invoice", invoice.invoiceNumber(), null, actor);
    LedgerEntry points = quote.points() > 0
        ? grants.grant(member.id(), Asset.POINTS, quote.points(), source, rules, invoice.issuedAt(), quote.availableAt(), now) : null;
    LedgerEntry credit = quote.creditEarned() > 0
        ? grants.grant(member.id(), Asset.CREDIT, quote.creditEarned(), source, rules, invoice.issuedAt(), quote.availableAt(), now) : null;
    ProgrammeRules.Tier tier;
    long invoiceId = Ids.next();
    try {
      invoices.addInvoice(new InvoiceStore.NewInvoice(invoiceId, invoice.branchCode(), invoice.invoiceNumber(), member.id(), invoice.issuedAt(),
          invoice.saleType(), membership.programme().code(), quote.total(), quote.eligible(), quote.points(), points == null ? null : points.id(),
          quote.creditEarned(), credit == null ? null : credit.id(), quote.cashback(), redeemed, quote.levelValue(), invoice.lines(), invoice.payments()), now);
      bonuses.afterSale(member, rules, now);
      tier = rank.rank(membership, now);
    } catch (RuntimeException e) {
      // The unique key is the check: asking first would cost every invoice a query for the rare repeat.
      // The invoice's row goes with the next query (the bonuses' or the level window's), so its key may
      // fail there.
      if (Constraints.isDuplicateKey(e, InvoiceStore.NUMBER_KEY)) {
        throw Problem.conflict("Invoice " + invoice.invoiceNumber() + " of branch " + invoice.branchCode() + " is already recorded");
      }
      throw e;
    }
    Instant availableAt = quote.availableAt().isAfter(now) ? quote.availableAt() : null;
    BalanceView balance = balances.of(member.id(), tier);
    // the link goes with the COMMIT, after everything that could still refuse the invoice
    String link = InvoiceLinks.newToken();
    invoices.addLink(invoiceId, InvoiceLinks.hashOf(link).orElseThrow(), balance.points(), balance.credit(), now);
    return new Settled(invoice.invoiceNumber(), quote.total(), quote.points(), quote.creditEarned(), redeemed, availableAt, balance, tier.name(), link);
  }

  /** Payments must add up to the lines exactly: the till and the club must agree on what was sold. */
  static void checkPayments(List<InvoiceLine> lines, List<Payment> payments) {
    long total = lines.stream().mapToLong(InvoiceLine::total).reduce(0, Math::addExact);
    long paid = payments.stream().mapToLong(Payment::amount).reduce(0, Math::addExact);
    if (paid != total) {
      throw Problem.invalid("payments", "add up to " + paid + " but the lines total " + total);
    }
  }
}
