package ir.bashgah.kernel;

import static org.assertj.core.api.Assertions.assertThat;

import ir.bashgah.kernel.money.Limits;
import ir.bashgah.kernel.money.Sums;
import java.math.BigDecimal;
import java.math.BigInteger;
import org.junit.jupiter.api.Test;

class SumsTest {
  @Test
  void theLimitsLeaveRoomInALong() {
    // A balance at its maximum receiving the largest movement still fits, many times over.
    assertThat(BigInteger.valueOf(Limits.MAX_BALANCE).add(BigInteger.valueOf(Limits.MAX_AMOUNT)).multiply(BigInteger.valueOf(100)))
        .isLessThan(BigInteger.valueOf(Long.MAX_VALUE));
    // A balance is exact as a JSON number in JavaScript too.
    assertThat(Limits.MAX_BALANCE).isLessThanOrEqualTo((1L << 53) - 1);
    // ... but the largest quantity at the largest price does not: a line's total is computed exactly, then bounded.
    assertThat(Math.multiplyHigh(Limits.MAX_QUANTITY, Limits.MAX_AMOUNT)).isNotZero();
  }

  @Test
  void sumsFromSqlAreReadExactlyAndSaturateInsteadOfWrapping() {
    BigDecimal twiceMax = new BigDecimal(Long.MAX_VALUE).multiply(BigDecimal.valueOf(2));
    assertThat(Sums.fromSql(twiceMax)).isEqualTo(Long.MAX_VALUE);
    assertThat(twiceMax.longValue()).as("what reading it as a Number did").isNegative();
    assertThat(Sums.fromSql(twiceMax.negate())).isEqualTo(-Long.MAX_VALUE);
    assertThat(Sums.fromSql(new BigDecimal("1234"))).isEqualTo(1234);
    assertThat(Sums.fromSql(null)).isZero();
    assertThat(Sums.fromSql(7L)).isEqualTo(7);
    assertThat(Sums.fromSql(BigInteger.TEN.pow(30))).isEqualTo(Long.MAX_VALUE);
  }

  @Test
  void saturatingArithmeticNeverChangesSign() {
    assertThat(Sums.plus(Long.MAX_VALUE, 1)).isEqualTo(Long.MAX_VALUE);
    assertThat(Sums.plus(Long.MAX_VALUE, Long.MAX_VALUE)).isEqualTo(Long.MAX_VALUE);
    assertThat(Sums.minus(-Long.MAX_VALUE, 5)).isEqualTo(-Long.MAX_VALUE);
    assertThat(Sums.plus(40, 2)).isEqualTo(42);
    assertThat(Sums.minus(40, 50)).isEqualTo(-10);
  }

  @Test
  void limitsAreCheckedInclusively() {
    var v = new ir.bashgah.kernel.problem.Validation();
    Limits.requireAmount(v, Limits.MAX_AMOUNT, "a");
    Limits.requireAmount(v, 1L, "b");
    v.throwIfInvalid();
    for (Long bad : new Long[] {null, 0L, -1L, Limits.MAX_AMOUNT + 1, Long.MAX_VALUE, Long.MIN_VALUE}) {
      var w = new ir.bashgah.kernel.problem.Validation();
      Limits.requireAmount(w, bad, "lines[0].unitPrice");
      org.assertj.core.api.Assertions.assertThatThrownBy(w::throwIfInvalid).as(String.valueOf(bad))
          .isInstanceOfSatisfying(ir.bashgah.kernel.problem.Problem.class, p -> assertThat(p.errors().get(0).field()).isEqualTo("lines[0].unitPrice"));
    }
    assertThat(Limits.grouped(Limits.MAX_AMOUNT)).isEqualTo("1,000,000,000,000,000");
  }
}
