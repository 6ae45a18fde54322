package ir.bashgah.members.domain.member;

import ir.bashgah.kernel.crypto.FieldCipher;
import ir.bashgah.members.domain.card.CardType;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * Members and their first cards written many at a time, for imports of up to millions of rows. Every
 * column is what {@link Member} and {@link ir.bashgah.members.domain.card.Card} would store: the same
 * encryption, the same blind indexes, the same defaults.
 */
public interface MemberRows {
  /**
   * A member ready to be written: checked details with the sensitive columns already encrypted and
   * indexed (the costly part, done before the transaction so the member-code counter is held briefly).
   */
  record Prepared(MemberDetails details, String mobile, String mobileIndex, String nationalCode, String nationalCodeIndex, String phone,
      String otherPhones, String address) {
    public static Prepared of(MemberDetails d) {
      return new Prepared(d, FieldCipher.encrypt(d.mobile()), FieldCipher.blindIndex(d.mobile()), FieldCipher.encrypt(d.nationalCode()),
          FieldCipher.blindIndex(d.nationalCode()), FieldCipher.encrypt(d.phone()), FieldCipher.encrypt(d.otherPhones()), FieldCipher.encrypt(d.address()));
    }
  }

  /** A member as written: his id, code and first card. */
  record Written(long memberId, String memberCode, String cardNumber) {}

  List<Written> insert(List<Prepared> members, long[] memberIds, long firstCode, CardType cardType, String branch, Instant now);

  /**
   * Which of {@code values} a member of the club already has in {@code column} (a constant of the
   * caller: mobile_index, national_code_index, external_ref or member_code), each with that member's code.
   */
  Map<String, String> taken(String column, Collection<String> values);
}
