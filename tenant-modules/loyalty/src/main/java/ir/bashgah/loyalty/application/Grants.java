package ir.bashgah.loyalty.application;

import ir.bashgah.loyalty.domain.ledger.Asset;
import ir.bashgah.loyalty.domain.ledger.LedgerEntry;
import ir.bashgah.loyalty.domain.ledger.LedgerStore;
import ir.bashgah.loyalty.domain.ledger.Posting;
import ir.bashgah.loyalty.domain.programme.ExpiryPolicy;
import ir.bashgah.loyalty.domain.programme.ProgrammeRules;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;

/** Points or credit coming into a member's balance under his programme's expiry rule for that asset (L9). */
@ApplicationScoped
public class Grants {
  @Inject LedgerStore ledger;

  /** Available at once, expiring by the rule counted from {@code now}. */
  public LedgerEntry grant(long memberId, Asset asset, long amount, Posting.Source source, ProgrammeRules rules, Instant now) {
    return grant(memberId, asset, amount, source, rules, now, now, now);
  }

  /** Earned at {@code earnedAt} (its age, and the start of its expiry), spendable from {@code availableAt}. */
  public LedgerEntry grant(long memberId, Asset asset, long amount, Posting.Source source, ProgrammeRules rules, Instant earnedAt, Instant availableAt,
      Instant now) {
    ProgrammeRules.Expiry rule = asset == Asset.POINTS ? rules.expiry().points() : rules.expiry().credit();
    return Posting.receive(ledger, ledger.lock(memberId, asset), memberId, amount, source, now,
        new Posting.Receipt(earnedAt, availableAt, ExpiryPolicy.expiresAt(rule, earnedAt)));
  }

  /** Both parts of an award, each only when there is something to give. */
  public void award(long memberId, ProgrammeRules.Award award, Posting.Source pointsSource, Posting.Source creditSource, ProgrammeRules rules, Instant now) {
    if (award.points() > 0) {
      grant(memberId, Asset.POINTS, award.points(), pointsSource, rules, now);
    }
    if (award.credit() > 0) {
      grant(memberId, Asset.CREDIT, award.credit(), creditSource, rules, now);
    }
  }
}
