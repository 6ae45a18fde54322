package ir.bashgah.members.application;

import ir.bashgah.audit.api.AuditLog;
import ir.bashgah.kernel.CallContext;
import ir.bashgah.kernel.persistence.Constraints;
import ir.bashgah.kernel.problem.FieldError;
import ir.bashgah.kernel.problem.Problem;
import ir.bashgah.kernel.problem.ProblemType;
import ir.bashgah.kernel.text.NationalCode;
import ir.bashgah.members.domain.card.Card;
import ir.bashgah.members.domain.card.CardNumbers;
import ir.bashgah.members.domain.member.Member;
import ir.bashgah.members.domain.member.MemberDetails;
import ir.bashgah.members.infra.Members;
import ir.bashgah.members.api.MemberDirectory;
import ir.bashgah.members.api.MemberRegistered;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

/**
 * Registers a member at any branch or from a sales system (M1, M2): checks every field, refuses a
 * mobile, national code or external reference already in this club, gives the next member code and
 * a first card.
 */
@ApplicationScoped
public class RegisterMember {
  static final ZoneId IRAN = ZoneId.of("Asia/Tehran");
  static final String DEFAULT_CARD_TYPE = "STANDARD";

  @Inject Members members;
  @Inject AuditLog audit;
  @Inject Clock clock;
  @Inject Event<MemberRegistered> registered;

  @Transactional
  public MemberView register(MemberForm form) {
    Instant now = Instant.now(clock);
    MemberDetails details = form.validated(LocalDate.ofInstant(now, IRAN));
    refuseDuplicates(details);
    if (details.referrerCode() != null && members.byCode(details.referrerCode()).isEmpty()) {
      throw Problem.invalid("referrerCode", "no member with code " + details.referrerCode() + " in this club");
    }
    Member member = Member.register(members.nextMemberCode(), details, CallContext.actor().branch(), now);
    members.add(member);
    Card card = Card.issue(CardNumbers.next(), member.id(), DEFAULT_CARD_TYPE, now, null);
    try {
      // The member's row first: EclipseLink does not order unrelated inserts, and the card refers to it.
      members.flush();
      members.add(card);
      members.flush();
    } catch (RuntimeException e) {
      if (Constraints.isDuplicateKey(e)) {
        // Two registrations of the same person raced past the checks above.
        throw Problem.conflict("A member with this mobile, national code or external reference was registered at the same moment");
      }
      throw e;
    }
    audit.record("MEMBER.REGISTER", "member", member.memberCode(), null,
        Map.of("name", member.fullName(), "mobile", details.mobile(), "nationalCode", String.valueOf(NationalCode.masked(details.nationalCode()))));
    registered.fire(new MemberRegistered(MemberDirectory.ref(member), now));
    return MemberView.of(member, List.of(card));
  }

  private void refuseDuplicates(MemberDetails d) {
    members.byMobile(d.mobile()).ifPresent(m -> {
      throw new Problem(ProblemType.CONFLICT, "Mobile " + d.mobile() + " already belongs to member " + m.memberCode(),
          List.of(new FieldError("mobile", "already registered")));
    });
    if (d.nationalCode() != null) {
      members.byNationalCode(d.nationalCode()).ifPresent(m -> {
        throw new Problem(ProblemType.CONFLICT, "This national code already belongs to member " + m.memberCode(),
            List.of(new FieldError("nationalCode", "already registered")));
      });
    }
    if (d.externalRef() != null) {
      members.byExternalRef(d.externalRef()).ifPresent(m -> {
        throw new Problem(ProblemType.CONFLICT, "External reference " + d.externalRef() + " already belongs to member " + m.memberCode(),
            List.of(new FieldError("externalRef", "already registered")));
      });
    }
  }
}
