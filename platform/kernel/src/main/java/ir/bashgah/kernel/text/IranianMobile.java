package ir.bashgah.kernel.text;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.PhoneNumberUtil.PhoneNumberType;
import com.google.i18n.phonenumbers.Phonenumber.PhoneNumber;
import java.util.Optional;

/**
 * An Iranian mobile number in its stored form {@code 09121234567}. Accepts 09.., +989.., 989.., 9..
 * with Persian or Arabic digits, spaces and dashes; libphonenumber decides what is a mobile range.
 */
public final class IranianMobile {
  private static final PhoneNumberUtil PHONES = PhoneNumberUtil.getInstance();

  private IranianMobile() {}

  public static Optional<String> normalize(String input) {
    if (input == null) {
      return Optional.empty();
    }
    String digits = Digits.toLatin(input).replaceAll("[\\s\\-()]", "");
    if (digits.startsWith("0098")) {
      digits = "+" + digits.substring(2);
    } else if (digits.startsWith("98") && digits.length() == 12) {
      digits = "+" + digits;
    }
    if (!digits.matches("\\+?[0-9]{10,13}")) {
      return Optional.empty();
    }
    try {
      PhoneNumber number = PHONES.parse(digits, "IR");
      if (number.getCountryCode() != 98
          || !PHONES.isValidNumber(number)
          || PHONES.getNumberType(number) != PhoneNumberType.MOBILE) {
        return Optional.empty();
      }
      return Optional.of("0" + number.getNationalNumber());
    } catch (NumberParseException e) {
      return Optional.empty();
    }
  }

  /** For logs and audit: the operator's prefix and the last two digits (0912…67), never the whole number. */
  public static String masked(String mobile) {
    return mobile == null || mobile.length() <= 6 ? mobile == null ? null : "…" : mobile.substring(0, 4) + "…" + mobile.substring(mobile.length() - 2);
  }
}
