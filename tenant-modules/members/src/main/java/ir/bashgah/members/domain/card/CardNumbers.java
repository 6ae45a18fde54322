package ir.bashgah.members.domain.card;

import ir.bashgah.kernel.text.Digits;
import ir.bashgah.kernel.text.Luhn;
import java.security.SecureRandom;

/**
 * Card numbers: 16 digits, a leading 9 (so they never look like an Iranian bank card, which start
 * with 5 or 6), 14 digits from a cryptographic random source, and a Luhn check digit. Random rather
 * than sequential, so a card number says nothing about its neighbours; the check digit catches a
 * mistyped digit at the till before any lookup. Collisions are caught by the unique index.
 */
public final class CardNumbers {
  private static final SecureRandom RANDOM = new SecureRandom();

  private CardNumbers() {}

  public static String next() {
    StringBuilder payload = new StringBuilder("9");
    for (int i = 0; i < 14; i++) {
      payload.append((char) ('0' + RANDOM.nextInt(10)));
    }
    return payload.toString() + Luhn.checkDigit(payload.toString());
  }

  /** A number as typed at a till or in a URL: Persian digits made Latin, spaces and dashes dropped. */
  public static String normalise(String typed) {
    return typed == null ? null : Digits.toLatin(typed).replaceAll("[\\s\\-]", "");
  }

  public static boolean isWellFormed(String number) {
    return number != null && number.length() == 16 && number.charAt(0) == '9' && Luhn.isValid(number);
  }
}
