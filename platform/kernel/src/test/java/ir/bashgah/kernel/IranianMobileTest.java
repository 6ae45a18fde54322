package ir.bashgah.kernel;

import static org.assertj.core.api.Assertions.assertThat;

import ir.bashgah.kernel.text.Digits;
import ir.bashgah.kernel.text.IranianMobile;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class IranianMobileTest {
  @ParameterizedTest
  @ValueSource(strings = {"09121234567", "+989121234567", "989121234567", "00989121234567", "9121234567", "۰۹۱۲۱۲۳۴۵۶۷", "٠٩١٢١٢٣٤٥٦٧", "0912 123 4567", "+98-912-123-4567"})
  void everyAcceptedFormIsStoredAs09(String input) {
    assertThat(IranianMobile.normalize(input)).contains("09121234567");
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "0912123456", "091212345678", "02188776655", "+14155552671", "09a21234567", "hello"})
  void landlinesForeignNumbersAndGarbageAreRefused(String input) {
    assertThat(IranianMobile.normalize(input)).isEmpty();
  }

  @Test
  void persianAndArabicDigitsBecomeLatin() {
    assertThat(Digits.toLatin("کد ۱۲۳ و ٤٥٦")).isEqualTo("کد 123 و 456");
  }

  @Test
  void aMaskedMobileKeepsOnlyThePrefixAndTheLastTwoDigits() {
    assertThat(IranianMobile.masked("09121234567")).isEqualTo("0912…67");
    assertThat(IranianMobile.masked(null)).isNull();
  }
}
