package ir.bashgah.members.domain.member;

import ir.bashgah.members.domain.card.Card;
import java.util.List;
import java.util.Optional;

/** Members and cards of the tenant in context. */
public interface Members {
  Optional<Member> byCode(String memberCode);

  /**
   * A member as other modules see him (and, found by a card, that card's state), read in one query
   * without building the entity: the till looks one up on every call.
   */
  record Listing(long id, String memberCode, String firstName, String lastName, String group, boolean active, boolean creditActive, String referrerCode,
      String cardNumber, Card.Status cardStatus, java.time.LocalDate cardExpiresOn) {
    public String fullName() {
      return (firstName + " " + lastName).trim();
    }
  }

  Optional<Listing> listingByCode(String memberCode);

  Optional<Listing> listingByCard(String cardNumber);

  /** The member, or 404 naming the code. */
  Member existing(String memberCode);

  Member existingForUpdate(String memberCode);

  Optional<Member> byMobile(String normalisedMobile);

  Optional<Member> byNationalCode(String normalisedCode);

  Optional<Member> byExternalRef(String externalRef);

  Optional<Member> byCardNumber(String cardNumber);

  /** Members whose first or last name starts with {@code prefix}, by last name. */
  List<Member> byNamePrefix(String prefix, int page, int size);

  long countByNamePrefix(String prefix);

  /** Members carrying {@code tag}, by last name, like the name search. */
  List<Member> byTag(String tag, int page, int size);

  long countByTag(String tag);

  long count();

  List<Member> newestFirst(int page, int size);

  Optional<Card> card(String cardNumber);

  Card existingCardForUpdate(String cardNumber);

  Optional<Member> byId(long memberId);

  /** Those of {@code memberIds} that exist, in no particular order. */
  List<Member> byIds(java.util.Collection<Long> memberIds);

  /** The member read afresh under his row lock, which orders concurrent counts of wrong PINs. */
  Member lockById(long memberId);

  List<Card> cardsOf(Member member);

  String nextMemberCode();

  long reserveCodes(int count);

  void add(Object entity);

  void flush();
}
