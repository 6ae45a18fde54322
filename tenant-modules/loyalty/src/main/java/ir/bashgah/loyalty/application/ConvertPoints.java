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
import ir.bashgah.loyalty.domain.ledger.EntryKind;
import ir.bashgah.loyalty.domain.ledger.LedgerStore;
import ir.bashgah.loyalty.domain.ledger.Movements;
import ir.bashgah.loyalty.domain.ledger.Posting;
import ir.bashgah.loyalty.domain.programme.ProgrammeRules;
import ir.bashgah.members.api.MemberRef;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.math.BigInteger;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;

/**
 * Points turned into credit at the rate of the member's group (L1), e.g. group A: 100 points =
 * 10,000 IRR. The credit is rounded down to whole rials; the points leave oldest-first, the credit
 * arrives as a new lot under the programme's credit expiry.
 */
@ApplicationScoped
public class ConvertPoints {
  public record Conversion(Long points) {}

  public record Converted(String conversionId, long points, long credit, BalanceView balance) {}

  @Inject MemberBalances members;
  @Inject Memberships memberships;
  @Inject LedgerStore ledger;
  @Inject Grants grants;
  @Inject Balances balances;
  @Inject Movements movements;
  @Inject AuditLog audit;
  @Inject Clock clock;

  @Transactional
  public Converted convert(String memberCode, Conversion request) {
    Limits.require(new Validation(), request.points(), "points", 1, Limits.MAX_POINTS, "points").throwIfInvalid();
    MemberRef member = members.member(memberCode);
    if (!member.active() || !member.creditActive()) {
      throw new Problem(ProblemType.MEMBER_BLOCKED, member.active() ? "The member's credit is deactivated" : "The member is deactivated");
    }
    Instant now = Instant.now(clock);
    ProgrammeRules rules = memberships.read(member.id()).rules();
    ProgrammeRules.ConversionRules conversion = rules.conversion();
    if (!conversion.enabled()) {
      throw Problem.invalid("points", "the member's programme does not convert points to credit");
    }
    long points = request.points();
    if (points < conversion.minimumPoints()) {
      throw Problem.invalid("points", "at least " + conversion.minimumPoints() + " points are converted at a time");
    }
    ProgrammeRules.Rate rate = conversion.rateFor(member.group())
        .orElseThrow(() -> Problem.invalid("points", "the programme has no conversion rate for group " + member.group()));
    BigInteger worth = BigInteger.valueOf(points).multiply(BigInteger.valueOf(rate.rials())).divide(BigInteger.valueOf(rate.points()));
    if (!Limits.atMost(worth, Limits.MAX_AMOUNT)) {
      throw Problem.invalid("points", points + " points are worth " + worth + " rials at " + rate.points() + " points = " + rate.rials()
          + " rials, above the maximum of " + Limits.grouped(Limits.MAX_AMOUNT) + " rials for one conversion");
    }
    long credit = worth.longValue();
    if (credit == 0) {
      throw Problem.invalid("points", points + " points are worth less than one rial at " + rate.points() + " points = " + rate.rials() + " rials");
    }
    String id = Long.toString(Ids.next());
    String actor = CallContext.actor().name();
    // Points before credit: the order every path locks a member's two balances in.
    Posting.spend(ledger, ledger.lock(member.id(), Asset.POINTS), member.id(), points,
        new Posting.Source(EntryKind.CONVERT, "conversion", id, rate.points() + " points = " + rate.rials() + " rials", actor), now);
    grants.grant(member.id(), Asset.CREDIT, credit, new Posting.Source(EntryKind.CONVERT, "conversion", id, points + " points", actor), rules, now);
    movements.conversion(Long.parseLong(id), member.id(), points, credit, rate.points(), rate.rials(), now, actor);
    audit.record("LOYALTY.CONVERT", "member", member.memberCode(), null, Map.of("conversionId", id, "points", points, "credit", credit));
    return new Converted(id, points, credit, balances.of(member.id()));
  }
}
