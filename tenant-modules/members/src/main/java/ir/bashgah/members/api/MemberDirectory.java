package ir.bashgah.members.api;

import ir.bashgah.members.domain.member.Member;
import ir.bashgah.members.infra.Members;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;

/** How other modules (loyalty, POS) find a member of the tenant in context. */
@ApplicationScoped
public class MemberDirectory {
  @Inject Members members;

  public Optional<MemberRef> byCode(String memberCode) {
    return members.byCode(memberCode).map(MemberDirectory::ref);
  }

  public Optional<MemberRef> byCardNumber(String cardNumber) {
    return members.byCardNumber(cardNumber).map(MemberDirectory::ref);
  }

  /**
   * The member a card presented at a till belongs to, if the card may be used now: a blocked,
   * suspended, replaced or expired card answers 423 member-blocked rather than the member.
   */
  public Optional<MemberRef> byPresentedCard(String cardNumber, java.time.LocalDate today) {
    String number = ir.bashgah.kernel.text.Digits.toLatin(cardNumber).replaceAll("[\\s\\-]", "");
    return members.byCardNumber(number).map(m -> {
      ir.bashgah.members.domain.card.Card card = members.cardsOf(m).stream().filter(c -> c.cardNumber().equals(number)).findFirst().orElseThrow();
      if (!card.isUsable(today)) {
        throw new ir.bashgah.kernel.problem.Problem(ir.bashgah.kernel.problem.ProblemType.MEMBER_BLOCKED,
            "Card " + number.substring(0, 4) + "…" + number.substring(12) + " is " + (card.status() == ir.bashgah.members.domain.card.Card.Status.ACTIVE ? "expired" : card.status().name().toLowerCase()));
      }
      return ref(m);
    });
  }

  public Optional<MemberRef> byMobile(String mobile) {
    return ir.bashgah.kernel.text.IranianMobile.normalize(mobile).flatMap(members::byMobile).map(MemberDirectory::ref);
  }

  public static MemberRef ref(Member m) {
    return new MemberRef(m.id(), m.memberCode(), m.fullName(), m.details().group(), m.isActive(), m.isCreditActive(), m.details().referrerCode());
  }
}
