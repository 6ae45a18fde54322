package ir.bashgah.kernel.text;

import java.util.Optional;

/**
 * The Iranian national code (کد ملی): ten digits whose last is a check digit over the first nine,
 * weighted 10..2, modulo 11 (remainder under 2 is the digit itself, otherwise 11 minus it). Codes of
 * one repeated digit pass that sum but are not issued, so they are refused too.
 */
public final class NationalCode {
  private NationalCode() {}

  /** The code in its stored form (ten ASCII digits), or empty when it is not a valid code. */
  public static Optional<String> normalize(String input) {
    if (input == null) {
      return Optional.empty();
    }
    String digits = Digits.toLatin(input).replaceAll("[\\s\\-]", "");
    if (digits.matches("\\d{8,9}")) {
      digits = "0".repeat(10 - digits.length()) + digits;
    }
    if (!digits.matches("\\d{10}") || digits.chars().distinct().count() == 1) {
      return Optional.empty();
    }
    int sum = 0;
    for (int i = 0; i < 9; i++) {
      sum += (digits.charAt(i) - '0') * (10 - i);
    }
    int remainder = sum % 11;
    int check = remainder < 2 ? remainder : 11 - remainder;
    return check == digits.charAt(9) - '0' ? Optional.of(digits) : Optional.empty();
  }

  /** For logs and audit: never the whole code. */
  public static String masked(String code) {
    return code == null || code.length() < 4 ? code : code.substring(0, 3) + "****" + code.substring(code.length() - 3);
  }
}
