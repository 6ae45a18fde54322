package ir.bashgah.loyalty.domain.programme;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ProportionTest {
  @Test
  void returnsInThreeStepsTakeBackExactlyTheWholeAndNeverMore() {
    long earned = 100;
    long total = 3_000_000;
    long first = Proportion.dueNow(earned, 1_000_000, total, 0);
    long second = Proportion.dueNow(earned, 2_000_000, total, first);
    long third = Proportion.dueNow(earned, 3_000_000, total, first + second);
    assertThat(first).isEqualTo(33);
    assertThat(second).isEqualTo(33);
    assertThat(third).isEqualTo(34);
    assertThat(first + second + third).isEqualTo(earned);
  }

  @Test
  void largeAmountsDoNotOverflow() {
    long value = 9_000_000_000_000L;
    assertThat(Proportion.dueNow(900_000_000L, value / 3, value, 0)).isEqualTo(300_000_000L);
  }

  @Test
  void nothingIsDueOnAnEmptySale() {
    assertThat(Proportion.dueNow(10, 0, 0, 0)).isZero();
  }
}
