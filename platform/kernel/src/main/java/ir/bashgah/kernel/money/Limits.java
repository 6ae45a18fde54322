package ir.bashgah.kernel.money;

import ir.bashgah.kernel.problem.Validation;
import java.math.BigInteger;

/**
 * The largest figures the platform takes and keeps, in one place (docs/security.md, "Input limits").
 * Every amount, price and quantity of the API is checked against them and refused with 422
 * validation-failed naming the field; a balance is never moved beyond its maximum. They sit far below
 * {@link Long#MAX_VALUE} (about 9.2 × 10^18), so that sums of them never overflow a long where the code
 * adds a few of them, and where it adds many it uses {@link Sums}.
 */
public final class Limits {
  /**
   * 10^15 rials: the largest amount of money in one field, one line, one invoice, one payment, one
   * redemption, one adjustment, one transfer, one conversion's credit or one opening balance. A till's
   * invoice never needs more.
   */
  public static final long MAX_AMOUNT = 1_000_000_000_000_000L;

  /**
   * 10^15 points: the most points moved at once (an adjustment, a transfer, a conversion, an opening
   * balance, what one invoice earns).
   */
  public static final long MAX_POINTS = 1_000_000_000_000_000L;

  /**
   * 9 × 10^15: the most a member may hold of points, or of credit in rials (available and pending
   * together): nine of the largest movements. It stays below 2^53, so a balance is exact in every
   * JSON reader, JavaScript's included (RFC 8259, section 6: integers beyond ±(2^53 - 1) lose digits).
   */
  public static final long MAX_BALANCE = 9_000_000_000_000_000L;

  /** 1,000,000 units: the largest quantity of one invoice line or return line. */
  public static final long MAX_QUANTITY = 1_000_000L;

  private Limits() {}

  /** {@code value} is required and must be a whole number from {@code min} to {@code max}; {@code unit} is named in the message ("rials"). */
  public static Validation require(Validation v, Long value, String field, long min, long max, String unit) {
    if (value != null && value >= min && value <= max) {
      return v;
    }
    // The message only when it is needed: formatting it for every valid amount cost the till a twentieth of its time.
    return v.require(false, field, "must be a whole number of " + unit + " from " + grouped(min) + " to " + grouped(max));
  }

  /** An amount of rials: 1 to {@link #MAX_AMOUNT}. */
  public static Validation requireAmount(Validation v, Long value, String field) {
    return require(v, value, field, 1, MAX_AMOUNT, "rials");
  }

  /** A quantity: 1 to {@link #MAX_QUANTITY}. */
  public static Validation requireQuantity(Validation v, Long value, String field) {
    return require(v, value, field, 1, MAX_QUANTITY, "units");
  }

  /** 1,000,000 for 1000000: the maxima as messages show them. */
  public static String grouped(long value) {
    // By hand rather than String.format("%,d"): messages build it on the till's path, and the
    // formatter parsed its pattern every time (a twentieth of an invoice's time).
    String digits = value < 0 ? Long.toString(value).substring(1) : Long.toString(value);
    StringBuilder out = new StringBuilder(digits.length() + digits.length() / 3 + 1);
    if (value < 0) {
      out.append('-');
    }
    for (int i = 0; i < digits.length(); i++) {
      if (i > 0 && (digits.length() - i) % 3 == 0) {
        out.append(',');
      }
      out.append(digits.charAt(i));
    }
    return out.toString();
  }

  /** Whether an exact figure stays within {@code max}. */
  public static boolean atMost(BigInteger value, long max) {
    return value.compareTo(BigInteger.valueOf(max)) <= 0;
  }
}
