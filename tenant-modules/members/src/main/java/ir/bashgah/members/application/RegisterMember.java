package ir.bashgah.members.application;

import ir.bashgah.audit.api.AuditLog;
import ir.bashgah.kernel.CallContext;
import ir.bashgah.kernel.text.IranianMobile;
import ir.bashgah.kernel.text.NationalCode;
import ir.bashgah.members.api.MemberRegistered;
import ir.bashgah.members.domain.card.Card;
import ir.bashgah.members.domain.member.Member;
import ir.bashgah.members.domain.member.MemberDetails;
import ir.bashgah.members.domain.member.Members;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * Registers a member at any branch or from a sales system (M1, M2): checks every field, refuses a
 * mobile, national code or external reference already in this club, gives the next member code and
 * a first card.
 */
@ApplicationScoped
public class RegisterMember {
  @Inject Members members;
  @Inject MemberChecks checks;
  @Inject IssueCard cards;
  @Inject AuditLog audit;
  @Inject Clock clock;
  @Inject Event<MemberRegistered> registered;

  @Transactional
  public MemberView register(MemberForm form) {
    Instant now = Instant.now(clock);
    MemberDetails details = checks.resolved(form.validated(LocalDate.ofInstant(now, IssueCard.IRAN)), null);
    checks.refuseDuplicates(details, null);
    Member member = Member.register(members.nextMemberCode(), details, CallContext.actor().branch(), now);
    members.add(member);
    // The member's row first: EclipseLink does not order unrelated inserts, and the card refers to it.
    checks.store();
    Card card = cards.mint(member.id(), cards.standardType(), now);
    audit.record("MEMBER.REGISTER", "member", member.memberCode(), null,
        Map.of("name", member.fullName(), "mobile", IranianMobile.masked(details.mobile()), "nationalCode", String.valueOf(NationalCode.masked(details.nationalCode()))));
    registered.fire(new MemberRegistered(LookUpMember.ref(member), now));
    return MemberView.of(member, List.of(card), List.of());
  }
}
