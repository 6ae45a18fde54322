package ir.bashgah.app.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import io.restassured.response.Response;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The generic Idempotency-Key mechanism (docs/integration.md, Conventions), through POST /branches. */
class IdempotencyIT extends RunningPlatform {
  @Test
  void aReplayReturnsTheFirstAnswerAndChangesNothing() {
    String owner = api.createTenant(admin, "idem-replay", "BASIC");
    Response first = api.as(owner).header("Idempotency-Key", "k-1").body(Map.of("code", "r1", "name", "Replay")).post("/branches");
    first.then().statusCode(201);
    Response again = api.as(owner).header("Idempotency-Key", "k-1").body(Map.of("code", "r1", "name", "Replay")).post("/branches");
    again.then().statusCode(201).header("Idempotent-Replayed", "true").header("Location", first.header("Location"));
    assertThat(again.asString()).isEqualTo(first.asString());
    api.as(owner).get("/branches").then().body("$", hasSize(1));
    api.as(owner).get("/audit?action=BRANCH.CREATE").then().statusCode(403);
    api.as(admin).get("/platform/tenants/idem-replay/audit?action=BRANCH.CREATE").then().body("total", equalTo(1));
  }

  @Test
  void theSameKeyWithAnotherBodyIsRefused() {
    String owner = api.createTenant(admin, "idem-reuse", "BASIC");
    api.as(owner).header("Idempotency-Key", "k-2").body(Map.of("code", "u1", "name", "One")).post("/branches").then().statusCode(201);
    api.as(owner).header("Idempotency-Key", "k-2").body(Map.of("code", "u2", "name", "Two")).post("/branches").then().statusCode(422)
        .contentType("application/problem+json").body("type", equalTo("https://bashgah.ir/problems/idempotency-key-reuse"));
    api.as(owner).get("/branches").then().body("code", org.hamcrest.Matchers.contains("u1"));
    api.as(owner).header("Idempotency-Key", "x".repeat(65)).body(Map.of("code", "u3", "name", "Three")).post("/branches").then().statusCode(400)
        .body("type", equalTo("https://bashgah.ir/problems/idempotency-key-required"));
  }

  @Test
  void retriesRacingWithTheSameKeyCreateOnceAndAllGetTheSameAnswer() throws Exception {
    String owner = api.createTenant(admin, "idem-race", "BASIC");
    List<Response> answers = Race.run(16, i -> api.as(owner).header("Idempotency-Key", "race-1").body(Map.of("code", "race", "name", "Race")).post("/branches"));
    assertThat(answers).extracting(Response::statusCode).containsOnly(201);
    assertThat(answers).extracting(Response::asString).containsOnly(answers.get(0).asString());
    api.as(owner).get("/branches").then().body("$", hasSize(1));
  }

  @Test
  void keysBelongToOneTenant() {
    String a = api.createTenant(admin, "idem-a", "BASIC");
    String b = api.createTenant(admin, "idem-b", "BASIC");
    api.as(a).header("Idempotency-Key", "shared").body(Map.of("code", "same", "name", "A")).post("/branches").then().statusCode(201).body("name", equalTo("A"));
    api.as(b).header("Idempotency-Key", "shared").body(Map.of("code", "same", "name", "B")).post("/branches").then().statusCode(201).body("name", equalTo("B"))
        .header("Idempotent-Replayed", org.hamcrest.Matchers.nullValue());
  }

  @Test
  void aFailedWriteKeepsNoKeySoARetryIsTriedAfresh() {
    String owner = api.createTenant(admin, "idem-fail", "BASIC");
    api.as(owner).body(Map.of("code", "f1", "name", "Taken")).post("/branches").then().statusCode(201);
    api.as(owner).header("Idempotency-Key", "k-f").body(Map.of("code", "f1", "name", "Again")).post("/branches").then().statusCode(409);
    api.as(owner).header("Idempotency-Key", "k-f").body(Map.of("code", "f1", "name", "Again")).post("/branches").then().statusCode(409)
        .header("Idempotent-Replayed", org.hamcrest.Matchers.nullValue());
  }

  @Test
  void keysAreKeptForADayAtLeastAndForgottenByThePurgeOnceOlderThanTheRetention() {
    String owner = api.createTenant(admin, "idem-purge", "BASIC");
    api.as(owner).header("Idempotency-Key", "old").body(Map.of("code", "p1", "name", "One")).post("/branches").then().statusCode(201);
    api.as(owner).header("Idempotency-Key", "new").body(Map.of("code", "p2", "name", "Two")).post("/branches").then().statusCode(201);
    api.runJob(admin, "idempotency-purge", "idem-purge");
    api.as(owner).header("Idempotency-Key", "old").body(Map.of("code", "p3", "name", "Three")).post("/branches").then().statusCode(422);

    // Eight days pass for the first key only.
    Sql.update("UPDATE t_idem_purge.idempotency_key SET created_at = UTC_TIMESTAMP(6) - INTERVAL 8 DAY WHERE idem_key = 'old'");
    api.runJob(admin, "idempotency-purge", "idem-purge");
    api.as(owner).header("Idempotency-Key", "old").body(Map.of("code", "p3", "name", "Three")).post("/branches").then().statusCode(201);
    api.as(owner).header("Idempotency-Key", "new").body(Map.of("code", "p2", "name", "Two")).post("/branches").then().statusCode(201)
        .header("Idempotent-Replayed", equalTo("true"));
  }

  @Test
  void aKeyStoredBeforeTheFingerprintChangedStillAnswersItsRetryAndRefusesAnotherBody() throws Exception {
    String owner = api.createTenant(admin, "idem-legacy", "BASIC");
    Response first = api.as(owner).header("Idempotency-Key", "k-old").body(Map.of("code", "l1", "name", "Legacy")).post("/branches");
    first.then().statusCode(201);
    // as versions before this one stored it: SHA-256 of the method and path, then each argument as JSON
    String legacy = java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256")
        .digest("POST /api/v1/branches\n{\"code\":\"l1\",\"name\":\"Legacy\"}".getBytes(java.nio.charset.StandardCharsets.UTF_8)));
    assertThat(Sql.update("UPDATE t_idem_legacy.idempotency_key SET request_hash = '" + legacy + "' WHERE idem_key = 'k-old'")).isEqualTo(1);

    api.as(owner).header("Idempotency-Key", "k-old").body(Map.of("name", "Legacy", "code", "l1")).post("/branches").then().statusCode(201)
        .header("Idempotent-Replayed", "true").header("Location", first.header("Location"));
    api.as(owner).header("Idempotency-Key", "k-old").body(Map.of("code", "l2", "name", "Legacy")).post("/branches").then().statusCode(422)
        .body("type", equalTo("https://bashgah.ir/problems/idempotency-key-reuse"));
    api.as(owner).get("/branches").then().body("code", org.hamcrest.Matchers.contains("l1"));
  }
}
