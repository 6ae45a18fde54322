package ir.bashgah.members.api;

import java.util.Collection;
import java.util.Map;
import java.util.Optional;

/** Where a member of the tenant in context can be reached, and how he is addressed, for the club's messages. */
public interface MemberContacts {
  /** {@code mobile} as 09xxxxxxxxx; {@code email} null when the member gave none. */
  record Contact(long memberId, String memberCode, String firstName, String lastName, String mobile, String email) {}

  Optional<Contact> byCode(String memberCode);

  /** The contacts of those of {@code memberIds} the club has, by id. */
  Map<Long, Contact> byIds(Collection<Long> memberIds);
}
