package ir.bashgah.loyalty.api;

import ir.bashgah.kernel.CallContext;
import ir.bashgah.kernel.Ids;
import ir.bashgah.kernel.persistence.Constraints;
import ir.bashgah.kernel.problem.Problem;
import ir.bashgah.loyalty.domain.ledger.Asset;
import ir.bashgah.loyalty.domain.ledger.EntryKind;
import ir.bashgah.loyalty.domain.ledger.Posting;
import ir.bashgah.loyalty.domain.programme.Programme;
import ir.bashgah.loyalty.infra.JpaLedgerStore;
import ir.bashgah.loyalty.infra.SalesStore;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * An invoice settled at a till (L2, L3, L4, T1): the redemptions it pays with become used, the
 * programme's points are earned on what was paid by earning methods, and the member's level is
 * brought up to date, all in the till's transaction.
 */
@ApplicationScoped
public class RecordSale {
  public record Sale(String branchCode, String invoiceNumber, long memberId, Instant issuedAt, String saleType, List<SaleLine> lines,
      List<Payment> payments, List<String> redemptionIds) {}

  public record Recorded(String invoiceNumber, long total, long pointsEarned, long creditEarned, long creditRedeemed, BalanceView balance, String levelName) {}

  @Inject SalesStore sales;
  @Inject JpaLedgerStore ledger;
  @Inject CreditRedemptions redemptions;
  @Inject Balances balances;
  @Inject Clock clock;

  @Transactional(Transactional.TxType.MANDATORY)
  public Recorded record(Sale sale) {
    long total = sale.lines().stream().mapToLong(SaleLine::total).reduce(0, Math::addExact);
    long paid = sale.payments().stream().mapToLong(Payment::amount).reduce(0, Math::addExact);
    if (paid != total) {
      throw Problem.invalid("payments", "add up to " + paid + " but the lines total " + total);
    }
    if (sales.invoiceExists(sale.branchCode(), sale.invoiceNumber())) {
      throw Problem.conflict("Invoice " + sale.invoiceNumber() + " of branch " + sale.branchCode() + " is already recorded");
    }
    long creditPaid = sale.payments().stream().filter(p -> p.method() == PaymentMethod.CREDIT).mapToLong(Payment::amount).reduce(0, Math::addExact);
    long redeemed = redemptions.useForInvoice(sale.redemptionIds(), sale.memberId());
    if (creditPaid != redeemed) {
      throw Problem.invalid("payments", "the CREDIT payment (" + creditPaid + ") must equal the referenced redemptions (" + redeemed + ")");
    }

    Instant now = Instant.now(clock);
    Programme programme = sales.programme();
    long eligible = programme.eligible(sale.payments());
    long points = programme.pointsFor(eligible);
    if (points > 0) {
      Posting.receive(ledger, ledger.lock(sale.memberId(), Asset.POINTS), sale.memberId(), points,
          new Posting.Source(EntryKind.EARN, "invoice", sale.invoiceNumber(), null, CallContext.actor().name()), now, null);
    }
    try {
      sales.addInvoice(Ids.next(), sale.branchCode(), sale.invoiceNumber(), sale.memberId(), sale.issuedAt(), sale.saleType(), total, eligible,
          points, 0, redeemed, sale.lines(), sale.payments(), now);
    } catch (RuntimeException e) {
      if (Constraints.isDuplicateKey(e)) {
        throw Problem.conflict("Invoice " + sale.invoiceNumber() + " of branch " + sale.branchCode() + " was recorded by another terminal at the same moment");
      }
      throw e;
    }
    long turnover = sales.turnoverSince(sale.memberId(), now.minus(Duration.ofDays(programme.levelWindowDays())));
    SalesStore.Level level = sales.levelFor(turnover);
    sales.saveStanding(sale.memberId(), level, turnover, now);
    return new Recorded(sale.invoiceNumber(), total, points, 0, redeemed, balances.of(sale.memberId()), level.nameFa());
  }
}
