package ir.bashgah.members.application;

import ir.bashgah.features.api.Features;
import ir.bashgah.kernel.problem.Problem;
import ir.bashgah.kernel.text.Digits;
import ir.bashgah.kernel.text.IranianMobile;
import ir.bashgah.kernel.text.NationalCode;
import ir.bashgah.members.domain.card.Card;
import ir.bashgah.members.domain.card.CardNumbers;
import ir.bashgah.members.domain.member.Member;
import ir.bashgah.members.domain.member.Members;
import ir.bashgah.members.domain.timeline.Timeline;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;

/** Finds members by code, mobile, national code, card number, tag or name (M6, M7, B2). */
@ApplicationScoped
public class FindMembers {
  public record Criteria(String mobile, String nationalCode, String cardNumber, String code, String tag, String name, int page, int size) {}

  /** A page of members and how many match in all, so a console can page through them. */
  public record Found(List<MemberView> members, long total) {}

  @Inject Members members;
  @Inject Timeline timeline;
  @Inject Features features;

  @Transactional
  public MemberView byCode(String memberCode) {
    return view(members.existing(memberCode));
  }

  /** Exact criteria answer at most one member; a tag or a name answers a page; nothing answers every member, newest first. */
  @Transactional
  public Found search(Criteria c) {
    Optional<Member> exact;
    if (c.mobile() != null) {
      exact = IranianMobile.normalize(c.mobile()).flatMap(members::byMobile);
    } else if (c.nationalCode() != null) {
      exact = NationalCode.normalize(c.nationalCode()).flatMap(members::byNationalCode);
    } else if (c.cardNumber() != null) {
      exact = members.byCardNumber(CardNumbers.normalise(c.cardNumber()));
    } else if (c.code() != null) {
      exact = members.byCode(Digits.toLatin(c.code()).trim());
    } else if (c.tag() != null) {
      features.require("B2");
      String tag = TagMember.tag(c.tag());
      return new Found(views(members.byTag(tag, c.page(), c.size())), members.countByTag(tag));
    } else if (c.name() != null) {
      String prefix = c.name().trim();
      return new Found(views(members.byNamePrefix(prefix, c.page(), c.size())), members.countByNamePrefix(prefix));
    } else {
      return new Found(views(members.newestFirst(c.page(), c.size())), members.count());
    }
    // One member at most: a page past the first is empty, and the total says there is one.
    List<MemberView> found = exact.map(m -> List.of(view(m))).orElse(List.of());
    return new Found(c.page() == 0 ? found : List.of(), found.size());
  }

  private List<MemberView> views(List<Member> page) {
    return page.stream().map(this::view).toList();
  }

  @Transactional
  public CardView card(String cardNumber) {
    Card card = members.card(CardNumbers.normalise(cardNumber)).orElseThrow(() -> Problem.notFound("No card with this number"));
    return CardView.of(card, members.byId(card.memberId()).orElseThrow().memberCode());
  }

  private MemberView view(Member m) {
    return MemberView.of(m, members.cardsOf(m), timeline.tagsOf(m.id()));
  }
}
