package ir.bashgah.web.limits;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbException;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

class StrictJsonTest {
  public record Form(String code, Boolean active, Long amount, Integer count, BigDecimal rate, List<String> ids, Map<String, String> labels) {}

  private final Jsonb jsonb = new StrictJson().getContext(Form.class);

  private Form read(String json) {
    return jsonb.fromJson(json, Form.class);
  }

  @Test
  void valuesOfTheirOwnTypeAreRead() {
    Form f = read("{\"code\": \"b1\", \"active\": false, \"amount\": 1000000000000000, \"count\": 3, \"rate\": 1.25, \"ids\": [\"7\"], \"labels\": {\"a\": \"b\"}}");
    assertThat(f).isEqualTo(new Form("b1", false, 1_000_000_000_000_000L, 3, new BigDecimal("1.25"), List.of("7"), Map.of("a", "b")));
    assertThat(read("{\"code\": null, \"active\": null, \"amount\": null, \"count\": null, \"rate\": null}")).isEqualTo(new Form(null, null, null, null, null, null, null));
    assertThat(read("{\"amount\": 1.0e3, \"count\": 20.00}").amount()).isEqualTo(1000L);
  }

  @Test
  void aNumberOrABooleanIsNotText() {
    for (String code : List.of("1e309", "true", "false", "9223372036854775808", "12", "{}", "[]")) {
      assertThatThrownBy(() -> read("{\"code\": " + code + "}")).as(code).isInstanceOf(JsonbException.class);
    }
    assertThatThrownBy(() -> read("{\"ids\": [1, 2]}")).isInstanceOf(JsonbException.class);
    assertThatThrownBy(() -> read("{\"labels\": {\"a\": 1}}")).isInstanceOf(JsonbException.class);
  }

  @Test
  void onlyTrueAndFalseAreBooleans() {
    for (String flag : List.of("-1", "0", "1", "0.5", "\"1e309\"", "\"true\"", "\"yes\"", "1e309", "{}")) {
      assertThatThrownBy(() -> read("{\"active\": " + flag + "}")).as(flag).isInstanceOf(JsonbException.class);
    }
    assertThat(read("{\"active\": true}").active()).isTrue();
  }

  @Test
  void wholeNumbersAreWholeAndWithinTheirRange() {
    for (String amount : List.of("1.5", "\"12\"", "true", "9223372036854775808", "1e30", "-9223372036854775809")) {
      assertThatThrownBy(() -> read("{\"amount\": " + amount + "}")).as(amount).isInstanceOf(JsonbException.class);
    }
    assertThat(read("{\"amount\": 9223372036854775807}").amount()).isEqualTo(Long.MAX_VALUE);
    assertThatThrownBy(() -> read("{\"count\": 2147483648}")).isInstanceOf(JsonbException.class);
  }

  @Test
  @Timeout(5)
  void hugeExponentsAreRefusedWithoutBeingExpanded() {
    for (String field : List.of("amount", "count", "rate", "code", "active")) {
      for (String n : List.of("1e999999999", "-1e999999999", "1e-999999999", "1.5e-999999999")) {
        assertThatThrownBy(() -> read("{\"" + field + "\": " + n + "}")).as(field + " " + n).isInstanceOf(JsonbException.class)
            .satisfies(e -> assertThat(e.getMessage().length()).isLessThan(2_000));
      }
    }
    assertThat(read("{\"amount\": 0e-999999999}").amount()).isZero();
  }

  @Test
  void decimalsAreBounded() {
    assertThat(read("{\"rate\": 100.0001}").rate()).isEqualByComparingTo("100.0001");
    assertThatThrownBy(() -> read("{\"rate\": 1e31}")).isInstanceOf(JsonbException.class);
    assertThatThrownBy(() -> read("{\"rate\": \"1.5\"}")).isInstanceOf(JsonbException.class);
    assertThatThrownBy(() -> read("{\"rate\": 0." + "1".repeat(31) + "}")).isInstanceOf(JsonbException.class);
  }
}
