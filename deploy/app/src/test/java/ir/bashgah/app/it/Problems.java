package ir.bashgah.app.it;

import static org.assertj.core.api.Assertions.assertThat;

import io.restassured.response.Response;
import java.util.List;

/** Checks that an answer is the problem+json of the contract: its status, its slug and the fields it names. */
final class Problems {
  static final String BASE = "https://bashgah.ir/problems/";

  private Problems() {}

  /** The answer is {@code status} application/problem+json of type {@code slug}, naming at least {@code fields}. */
  static Response assertProblem(Response r, int status, String slug, String... fields) {
    String what = r.statusCode() + " " + r.getContentType() + " " + r.asString();
    assertThat(r.statusCode()).as(what).isEqualTo(status);
    assertThat(r.getContentType()).as(what).startsWith("application/problem+json");
    assertThat(r.jsonPath().getString("type")).as(what).isEqualTo(BASE + slug);
    assertThat(r.jsonPath().getInt("status")).as(what).isEqualTo(status);
    if (fields.length > 0) {
      List<String> named = r.jsonPath().getList("errors.field", String.class);
      assertThat(named).as(what).contains(fields);
    }
    return r;
  }

  static Response validation(Response r, String... fields) {
    return assertProblem(r, 422, "validation-failed", fields);
  }

  static Response malformed(Response r) {
    return assertProblem(r, 400, "malformed-request");
  }
}
