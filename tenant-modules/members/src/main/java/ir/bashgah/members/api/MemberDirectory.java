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

  private static MemberRef ref(Member m) {
    return new MemberRef(m.id(), m.memberCode(), m.fullName(), m.details().group(), m.isActive(), m.isCreditActive());
  }
}
