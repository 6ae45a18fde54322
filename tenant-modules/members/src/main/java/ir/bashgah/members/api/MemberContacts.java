package ir.bashgah.members.api;

import java.util.Optional;

/** Where a member of the tenant in context can be reached, for the club's messages. */
public interface MemberContacts {
  /** {@code mobile} as 09xxxxxxxxx; {@code email} null when the member gave none. */
  record Contact(long memberId, String memberCode, String mobile, String email) {}

  Optional<Contact> byCode(String memberCode);
}
