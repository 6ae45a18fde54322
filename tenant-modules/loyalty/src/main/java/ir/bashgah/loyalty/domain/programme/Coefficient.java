package ir.bashgah.loyalty.domain.programme;

import java.math.BigDecimal;

/**
 * A multiplier of the programme (1.5 points per rial on drinks, ×2 on Fridays) held exactly as basis
 * points: 1 is 10,000, 1.5 is 15,000. Operators type decimals; arithmetic on earnings stays in whole
 * numbers and rounds once, at the end (see {@link Earning}).
 */
public record Coefficient(long basisPoints) implements Comparable<Coefficient> {
  public static final long SCALE = 10_000;
  public static final Coefficient ONE = new Coefficient(SCALE);

  /** A decimal with at most four places, 0 to 100; null means 1 (no effect). */
  public static Coefficient of(BigDecimal value) {
    return value == null ? ONE : new Coefficient(value.movePointRight(4).longValueExact());
  }

  /** Whether {@code value} can be a coefficient: 0 to 100 with at most four decimal places. */
  public static boolean isValid(BigDecimal value) {
    return value == null
        || (value.signum() >= 0 && value.compareTo(BigDecimal.valueOf(100)) <= 0 && value.stripTrailingZeros().scale() <= 4);
  }

  /** A percentage (2.5 %) as a coefficient of the amount it applies to (0.025). */
  public static Coefficient percent(BigDecimal percent) {
    return percent == null ? new Coefficient(0) : new Coefficient(percent.movePointRight(2).longValueExact());
  }

  /** Whether {@code percent} can be a percentage here: 0 to 100 with at most two decimal places. */
  public static boolean isValidPercent(BigDecimal percent) {
    return percent == null
        || (percent.signum() >= 0 && percent.compareTo(BigDecimal.valueOf(100)) <= 0 && percent.stripTrailingZeros().scale() <= 2);
  }

  public BigDecimal asDecimal() {
    return BigDecimal.valueOf(basisPoints, 4).stripTrailingZeros();
  }

  @Override
  public int compareTo(Coefficient o) {
    return Long.compare(basisPoints, o.basisPoints);
  }
}
