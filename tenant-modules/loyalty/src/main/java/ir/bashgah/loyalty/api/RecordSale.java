package ir.bashgah.loyalty.api;

import ir.bashgah.kernel.CallContext;
import ir.bashgah.kernel.Ids;
import ir.bashgah.kernel.persistence.Constraints;
import ir.bashgah.kernel.problem.Problem;
import ir.bashgah.loyalty.application.Grants;
import ir.bashgah.loyalty.application.Memberships;
import ir.bashgah.loyalty.application.PayBonuses;
import ir.bashgah.loyalty.application.RankMember;
import ir.bashgah.loyalty.domain.ledger.Asset;
import ir.bashgah.loyalty.domain.ledger.EntryKind;
import ir.bashgah.loyalty.domain.ledger.LedgerEntry;
import ir.bashgah.loyalty.domain.ledger.Posting;
import ir.bashgah.loyalty.domain.programme.Earning;
import ir.bashgah.loyalty.domain.programme.ProgrammeRules;
import ir.bashgah.loyalty.infra.SalesStore;
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
public class RecordSale {
  public record Sale(String branchCode, String invoiceNumber, MemberRef member, Instant issuedAt, String saleType, List<SaleLine> lines,
      List<Payment> payments, List<String> redemptionIds) {}

  public record Recorded(String invoiceNumber, long total, long pointsEarned, long creditEarned, long creditRedeemed, Instant availableAt,
      BalanceView balance, String levelName) {}

  @Inject SalesStore sales;
  @Inject CreditRedemptions redemptions;
  @Inject Memberships memberships;
  @Inject Grants grants;
  @Inject PayBonuses bonuses;
  @Inject RankMember rank;
  @Inject Balances balances;
  @Inject Clock clock;

  @Transactional(Transactional.TxType.MANDATORY)
  public Recorded record(Sale sale) {
    checkPayments(sale.lines(), sale.payments());
    MemberRef member = sale.member();
    long creditPaid = sale.payments().stream().filter(p -> p.method() == PaymentMethod.CREDIT).mapToLong(Payment::amount).reduce(0, Math::addExact);
    long redeemed = redemptions.useForInvoice(sale.redemptionIds(), member.id());
    if (creditPaid != redeemed) {
      throw Problem.invalid("payments", "the CREDIT payment (" + creditPaid + ") must equal the referenced redemptions (" + redeemed + ")");
    }

    Instant now = Instant.now(clock);
    Memberships.Membership membership = memberships.lock(member.id(), now);
    ProgrammeRules rules = membership.rules();
    Earning.Quote quote = Earning.quote(rules, new Earning.Purchase(sale.lines(), sale.payments(), sale.issuedAt(), member.group(), membership.tier()));
    String actor = CallContext.actor().name();
    Posting.Source source = new Posting.Source(EntryKind.EARN, "invoice", sale.invoiceNumber(), null, actor);
    LedgerEntry points = quote.points() > 0
        ? grants.grant(member.id(), Asset.POINTS, quote.points(), source, rules, sale.issuedAt(), quote.availableAt(), now) : null;
    LedgerEntry credit = quote.creditEarned() > 0
        ? grants.grant(member.id(), Asset.CREDIT, quote.creditEarned(), source, rules, sale.issuedAt(), quote.availableAt(), now) : null;
    try {
      sales.addInvoice(new SalesStore.NewInvoice(Ids.next(), sale.branchCode(), sale.invoiceNumber(), member.id(), sale.issuedAt(), sale.saleType(),
          membership.programme().code(), quote.total(), quote.eligible(), quote.points(), points == null ? null : points.id(), quote.creditEarned(),
          credit == null ? null : credit.id(), quote.cashback(), redeemed, quote.levelValue(), sale.lines(), sale.payments()), now);
    } catch (RuntimeException e) {
      // The unique key is the check: asking first would cost every invoice a query for the rare repeat.
      if (Constraints.isDuplicateKey(e)) {
        throw Problem.conflict("Invoice " + sale.invoiceNumber() + " of branch " + sale.branchCode() + " is already recorded");
      }
      throw e;
    }
    bonuses.afterSale(member, rules, now);
    ProgrammeRules.Tier tier = rank.rank(membership, now);
    Instant availableAt = quote.availableAt().isAfter(now) ? quote.availableAt() : null;
    return new Recorded(sale.invoiceNumber(), quote.total(), quote.points(), quote.creditEarned(), redeemed, availableAt, balances.of(member.id(), tier),
        tier.name());
  }

  /** Payments must add up to the lines exactly: the till and the club must agree on what was sold. */
  static void checkPayments(List<SaleLine> lines, List<Payment> payments) {
    long total = lines.stream().mapToLong(SaleLine::total).reduce(0, Math::addExact);
    long paid = payments.stream().mapToLong(Payment::amount).reduce(0, Math::addExact);
    if (paid != total) {
      throw Problem.invalid("payments", "add up to " + paid + " but the lines total " + total);
    }
  }
}
