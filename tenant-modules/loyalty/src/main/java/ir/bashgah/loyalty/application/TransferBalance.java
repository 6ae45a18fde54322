package ir.bashgah.loyalty.application;

import ir.bashgah.audit.api.AuditLog;
import ir.bashgah.kernel.CallContext;
import ir.bashgah.kernel.Ids;
import ir.bashgah.kernel.money.Limits;
import ir.bashgah.kernel.problem.Problem;
import ir.bashgah.kernel.problem.ProblemType;
import ir.bashgah.kernel.problem.Validation;
import ir.bashgah.loyalty.api.BalanceView;
import ir.bashgah.loyalty.api.Balances;
import ir.bashgah.loyalty.domain.ledger.Asset;
import ir.bashgah.loyalty.domain.ledger.Balance;
import ir.bashgah.loyalty.domain.ledger.EntryKind;
import ir.bashgah.loyalty.domain.ledger.LedgerStore;
import ir.bashgah.loyalty.domain.ledger.Movements;
import ir.bashgah.loyalty.domain.ledger.Posting;
import ir.bashgah.members.api.MemberIdentifiers;
import ir.bashgah.members.api.MemberRef;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.Map;

/**
 * All or part of a member's points or credit moved to another member (L8). What moves keeps its age
 * and expiry: the receiver gets one lot per lot it was drawn from, so a transfer never extends
 * anything's life.
 */
@ApplicationScoped
public class TransferBalance {
  public record Transfer(String to, String asset, Long amount, String reason) {}

  public record Transferred(String transferId, BalanceView from, BalanceView to) {}

  @Inject MemberBalances members;
  @Inject LedgerStore ledger;
  @Inject Balances balances;
  @Inject Movements movements;
  @Inject AuditLog audit;
  @Inject Clock clock;

  @Transactional
  public Transferred transfer(String memberCode, Transfer request) {
    Validation v = new Validation();
    v.requireText(request.to(), "to", 20);
    v.require(request.asset() != null && Arrays.stream(Asset.values()).anyMatch(a -> a.name().equals(request.asset())), "asset", "must be POINTS or CREDIT");
    v.require(request.to() == null || request.to().isBlank() || MemberIdentifiers.isMemberCode(request.to()), "to", MemberIdentifiers.MEMBER_CODE_RULE);
    boolean points = Asset.POINTS.name().equals(request.asset());
    Limits.require(v, request.amount(), "amount", 1, points ? Limits.MAX_POINTS : Limits.MAX_AMOUNT, points ? "points" : "rials");
    v.requireText(request.reason(), "reason", 500);
    v.throwIfInvalid();
    MemberRef from = members.member(memberCode);
    MemberRef to = members.member(request.to().trim());
    if (from.id() == to.id()) {
      throw Problem.invalid("to", "a member cannot transfer to himself");
    }
    for (MemberRef m : new MemberRef[] {from, to}) {
      if (!m.active()) {
        throw new Problem(ProblemType.MEMBER_BLOCKED, "Member " + m.memberCode() + " is deactivated");
      }
    }
    Asset asset = Asset.valueOf(request.asset());
    Instant now = Instant.now(clock);
    String id = Long.toString(Ids.next());
    String actor = CallContext.actor().name();
    // Both balances, lower member id first, so that two opposite transfers cannot deadlock.
    Balance first = ledger.lock(Math.min(from.id(), to.id()), asset);
    Balance second = ledger.lock(Math.max(from.id(), to.id()), asset);
    Balance source = first.memberId() == from.id() ? first : second;
    Balance target = source == first ? second : first;
    Posting.transfer(ledger, source, target, request.amount(), new Posting.Source(EntryKind.TRANSFER, "transfer", id, request.reason().trim(), actor),
        new Posting.Source(EntryKind.TRANSFER, "transfer", id, "from member " + from.memberCode() + ": " + request.reason().trim(), actor), now);
    movements.transfer(Long.parseLong(id), from.id(), to.id(), asset, request.amount(), request.reason().trim(), now, actor);
    audit.record("LOYALTY.TRANSFER", "member", from.memberCode(), null,
        Map.of("transferId", id, "to", to.memberCode(), "asset", asset.name(), "amount", request.amount(), "reason", request.reason().trim()));
    return new Transferred(id, balances.of(from.id()), balances.of(to.id()));
  }
}
