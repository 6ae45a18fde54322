package ir.bashgah.members.application;

import ir.bashgah.members.api.MemberContacts;
import ir.bashgah.members.domain.member.Member;
import ir.bashgah.members.domain.member.Members;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** The member's mobile and email as messaging needs them; they are stored encrypted, so this reads the member, not his listing. */
@ApplicationScoped
public class ReadMemberContacts implements MemberContacts {
  @Inject Members members;

  @Override
  public Optional<Contact> byCode(String memberCode) {
    return members.byCode(memberCode).map(ReadMemberContacts::contact);
  }

  @Override
  public Map<Long, Contact> byIds(Collection<Long> memberIds) {
    Map<Long, Contact> found = new HashMap<>();
    for (Member m : members.byIds(memberIds)) {
      found.put(m.id(), contact(m));
    }
    return found;
  }

  private static Contact contact(Member m) {
    return new Contact(m.id(), m.memberCode(), m.details().firstName(), m.details().lastName(), m.details().mobile(), m.details().email());
  }
}
