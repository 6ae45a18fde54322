package ir.bashgah.imports.domain.memberimport;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class OpeningAmountTest {
  @Test
  void wholeNumbersWithPersianDigitsAndSeparatorsAreRead() {
    assertThat(OpeningAmount.parse("1500")).contains(1500L);
    assertThat(OpeningAmount.parse("۱۵۰۰")).contains(1500L);
    assertThat(OpeningAmount.parse("٢٬٠٠٠")).contains(2000L);
    assertThat(OpeningAmount.parse("1,250,000")).contains(1_250_000L);
    assertThat(OpeningAmount.parse(" +7 ")).contains(7L);
  }

  @Test
  void aBlankCellIsNothingToOpenWith() {
    assertThat(OpeningAmount.parse(null)).contains(0L);
    assertThat(OpeningAmount.parse("  ")).contains(0L);
  }

  @Test
  void negativesFractionsAndTextAreRefused() {
    assertThat(OpeningAmount.parse("-5")).isEmpty();
    assertThat(OpeningAmount.parse("12.5")).isEmpty();
    assertThat(OpeningAmount.parse("۱۲٫۵")).isEmpty();
    assertThat(OpeningAmount.parse("1e3")).isEmpty();
    assertThat(OpeningAmount.parse("ten")).isEmpty();
    assertThat(OpeningAmount.parse("1000000000000001")).as("beyond 10^15").isEmpty();
    assertThat(OpeningAmount.parse("99999999999999999999")).as("beyond a long").isEmpty();
  }

  @Test
  void theLargestOpeningIsTheLargestMovement() {
    assertThat(OpeningAmount.parse("1,000,000,000,000,000")).contains(1_000_000_000_000_000L);
    assertThat(OpeningAmount.rule()).contains("1,000,000,000,000,000");
  }
}
