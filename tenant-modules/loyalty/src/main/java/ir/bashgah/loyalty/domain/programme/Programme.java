package ir.bashgah.loyalty.domain.programme;

import ir.bashgah.loyalty.api.Payment;
import ir.bashgah.loyalty.api.PaymentMethod;
import java.util.List;
import java.util.Set;

/**
 * The earning rules of the club's programme as far as they exist yet: points per amount paid by the
 * methods that earn. Points are whole: the remainder below one point is dropped (rounded down).
 */
public record Programme(long rialsPerPoint, Set<PaymentMethod> earningMethods, int levelWindowDays) {
  /** The part of the payments that earns. */
  public long eligible(List<Payment> payments) {
    return payments.stream().filter(p -> earningMethods.contains(p.method())).mapToLong(Payment::amount).reduce(0, Math::addExact);
  }

  public long pointsFor(long eligibleRials) {
    return eligibleRials / rialsPerPoint;
  }
}
