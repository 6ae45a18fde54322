package ir.bashgah.members.application;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FirstRowsTest {
  @Test
  void answersTheRowAKeyWasFirstSeenOnThroughGrowth() {
    FirstRows rows = new FirstRows();
    for (long i = 0; i < 100_000; i++) {
      assertThat(rows.putIfAbsent(9_120_000_000L + i * 7, i + 2)).isEqualTo(-1);
    }
    assertThat(rows.putIfAbsent(9_120_000_000L, 999)).isEqualTo(2);
    assertThat(rows.putIfAbsent(9_120_000_000L + 99_999 * 7, 999)).isEqualTo(100_001);
    assertThat(rows.putIfAbsent(0, 5)).isEqualTo(-1);
    assertThat(rows.putIfAbsent(0, 6)).isEqualTo(5);
  }
}
