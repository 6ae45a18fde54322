package ir.bashgah.app.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.notNullValue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The outbox's first step (issue 12, docs/decisions/0006-messaging-outbox.md): messages queued in a
 * transaction that rolls back are never sent; those of one that commits are sent once, through the
 * platform's default `log` gateway, by the message-delivery job.
 */
class MessagingIT extends RunningPlatform {
  private static final String PROBLEMS = "https://bashgah.ir/problems/";

  private static String schema(String slug) {
    return "t_" + slug.replace('-', '_');
  }

  @Test
  void aRolledBackSendSendsNothingAndACommittedOneIsSentOnce() {
    String owner = api.createTenant(admin, "msg-once", "STANDARD");
    String sara = api.register(owner, "Sara", "Amini", "09121250001");
    String ali = api.register(owner, "Ali", "Bahrami", "09121250002");
    MessagingAutomationsIT.noQuietHours(api, owner);

    // Sara's message is queued before the unknown code is met; the 422 rolls it back with everything else.
    api.as(owner).header("Idempotency-Key", "m-1").body(Map.of("channel", "SMS", "to", Map.of("memberCodes", List.of(sara, "99999999")), "text", "سلام"))
        .post("/messages").then().statusCode(422).body("type", equalTo(PROBLEMS + "validation-failed")).body("errors[0].field", equalTo("to.memberCodes"));
    assertThat(Sql.value("SELECT COUNT(*) FROM " + schema("msg-once") + ".message")).isZero();

    String batch = api.as(owner).header("Idempotency-Key", "m-2")
        .body(Map.of("channel", "SMS", "to", Map.of("memberCodes", List.of(sara, ali, sara)), "text", "  امتیاز شما دو برابر شد  "))
        .post("/messages").then().statusCode(202).body("recipients", equalTo(2)).body("status", equalTo("QUEUED")).body("batchId", matchesPattern("\\d+"))
        .extract().path("batchId");

    api.runJob(admin, "message-delivery", "msg-once");
    api.runJob(admin, "message-delivery", "msg-once");

    api.as(owner).get("/messages/batches/" + batch).then().statusCode(200).body("total", equalTo(2)).body("counts.SENT", equalTo(2));
    api.as(owner).get("/members/" + sara + "/messages").then().statusCode(200).body("total", equalTo(1))
        .body("items", hasSize(1)).body("items[0].channel", equalTo("SMS")).body("items[0].text", equalTo("امتیاز شما دو برابر شد"))
        .body("items[0].status", equalTo("SENT")).body("items[0].sentAt", notNullValue()).body("items[0].cost", equalTo(0));
    // each row sent once: one attempt, through the log gateway
    assertThat(Sql.rows("SELECT status, attempts, provider FROM " + schema("msg-once") + ".message ORDER BY id"))
        .containsExactly(List.of("SENT", "1", "log"), List.of("SENT", "1", "log"));
    // a retried send with the same key queues nothing more
    api.as(owner).header("Idempotency-Key", "m-2")
        .body(Map.of("channel", "SMS", "to", Map.of("memberCodes", List.of(sara, ali, sara)), "text", "  امتیاز شما دو برابر شد  "))
        .post("/messages").then().statusCode(202).body("batchId", equalTo(batch));
    assertThat(Sql.value("SELECT COUNT(*) FROM " + schema("msg-once") + ".message")).isEqualTo(2);    api.as(owner).get("/audit?action=MESSAGE.SEND").then().statusCode(200).body("items", hasSize(1))
        .body("items[0].targetId", equalTo(batch));

    // another club sees neither the batch nor its own member code's messages from this one
    String other = api.createTenant(admin, "msg-else", "BASIC");
    String hers = api.register(other, "Sara", "Amini", "09121250001");
    api.as(other).get("/messages/batches/" + batch).then().statusCode(404);
    api.as(other).get("/members/" + hers + "/messages").then().statusCode(200).body("total", equalTo(0));
  }

  @Test
  void whatIsNotThereYetIsRefusedByNameAndOnlyMessagingStaffMaySend() {
    String owner = api.createTenant(admin, "msg-bad", "BASIC");
    String sara = api.register(owner, "Sara", "Amini", "09121250003");
    // email is a feature of Professional and up (C3), web push too (C4); an unknown channel is named
    api.as(owner).header("Idempotency-Key", "b-1").body(Map.of("channel", "EMAIL", "to", Map.of("memberCodes", List.of(sara)), "text", "x"))
        .post("/messages").then().statusCode(403).body("type", equalTo(PROBLEMS + "feature-not-in-plan"));
    api.as(owner).header("Idempotency-Key", "b-0").body(Map.of("channel", "FAX", "to", Map.of("memberCodes", List.of(sara)), "text", "x"))
        .post("/messages").then().statusCode(422).body("errors.field", contains("channel"));
    api.as(owner).header("Idempotency-Key", "b-2").body(Map.of("channel", "SMS", "to", Map.of("segment", "vip"), "text", "x"))
        .post("/messages").then().statusCode(422).body("errors[0].field", equalTo("to.segment"));
    api.as(owner).header("Idempotency-Key", "b-3").body(Map.of("channel", "SMS", "to", Map.of("memberCodes", List.of(sara))))
        .post("/messages").then().statusCode(422).body("errors.field", contains("text"));
    api.as(owner).header("Idempotency-Key", "b-4").body(Map.of("channel", "SMS", "to", Map.of("memberCodes", List.of(sara)), "text", "سلام {fristName}"))
        .post("/messages").then().statusCode(422).body("errors.field", contains("text"))
        .body("errors[0].message", org.hamcrest.Matchers.containsString("{fristName}"));
    api.as(owner).get("/members/" + sara + "/messages").then().body("total", equalTo(0));
    api.as(owner).get("/messages/batches/123").then().statusCode(404);
    api.as(owner).get("/members/99999999/messages").then().statusCode(404);

    api.as(owner).body(Map.of("code", "b1", "name", "One")).post("/branches").then().statusCode(201);
    String cashier = api.staff(owner, "msg-bad", "cash", "cashier", "b1");
    api.as(cashier).header("Idempotency-Key", "b-4").body(Map.of("channel", "SMS", "to", Map.of("memberCodes", List.of(sara)), "text", "x"))
        .post("/messages").then().statusCode(403);
    api.as(cashier).get("/members/" + sara + "/messages").then().statusCode(403);

    api.as(admin).body(Map.of("enabled", false)).put("/platform/tenants/msg-bad/features/C1").then().statusCode(200);
    api.as(owner).header("Idempotency-Key", "b-5").body(Map.of("channel", "SMS", "to", Map.of("memberCodes", List.of(sara)), "text", "x"))
        .post("/messages").then().statusCode(403).body("type", equalTo(PROBLEMS + "feature-not-in-plan"));
  }
}
