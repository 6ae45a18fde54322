package ir.bashgah.messaging.domain.template;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class TemplateTextTest {
  @Test
  void knownPlaceholdersAreFoundAndMisspeltOnesNamed() {
    TemplateText t = TemplateText.of("سلام {firstName} {fristName}، {points} امتیاز در {club} {ﻧﺎم} {fristName}");
    assertThat(t.placeholders()).containsExactlyInAnyOrder(Placeholder.FIRST_NAME, Placeholder.POINTS, Placeholder.CLUB);
    // each wrong name once; braces around Persian text are not taken for a placeholder
    assertThat(t.unknownPlaceholders()).containsExactly("fristName");
  }

  @Test
  void fillingReplacesEveryPlaceholderAndLeavesNoBracesForMissingValues() {
    TemplateText t = TemplateText.of("{firstName} عزیز، سطح شما {level} است؛ {points} امتیاز. ${amount}");
    assertThat(t.fill(Map.of(Placeholder.FIRST_NAME, "سارا", Placeholder.POINTS, "۱٬۲۰۰", Placeholder.AMOUNT, "$1")))
        .isEqualTo("سارا عزیز، سطح شما  است؛ ۱٬۲۰۰ امتیاز. $$1");
  }

  @Test
  void persianTextsArePricedInPartsOf70And67() {
    assertThat(SmsParts.of("")).isEqualTo(new SmsParts.Count(0, 0, false));
    assertThat(SmsParts.of("س".repeat(70))).isEqualTo(new SmsParts.Count(70, 1, true));
    assertThat(SmsParts.of("س".repeat(71))).isEqualTo(new SmsParts.Count(71, 2, true));
    assertThat(SmsParts.of("س".repeat(134))).isEqualTo(new SmsParts.Count(134, 2, true));
    assertThat(SmsParts.of("س".repeat(135))).isEqualTo(new SmsParts.Count(135, 3, true));
    // one Persian letter makes the whole text UCS-2
    assertThat(SmsParts.of("a".repeat(100) + "س").parts()).isEqualTo(2);
    assertThat(SmsParts.of("a".repeat(160))).isEqualTo(new SmsParts.Count(160, 1, false));
    assertThat(SmsParts.of("a".repeat(161))).isEqualTo(new SmsParts.Count(161, 2, false));
    // the GSM extension table's characters take two places
    assertThat(SmsParts.of("{".repeat(80)).parts()).isEqualTo(1);
    assertThat(SmsParts.of("{".repeat(81)).parts()).isEqualTo(2);
  }
}
