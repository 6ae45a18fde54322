package ir.bashgah.web.limits;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import ir.bashgah.kernel.problem.Problem;
import ir.bashgah.kernel.problem.ProblemType;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class JsonShapeTest {
  private static Problem refused(String json) {
    return catchThrowableOfType(() -> JsonShape.check(json.getBytes(StandardCharsets.UTF_8)), Problem.class);
  }

  @Test
  void anInvoiceAsATillSendsItPasses() {
    String invoice = "{\"invoiceNumber\":\"A-1\",\"memberCode\":\"100001\",\"issuedAt\":\"2026-11-23T12:30:00+03:30\","
        + "\"lines\":[{\"sku\":\"LAT\",\"name\":\"لاته\",\"productGroup\":\"drinks\",\"quantity\":2,\"unitPrice\":450000}],"
        + "\"payments\":[{\"method\":\"CASH\",\"amount\":900000}],\"note\":\"\uD83D\uDE00 emoji pairs are fine\"}";
    assertThatCode(() -> JsonShape.check(invoice.getBytes(StandardCharsets.UTF_8))).doesNotThrowAnyException();
  }

  @Test
  void tenThousandLevelsDeepIsRefusedWithoutOverflowingTheStack() {
    String deep = "[".repeat(10_000) + "]".repeat(10_000);
    Problem p = refused(deep);
    assertThat(p.type()).isEqualTo(ProblemType.MALFORMED_REQUEST);
    assertThat(p.detail()).contains("deeper than 32");
    assertThatCode(() -> JsonShape.check(("[".repeat(32) + "]".repeat(32)).getBytes(StandardCharsets.UTF_8))).doesNotThrowAnyException();
  }

  @Test
  void aLoneSurrogateIsNotText() {
    assertThat(refused("{\"password\":\"abc\\udc00\"}").detail()).contains("lone surrogate");
    assertThat(refused("{\"password\":\"\\ud800x\"}").detail()).contains("lone surrogate");
    assertThat(refused("{\"\\ud800\":1}").detail()).contains("a key");
    assertThat(refused("{\"name\":\"a\\u0000b\"}").detail()).contains("NUL");
  }

  @Test
  void hugeStringsAndNumberLiteralsAreRefused() {
    assertThat(refused("{\"name\":\"" + "x".repeat(20_001) + "\"}").detail()).contains("longer than 20000");
    assertThat(refused("{\"amount\":" + "9".repeat(41) + "}").detail()).contains("number");
    assertThatCode(() -> JsonShape.check("{\"amount\":1e999999999}".getBytes(StandardCharsets.UTF_8))).doesNotThrowAnyException();
  }

  @Test
  void anArrayOfMoreThanAThousandElementsOrAnObjectOfMoreThanAThousandMembersIsRefused() {
    String line = "{\"sku\":\"a\",\"productGroup\":\"g\",\"quantity\":1,\"unitPrice\":1}";
    String lines = String.join(",", java.util.Collections.nCopies(1_000, line));
    assertThatCode(() -> JsonShape.check(("{\"lines\":[" + lines + "]}").getBytes(StandardCharsets.UTF_8))).doesNotThrowAnyException();
    assertThat(refused("{\"lines\":[" + lines + "," + line + "]}").detail()).contains("an array holds more than 1000 elements");
    // Every kind of element counts, at every level, the top one included.
    for (String element : java.util.List.of("1", "\"x\"", "true", "null", "[]", "{}")) {
      String many = String.join(",", java.util.Collections.nCopies(1_001, element));
      assertThat(refused("[" + many + "]").detail()).as(element).contains("more than 1000 elements");
      assertThat(refused("{\"a\":{\"b\":[" + many + "]}}").detail()).as(element).contains("more than 1000 elements");
    }
    StringBuilder members = new StringBuilder("{");
    for (int i = 0; i <= 1_000; i++) {
      members.append(i == 0 ? "" : ",").append("\"k").append(i).append("\":1");
    }
    assertThat(refused(members.append('}').toString()).detail()).contains("an object holds more than 1000 members");
    // Siblings are counted apart: two arrays of 600 are fine.
    String six = String.join(",", java.util.Collections.nCopies(600, "1"));
    assertThatCode(() -> JsonShape.check(("{\"a\":[" + six + "],\"b\":[[" + six + "],[" + six + "]]}").getBytes(StandardCharsets.UTF_8)))
        .doesNotThrowAnyException();
  }

  @Test
  void brokenJsonIsMalformed() {
    assertThat(refused("{\"a\":").type()).isEqualTo(ProblemType.MALFORMED_REQUEST);
    assertThat(refused("{\"a\":1}}").type()).isEqualTo(ProblemType.MALFORMED_REQUEST);
  }
}
