package ir.bashgah.imports.domain.memberimport;

import ir.bashgah.kernel.money.Limits;
import ir.bashgah.kernel.text.Digits;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * An opening amount of points or rials as a file holds it: a whole number, 0 or more, with Persian or
 * Arabic digits and thousands separators if the spreadsheet added them. Never a fraction: points and
 * rials are whole by definition, and rounding a customer's balance silently is not ours to do.
 */
public final class OpeningAmount {
  /** The largest amount one movement may bring ({@link Limits}): 10^15 points or rials. */
  static final long MAX = Math.min(Limits.MAX_AMOUNT, Limits.MAX_POINTS);
  private static final Pattern WHOLE = Pattern.compile("[0-9]{1,16}");
  private static final Pattern SEPARATORS = Pattern.compile("[,\u066C\u060C\u00A0 ]");

  private OpeningAmount() {}

  /** The amount, 0 for a blank cell; empty when the text is not a whole number from 0 to {@link #MAX}. */
  public static Optional<Long> parse(String text) {
    if (text == null || text.isBlank()) {
      return Optional.of(0L);
    }
    String digits = SEPARATORS.matcher(Digits.toLatin(text.strip())).replaceAll("");
    if (digits.startsWith("+")) {
      digits = digits.substring(1);
    }
    return WHOLE.matcher(digits).matches() && Long.parseLong(digits) <= MAX ? Optional.of(Long.parseLong(digits)) : Optional.empty();
  }

  public static String rule() {
    return "must be a whole number from 0 to " + Limits.grouped(MAX) + " (no fractions, no minus sign)";
  }
}
