package ir.bashgah.kernel.money;

import java.math.BigDecimal;
import java.math.BigInteger;

/**
 * Sums that cannot wrap around. Inside the limits of {@link Limits} the ledger adds with
 * {@link Math#addExact}; reports that add up a whole club (the dashboard, a member's level window) read
 * the database's exact sums (SUM of a BIGINT is a DECIMAL) and, should a figure ever pass the range of
 * a long, show it saturated at ±{@link Long#MAX_VALUE} rather than wrapped into a negative number.
 */
public final class Sums {
  private static final BigInteger MAX = BigInteger.valueOf(Long.MAX_VALUE);
  private static final BigInteger MIN = MAX.negate();

  private Sums() {}

  /** {@code value} within ±{@link Long#MAX_VALUE}. */
  public static long saturated(BigInteger value) {
    if (value.compareTo(MAX) > 0) {
      return Long.MAX_VALUE;
    }
    if (value.compareTo(MIN) < 0) {
      return -Long.MAX_VALUE;
    }
    return value.longValue();
  }

  /** a + b, saturated at ±{@link Long#MAX_VALUE}. */
  public static long plus(long a, long b) {
    return saturated(BigInteger.valueOf(a).add(BigInteger.valueOf(b)));
  }

  /** a - b, saturated at ±{@link Long#MAX_VALUE}. */
  public static long minus(long a, long b) {
    return saturated(BigInteger.valueOf(a).subtract(BigInteger.valueOf(b)));
  }

  /**
   * A number read from SQL (a SUM is a DECIMAL, a COUNT a BIGINT; null for no rows is 0), exactly,
   * then saturated. Fractions cannot occur in sums of whole numbers; an integer division's is dropped.
   */
  public static long fromSql(Object value) {
    if (value == null) {
      return 0;
    }
    if (value instanceof BigDecimal d) {
      return saturated(d.toBigInteger());
    }
    if (value instanceof BigInteger i) {
      return saturated(i);
    }
    if (value instanceof Long || value instanceof Integer || value instanceof Short || value instanceof Byte) {
      return ((Number) value).longValue();
    }
    return saturated(new BigDecimal(value.toString()).toBigInteger());
  }
}
