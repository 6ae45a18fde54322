package ir.bashgah.members.application;

import ir.bashgah.kernel.problem.Problem;
import ir.bashgah.kernel.text.Digits;
import ir.bashgah.kernel.text.IranianMobile;
import ir.bashgah.kernel.text.NationalCode;
import ir.bashgah.members.domain.member.Member;
import ir.bashgah.members.infra.Members;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;

/** Finds members by code, mobile, national code, card number or name (M6, M7). */
@ApplicationScoped
public class FindMembers {
  public record Criteria(String mobile, String nationalCode, String cardNumber, String code, String name, int page, int size) {}

  @Inject Members members;

  @Transactional
  public MemberView byCode(String memberCode) {
    Member m = members.byCode(Digits.toLatin(memberCode).trim()).orElseThrow(() -> Problem.notFound("No member with code " + memberCode));
    return MemberView.of(m, members.cardsOf(m));
  }

  /** Exact criteria answer at most one member; a name answers a page; nothing answers the newest. */
  @Transactional
  public List<MemberView> search(Criteria c) {
    Optional<Member> exact;
    if (c.mobile() != null) {
      exact = IranianMobile.normalize(c.mobile()).flatMap(members::byMobile);
    } else if (c.nationalCode() != null) {
      exact = NationalCode.normalize(c.nationalCode()).flatMap(members::byNationalCode);
    } else if (c.cardNumber() != null) {
      exact = members.byCardNumber(Digits.toLatin(c.cardNumber()).replaceAll("[\\s\\-]", ""));
    } else if (c.code() != null) {
      exact = members.byCode(Digits.toLatin(c.code()).trim());
    } else {
      List<Member> page = c.name() != null ? members.byNamePrefix(c.name().trim(), c.page(), c.size()) : members.newestFirst(c.page(), c.size());
      return page.stream().map(m -> MemberView.of(m, members.cardsOf(m))).toList();
    }
    return exact.map(m -> List.of(MemberView.of(m, members.cardsOf(m)))).orElse(List.of());
  }
}
