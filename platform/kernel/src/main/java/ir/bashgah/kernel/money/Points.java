package ir.bashgah.kernel.money;

/** A number of loyalty points. Points are whole: fractions are rounded when earned, never stored. */
public record Points(long value) implements Comparable<Points> {
  public static final Points ZERO = new Points(0);

  public static Points of(long value) {
    return new Points(value);
  }

  public Points plus(Points other) {
    return new Points(Math.addExact(value, other.value));
  }

  public Points minus(Points other) {
    return new Points(Math.subtractExact(value, other.value));
  }

  public boolean isNegative() {
    return value < 0;
  }

  @Override
  public int compareTo(Points o) {
    return Long.compare(value, o.value);
  }
}
