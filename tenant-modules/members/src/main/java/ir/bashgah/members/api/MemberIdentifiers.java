package ir.bashgah.members.api;

import ir.bashgah.kernel.text.Digits;
import ir.bashgah.kernel.text.Luhn;
import java.util.regex.Pattern;

/**
 * What a member code and a card number look like (docs/security.md, "Input limits"), so that a field
 * that cannot name any member is refused as invalid (422 naming it) before anything is looked up.
 * Persian and Arabic digits are read as Latin ones; a card number may have spaces or dashes, as typed.
 */
public final class MemberIdentifiers {
  /** Member codes are handed out by the club's counter: digits only, at most 20 of them. */
  private static final Pattern MEMBER_CODE = Pattern.compile("[0-9]{1,20}");

  public static final String MEMBER_CODE_RULE = "must be a member code: 1 to 20 digits";
  public static final String CARD_NUMBER_RULE = "must be a card number: 16 digits starting with 9, with a valid check digit";

  private MemberIdentifiers() {}

  public static boolean isMemberCode(String code) {
    return code != null && MEMBER_CODE.matcher(Digits.toLatin(code).trim()).matches();
  }

  public static boolean isCardNumber(String number) {
    if (number == null || number.length() > 40) {
      return false;
    }
    // The shape of the club's card numbers (members' CardNumbers): 16 digits, a leading 9, a Luhn check digit.
    String digits = Digits.toLatin(number).replaceAll("[\\s\\-]", "");
    return digits.length() == 16 && digits.charAt(0) == '9' && Luhn.isValid(digits);
  }
}
