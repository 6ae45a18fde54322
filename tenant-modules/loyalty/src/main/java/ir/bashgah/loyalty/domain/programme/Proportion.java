package ir.bashgah.loyalty.domain.programme;

import java.math.BigInteger;

/**
 * The share of an amount that goes with a returned part of a sale, computed on the cumulative
 * returned value so that repeated partial returns never take back more than the whole, and a full
 * return takes back exactly the whole. Rounded down, in exact integer arithmetic.
 */
public final class Proportion {
  private Proportion() {}

  /** What is due now: floor(amount × returnedSoFar / total) minus what earlier returns already took. */
  public static long dueNow(long amount, long returnedValueSoFar, long total, long alreadyTaken) {
    if (total <= 0) {
      return 0;
    }
    long cumulative = BigInteger.valueOf(amount).multiply(BigInteger.valueOf(returnedValueSoFar)).divide(BigInteger.valueOf(total)).longValueExact();
    return Math.max(0, cumulative - alreadyTaken);
  }
}
