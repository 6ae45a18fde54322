package ir.bashgah.loyalty.application;

import ir.bashgah.audit.api.AuditLog;
import ir.bashgah.kernel.CallContext;
import ir.bashgah.kernel.access.Actor;
import ir.bashgah.kernel.money.Limits;
import ir.bashgah.kernel.problem.Problem;
import ir.bashgah.loyalty.api.BalanceView;
import ir.bashgah.loyalty.api.CreditRedemptions;
import ir.bashgah.loyalty.domain.ledger.Asset;
import ir.bashgah.loyalty.domain.ledger.Balance;
import ir.bashgah.loyalty.domain.ledger.EntryKind;
import ir.bashgah.loyalty.domain.ledger.LedgerEntry;
import ir.bashgah.loyalty.domain.ledger.LedgerStore;
import ir.bashgah.loyalty.domain.ledger.Posting;
import ir.bashgah.loyalty.domain.redemption.Redemption;
import ir.bashgah.loyalty.domain.redemption.Redemptions;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * Spending credit at a till (L3), and undoing it: the credit leaves the balance at once, under the
 * balance's row lock, so no other terminal in any branch can spend it afterwards; a cancellation
 * brings it back, and an invoice that pays with it uses it up.
 */
@ApplicationScoped
public class RedeemCredit implements CreditRedemptions {
  @Inject LedgerStore ledger;
  @Inject Redemptions redemptions;
  @Inject ReadBalances balances;
  @Inject AuditLog audit;
  @Inject Clock clock;

  @Override
  @Transactional(Transactional.TxType.MANDATORY)
  public Redeemed redeem(long memberId, String memberCode, long amount, String invoiceNumber) {
    if (amount <= 0 || amount > Limits.MAX_AMOUNT) {
      throw Problem.invalid("amount", "must be a whole number of rials from 1 to " + Limits.grouped(Limits.MAX_AMOUNT));
    }
    Instant now = Instant.now(clock);
    Actor actor = CallContext.actor();
    Balance credit = ledger.lock(memberId, Asset.CREDIT);
    LedgerEntry entry = Posting.spend(ledger, credit, memberId, amount,
        new Posting.Source(EntryKind.REDEEM, "redemption", null, invoiceNumber == null ? null : "invoice " + invoiceNumber, actor.name()), now);
    Redemption redemption = new Redemption(memberId, amount, entry.id(), actor.branch(), actor.kind() == Actor.Kind.TERMINAL ? actor.id() : null, invoiceNumber, now);
    redemptions.add(redemption);
    audit.record("LOYALTY.REDEEM", "member", memberCode, null, Map.of("redemptionId", Long.toString(redemption.id()), "amount", amount));
    return new Redeemed(Long.toString(redemption.id()), amount, balances.of(memberId));
  }

  @Override
  @Transactional(Transactional.TxType.MANDATORY)
  public BalanceView cancel(String redemptionId) {
    Redemption redemption = find(redemptionId);
    // The redemption before the balance, in the order an invoice that uses it takes them.
    redemptions.lock(redemption);
    Balance credit = ledger.lock(redemption.memberId(), Asset.CREDIT);
    switch (redemption.status()) {
      case USED -> throw Problem.conflict("Redemption " + redemptionId + " was used by an invoice; return the invoice instead");
      case CANCELLED -> {
        return balances.of(redemption.memberId());
      }
      default -> {
        Instant now = Instant.now(clock);
        Posting.reverse(ledger, credit, redemption.memberId(), ledger.entry(redemption.entryId()),
            new Posting.Source(EntryKind.REDEMPTION_CANCELLED, "redemption", redemptionId, null, CallContext.actor().name()), now);
        redemption.cancel(now);
        audit.record("LOYALTY.REDEMPTION_CANCEL", "redemption", redemptionId, Map.of("status", "ACTIVE"), Map.of("status", "CANCELLED"));
        return balances.of(redemption.memberId());
      }
    }
  }

  /**
   * Marks the redemptions an invoice pays with as used (they can no longer be cancelled) and answers
   * their sum; each must be this member's and still active.
   */
  @Transactional(Transactional.TxType.MANDATORY)
  public long useForInvoice(List<String> redemptionIds, long memberId) {
    long sum = 0;
    for (String id : redemptionIds) {
      Redemption r = find(id);
      redemptions.lock(r);
      if (r.memberId() != memberId) {
        throw Problem.invalid("redemptionIds", "redemption " + id + " belongs to another member");
      }
      if (r.status() != Redemption.Status.ACTIVE) {
        throw Problem.invalid("redemptionIds", "redemption " + id + " is " + r.status().name().toLowerCase() + ", not available for this invoice");
      }
      r.use();
      sum = Math.addExact(sum, r.amount());
    }
    return sum;
  }

  private Redemption find(String redemptionId) {
    return redemptions.find(redemptionId).orElseThrow(() -> Problem.notFound("No redemption " + redemptionId));
  }
}
