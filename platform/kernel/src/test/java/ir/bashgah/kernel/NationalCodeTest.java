package ir.bashgah.kernel;

import static org.assertj.core.api.Assertions.assertThat;

import ir.bashgah.kernel.text.Luhn;
import ir.bashgah.kernel.text.NationalCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class NationalCodeTest {
  @ParameterizedTest
  @ValueSource(strings = {"0012345679", "۰۰۱۲۳۴۵۶۷۹", "001-234567-9", "12345679", "0499370899", "1234567891"})
  void validCodesAreAcceptedInEveryDigitForm(String input) {
    assertThat(NationalCode.normalize(input)).isPresent();
  }

  @ParameterizedTest
  @ValueSource(strings = {"0012345678", "1111111111", "0000000000", "123", "12345678901", "abcdefghij", ""})
  void aWrongCheckDigitOrShapeIsRefused(String input) {
    assertThat(NationalCode.normalize(input)).isEmpty();
  }

  @Test
  void shortCodesArePaddedWithTheirLeadingZeros() {
    assertThat(NationalCode.normalize("12345679")).contains("0012345679");
    assertThat(NationalCode.masked("0012345679")).isEqualTo("001****679");
  }

  @Test
  void luhnCatchesASingleWrongDigit() {
    String payload = "912345678901234";
    String number = payload + Luhn.checkDigit(payload);
    assertThat(Luhn.isValid(number)).isTrue();
    assertThat(Luhn.isValid("812345678901234" + Luhn.checkDigit(payload))).isFalse();
  }
}
