package ir.bashgah.kernel.money;

/** An amount of Iranian Rial. Whole rials only: the currency has no minor unit in use. */
public record Money(long rials) implements Comparable<Money> {
  public static final Money ZERO = new Money(0);

  public static Money rials(long rials) {
    return new Money(rials);
  }

  public Money plus(Money other) {
    return new Money(Math.addExact(rials, other.rials));
  }

  public Money minus(Money other) {
    return new Money(Math.subtractExact(rials, other.rials));
  }

  public Money negate() {
    return new Money(Math.negateExact(rials));
  }

  public boolean isNegative() {
    return rials < 0;
  }

  public boolean isZero() {
    return rials == 0;
  }

  @Override
  public int compareTo(Money o) {
    return Long.compare(rials, o.rials);
  }
}
