package ir.bashgah.members.api;

import ir.bashgah.members.domain.card.CardNumbers;
import ir.bashgah.members.domain.member.Member;
import ir.bashgah.members.infra.Members;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
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
  public Optional<MemberRef> byPresentedCard(String cardNumber, LocalDate today) {
    return members.card(CardNumbers.normalise(cardNumber)).map(card -> {
      card.requireUsable(today);
      return ref(members.byId(card.memberId()).orElseThrow());
    });
  }

  public Optional<MemberRef> byMobile(String mobile) {
    return ir.bashgah.kernel.text.IranianMobile.normalize(mobile).flatMap(members::byMobile).map(MemberDirectory::ref);
  }

  public static MemberRef ref(Member m) {
    return new MemberRef(m.id(), m.memberCode(), m.fullName(), m.details().group(), m.isActive(), m.isCreditActive(), m.details().referrerCode());
  }
}
