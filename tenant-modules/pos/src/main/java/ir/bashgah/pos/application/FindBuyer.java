package ir.bashgah.pos.application;

import ir.bashgah.kernel.problem.Problem;
import ir.bashgah.kernel.problem.ProblemType;
import ir.bashgah.kernel.text.Digits;
import ir.bashgah.members.api.MemberDirectory;
import ir.bashgah.members.api.MemberRef;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;

/** The member a till serves: by the card he presents or his member code; a deactivated member is served for nothing (M5). */
@ApplicationScoped
public class FindBuyer {
  private static final ZoneId IRAN = ZoneId.of("Asia/Tehran");

  @Inject MemberDirectory members;
  @Inject Clock clock;

  /** The buyer of an invoice or the spender of a redemption, by card or code (the caller checked their shape). */
  public MemberRef byCardOrCode(String memberCode, String cardNumber) {
    MemberRef member = cardNumber != null
        ? byCard(cardNumber)
        : members.byCode(Digits.toLatin(memberCode).trim()).orElseThrow(() -> Problem.notFound("No member with code " + memberCode));
    return active(member);
  }

  /** A card presented at the till: a blocked, suspended, replaced or expired one answers 423 member-blocked. */
  MemberRef byCard(String cardNumber) {
    return members.byPresentedCard(cardNumber, today()).orElseThrow(() -> Problem.notFound("No member with this card"));
  }

  /** M5: a deactivated member is served nowhere at the till; whether he may spend credit is the redemption's to check. */
  static MemberRef active(MemberRef member) {
    if (!member.active()) {
      throw new Problem(ProblemType.MEMBER_BLOCKED, "The member is deactivated");
    }
    return member;
  }

  private LocalDate today() {
    return LocalDate.ofInstant(clock.instant(), IRAN);
  }
}
