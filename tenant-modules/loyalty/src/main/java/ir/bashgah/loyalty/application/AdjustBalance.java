package ir.bashgah.loyalty.application;

import ir.bashgah.audit.api.AuditLog;
import ir.bashgah.kernel.CallContext;
import ir.bashgah.kernel.money.Limits;
import ir.bashgah.kernel.problem.Validation;
import ir.bashgah.loyalty.api.BalanceView;
import ir.bashgah.loyalty.domain.ledger.Asset;
import ir.bashgah.loyalty.domain.ledger.Balance;
import ir.bashgah.loyalty.domain.ledger.EntryKind;
import ir.bashgah.loyalty.domain.ledger.LedgerEntry;
import ir.bashgah.loyalty.domain.ledger.LedgerStore;
import ir.bashgah.loyalty.domain.ledger.Posting;
import ir.bashgah.members.api.MemberRef;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.Map;

/**
 * A manual increase or decrease of points or credit by management decision, with a reason (L7).
 * An increase is a new lot that expires by the member's programme like anything else he receives; a
 * decrease draws from the oldest lots and is refused beyond the balance.
 */
@ApplicationScoped
public class AdjustBalance {
  public record Adjustment(String asset, Long amount, String reason) {}

  public record Adjusted(String entryId, BalanceView balance) {}

  @Inject MemberBalances balances;
  @Inject LedgerStore ledger;
  @Inject Grants grants;
  @Inject Memberships memberships;
  @Inject AuditLog audit;
  @Inject Clock clock;

  @Transactional
  public Adjusted adjust(String memberCode, Adjustment request) {
    Validation v = new Validation();
    boolean knownAsset = request.asset() != null && Arrays.stream(Asset.values()).anyMatch(a -> a.name().equals(request.asset()));
    v.require(knownAsset, "asset", "must be POINTS or CREDIT");
    long max = knownAsset && request.asset().equals(Asset.POINTS.name()) ? Limits.MAX_POINTS : Limits.MAX_AMOUNT;
    v.require(request.amount() != null && request.amount() != 0 && request.amount() >= -max && request.amount() <= max, "amount",
        "must be a whole number other than 0 (negative to decrease), from -" + Limits.grouped(max) + " to " + Limits.grouped(max));
    v.requireText(request.reason(), "reason", 500);
    v.throwIfInvalid();

    MemberRef member = balances.member(memberCode);
    Asset asset = Asset.valueOf(request.asset());
    Instant now = Instant.now(clock);
    Balance balance = ledger.lock(member.id(), asset);
    long before = balance.available();
    Posting.Source source = new Posting.Source(EntryKind.ADJUST, "manual", null, request.reason().trim(), CallContext.actor().name());
    LedgerEntry entry = request.amount() > 0
        ? grants.grant(member.id(), asset, request.amount(), source, memberships.read(member.id()).rules(), now)
        : Posting.spend(ledger, balance, member.id(), -request.amount(), source, now);
    audit.record("LOYALTY.ADJUST", "member", member.memberCode(),
        Map.of("asset", asset.name(), "balance", before),
        Map.of("asset", asset.name(), "balance", balance.available(), "amount", request.amount(), "reason", request.reason().trim()));
    return new Adjusted(Long.toString(entry.id()), balances.of(member.id()));
  }
}
