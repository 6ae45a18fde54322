package ir.bashgah.kernel;

import static org.assertj.core.api.Assertions.assertThat;

import ir.bashgah.kernel.money.Limits;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class LimitsTest {
  /** The maxima as messages show them, digit for digit what the formatter wrote before. */
  @Test
  void groupsThousandsAsTheFormatterDid() {
    for (long v : new long[] {0, 7, -7, 999, 1000, -1000, 123_456, 1_000_000, Limits.MAX_AMOUNT, Limits.MAX_BALANCE, Long.MAX_VALUE, Long.MIN_VALUE}) {
      assertThat(Limits.grouped(v)).as("%d", v).isEqualTo(String.format(Locale.ROOT, "%,d", v));
    }
  }
}
