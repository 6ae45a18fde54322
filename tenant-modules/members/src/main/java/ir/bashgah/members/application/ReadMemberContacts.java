package ir.bashgah.members.application;

import ir.bashgah.members.api.MemberContacts;
import ir.bashgah.members.domain.member.Members;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;

/** The member's mobile and email as messaging needs them; they are stored encrypted, so this reads the member, not his listing. */
@ApplicationScoped
public class ReadMemberContacts implements MemberContacts {
  @Inject Members members;

  @Override
  public Optional<Contact> byCode(String memberCode) {
    return members.byCode(memberCode).map(m -> new Contact(m.id(), m.memberCode(), m.details().mobile(), m.details().email()));
  }
}
