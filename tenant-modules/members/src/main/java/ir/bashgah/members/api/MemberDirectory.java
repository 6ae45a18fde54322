package ir.bashgah.members.api;

import java.time.LocalDate;
import java.util.Optional;

/** How other modules (loyalty, POS) find a member of the tenant in context. */
public interface MemberDirectory {
  Optional<MemberRef> byCode(String memberCode);

  Optional<MemberRef> byCardNumber(String cardNumber);

  /**
   * The member a card presented at a till belongs to, if the card may be used now: a blocked,
   * suspended, replaced or expired card answers 423 member-blocked rather than the member.
   */
  Optional<MemberRef> byPresentedCard(String cardNumber, LocalDate today);

  Optional<MemberRef> byMobile(String mobile);
}
