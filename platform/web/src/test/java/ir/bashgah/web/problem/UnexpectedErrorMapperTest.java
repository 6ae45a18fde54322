package ir.bashgah.web.problem;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import ir.bashgah.web.limits.StrictJson;
import jakarta.json.bind.Jsonb;
import java.util.List;
import org.junit.jupiter.api.Test;

class UnexpectedErrorMapperTest {
  public record Form(String code, Boolean active, Long amount, List<String> ids) {}

  private final Jsonb jsonb = new StrictJson().getContext(Form.class);

  private String why(String json) {
    Throwable error = catchThrowable(() -> jsonb.fromJson(json, Form.class));
    assertThat(error).as(json).isNotNull();
    return UnexpectedErrorMapper.whyUnreadable(error);
  }

  @Test
  void aStrictTypeRefusalIsShownAsItIsWritten() {
    assertThat(why("{\"active\": 1}")).isEqualTo("expected true or false, got a number");
    assertThat(why("{\"amount\": 1e999999999}")).contains("far beyond");
  }

  /** JSON-B's own messages name the request's Java class and the parser's events: they are never shown. */
  @Test
  void jsonBsOwnMessagesAreNotPassedOn() {
    for (String json : List.of("[]", "\"text\"", "42", "{\"ids\": {}}", "{\"code\": \"a\", \"ids\": \"x\"}")) {
      String why = why(json);
      assertThat(why).as(json).doesNotContain("ir.bashgah").doesNotContain("class").doesNotContain("START_").contains("another JSON type");
    }
  }
}
