package ir.bashgah.members.application;

import ir.bashgah.kernel.text.IranianMobile;
import ir.bashgah.members.api.MemberDirectory;
import ir.bashgah.members.api.MemberRef;
import ir.bashgah.members.domain.card.Card;
import ir.bashgah.members.domain.card.CardNumbers;
import ir.bashgah.members.domain.member.Member;
import ir.bashgah.members.domain.member.Members;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.Optional;

/** Other modules (loyalty, POS) look up a member of the tenant in context by code, card or mobile. */
@ApplicationScoped
public class LookUpMember implements MemberDirectory {
  @Inject Members members;

  @Override
  public Optional<MemberRef> byCode(String memberCode) {
    return members.listingByCode(memberCode).map(LookUpMember::ref);
  }

  @Override
  public Optional<MemberRef> byCardNumber(String cardNumber) {
    return members.byCardNumber(cardNumber).map(LookUpMember::ref);
  }

  @Override
  public Optional<MemberRef> byPresentedCard(String cardNumber, LocalDate today) {
    return members.listingByCard(CardNumbers.normalise(cardNumber)).map(m -> {
      Card.requireUsable(m.cardNumber(), m.cardStatus(), m.cardExpiresOn(), today);
      return ref(m);
    });
  }

  @Override
  public Optional<MemberRef> byMobile(String mobile) {
    return IranianMobile.normalize(mobile).flatMap(members::byMobile).map(LookUpMember::ref);
  }

  static MemberRef ref(Members.Listing m) {
    return new MemberRef(m.id(), m.memberCode(), m.fullName(), m.group(), m.active(), m.creditActive(), m.referrerCode());
  }

  /** The member as other modules see him. */
  static MemberRef ref(Member m) {
    return new MemberRef(m.id(), m.memberCode(), m.fullName(), m.details().group(), m.isActive(), m.isCreditActive(), m.details().referrerCode());
  }
}
