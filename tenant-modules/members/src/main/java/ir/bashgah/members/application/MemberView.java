package ir.bashgah.members.application;

import ir.bashgah.kernel.text.NationalCode;
import ir.bashgah.members.domain.card.Card;
import ir.bashgah.members.domain.member.Member;
import ir.bashgah.members.domain.member.MemberDetails;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** A member as the staff API shows it. The national code is shown masked; tags (B2) in order. */
public record MemberView(
    String memberCode,
    String cardNumber,
    String title,
    String firstName,
    String lastName,
    String group,
    String category,
    String nationalCode,
    LocalDate birthDate,
    LocalDate marriageDate,
    String educationDegree,
    String educationField,
    String mobile,
    String phone,
    String otherPhones,
    String address,
    String city,
    String postalCode,
    String email,
    String referrerCode,
    String notes,
    String externalRef,
    boolean active,
    boolean creditActive,
    Instant registeredAt,
    List<String> tags,
    List<CardView> cards) {

  /** {@code cardNumber} is the newest active card, the one the member is asked for at the till. */
  public static MemberView of(Member m, List<Card> cards, List<String> tags) {
    MemberDetails d = m.details();
    String activeCard = cards.stream().filter(c -> c.status() == Card.Status.ACTIVE).map(Card::cardNumber).findFirst().orElse(null);
    return new MemberView(m.memberCode(), activeCard, d.title(), d.firstName(), d.lastName(), d.group(), d.category(),
        NationalCode.masked(d.nationalCode()), d.birthDate(), d.marriageDate(), d.educationDegree(), d.educationField(), d.mobile(),
        d.phone(), d.otherPhones(), d.address(), d.city(), d.postalCode(), d.email(), d.referrerCode(), d.notes(), d.externalRef(),
        m.isActive(), m.isCreditActive(), m.createdAt(), tags, cards.stream().map(c -> CardView.of(c, m.memberCode())).toList());
  }
}
