package ir.bashgah.loyalty.application;

import ir.bashgah.audit.api.AuditLog;
import ir.bashgah.kernel.problem.Problem;
import ir.bashgah.loyalty.api.BalanceView;
import ir.bashgah.loyalty.domain.programme.Programme;
import ir.bashgah.loyalty.domain.programme.ProgrammeRules;
import ir.bashgah.loyalty.domain.programme.Programmes;
import ir.bashgah.loyalty.domain.programme.Standings;
import ir.bashgah.members.api.MemberRef;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;

/** Moves a member to another of the club's programmes (L10); his balances stay, his level is ranked by the new programme's levels. */
@ApplicationScoped
public class ChangeMemberProgramme {
  public record Move(String programme) {}

  @Inject MemberBalances members;
  @Inject Memberships memberships;
  @Inject Programmes programmes;
  @Inject Standings standings;
  @Inject RankMember rank;
  @Inject ReadBalances balances;
  @Inject AuditLog audit;
  @Inject Clock clock;

  @Transactional
  public BalanceView move(String memberCode, Move request) {
    if (request.programme() == null || request.programme().isBlank()) {
      throw Problem.invalid("programme", "is required: the code of one of the club's programmes");
    }
    MemberRef member = members.member(memberCode);
    Programme target = programmes.byCode(request.programme().trim())
        .orElseThrow(() -> Problem.invalid("programme", "no programme " + request.programme() + " in this club"));
    Instant now = Instant.now(clock);
    Memberships.Membership before = memberships.lock(member.id(), now);
    standings.move(member.id(), target.code());
    ProgrammeRules.Tier tier = rank.rank(new Memberships.Membership(before.row(), target), now);
    audit.record("LOYALTY.MEMBER_PROGRAMME", "member", member.memberCode(), Map.of("programme", before.programme().code(), "level", before.row().levelCode()),
        Map.of("programme", target.code(), "level", tier.code()));
    return balances.of(member.id(), tier);
  }
}
