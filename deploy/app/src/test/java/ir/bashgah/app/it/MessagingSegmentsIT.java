package ir.bashgah.app.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

/**
 * Sends to a segment (issue 12, bulk sends): a saved filter counted and estimated before sending; the
 * send's rows written in chunks after the request; who refused the channel counted suppressed; a
 * send whose writing stopped halfway carried on by the next delivery run without a repeated row.
 */
class MessagingSegmentsIT extends RunningPlatform {
  private static final String PROBLEMS = "https://bashgah.ir/problems/";

  private static String schema(String slug) {
    return "t_" + slug.replace('-', '_');
  }

  @Test
  void aSegmentIsCountedEstimatedAndSentToWithWhoRefusedCountedSuppressed() {
    String slug = "seg-send";
    Api.Till till = api.till(admin, slug, "1234", "VIP");
    String owner = till.owner();
    MessagingAutomationsIT.noQuietHours(api, owner);
    String sara = api.register(owner, "Sara", "Amini", "09121270001");
    String ali = api.register(owner, "Ali", "Bahrami", "09121270002");
    api.register(owner, "Reza", "Karimi", "09121270003");
    api.as(owner).put("/members/" + sara + "/tags/vip").then().statusCode(200);
    api.as(owner).put("/members/" + ali + "/tags/vip").then().statusCode(200);
    api.as(owner).body(Map.of("sms", false)).put("/members/" + ali + "/consents").then().statusCode(200);
    // the till's member bought on 2026-11-23 (Tehran)
    api.terminal(till.key()).header("Idempotency-Key", "i-1").body(Map.of("invoiceNumber", "S-1", "memberCode", till.member(),
        "issuedAt", "2026-11-23T12:30:00+03:30", "lines", List.of(Map.of("sku", "A1", "productGroup", "g", "quantity", 1, "unitPrice", 100_000)),
        "payments", List.of(Map.of("method", "CASH", "amount", 100_000)))).post("/pos/invoices").then().statusCode(201);

    api.as(owner).body(Map.of("code", "vips", "name", "مشتریان ویژه", "filter", Map.of("tag", "vip"))).post("/segments").then().statusCode(201)
        .body("members", equalTo(2)).body("filter.tag", equalTo("vip"));
    api.as(owner).body(Map.of("code", "buyers", "name", "خریداران آذر", "filter", Map.of("lastPurchaseAfter", "2026-11-20"))).post("/segments").then()
        .statusCode(201).body("members", equalTo(1));
    api.as(owner).body(Map.of("code", "idle", "name", "بی‌خرید", "filter", Map.of("lastPurchaseBefore", "2026-11-20"))).post("/segments").then()
        .statusCode(201).body("members", equalTo(3));
    api.as(owner).body(Map.of("code", "vips", "name", "x", "filter", Map.of())).post("/segments").then().statusCode(409);
    api.as(owner).body(Map.of("code", "bad", "name", "x", "filter", Map.of("city", "ک".repeat(101), "lastPurchaseAfter", "1405/09/01"))).post("/segments")
        .then().statusCode(422).body("errors.field", contains("filter.lastPurchaseAfter", "filter.city"));
    // a city typed on an Arabic keyboard (ك) is the same city typed on a Persian one (ک)
    api.as(owner).body(Map.of("city", "كرج")).patch("/members/" + sara).then().statusCode(200).body("city", equalTo("کرج"));
    api.as(owner).body(Map.of("city", " کرج ")).patch("/members/" + ali).then().statusCode(200);
    api.as(owner).body(Map.of("code", "karaj", "name", "اهالی کرج", "filter", Map.of("city", "كرج"))).post("/segments").then().statusCode(201)
        .body("members", equalTo(2)).body("filter.city", equalTo("کرج"));
    api.as(owner).body(Map.of("code", "karaj-vip", "name", "ویژه‌های کرج", "filter", Map.of("city", "کرج", "lastPurchaseAfter", "2026-11-20")))
        .post("/segments").then().statusCode(201).body("members", equalTo(0));

    Map<String, Object> send = Map.of("channel", "SMS", "to", Map.of("segment", "vips"), "text", "جشنواره یلدا: ۲۰٪ تخفیف");
    api.as(owner).body(send).post("/messages/estimate").then().statusCode(200).body("recipients", equalTo(1)).body("suppressed", equalTo(1))
        .body("smsParts", equalTo(1)).body("estimatedCost", equalTo(1200)).body("segment", equalTo("vips"));
    api.as(owner).body(Map.of("channel", "SMS", "to", Map.of("segment", "nope"), "text", "x")).post("/messages/estimate").then().statusCode(422)
        .body("errors[0].field", equalTo("to.segment"));

    String batch = api.as(owner).header("Idempotency-Key", "seg-1").body(send).post("/messages").then().statusCode(202)
        .body("recipients", equalTo(1)).body("suppressed", equalTo(1)).extract().path("batchId");
    // the rows are written on another thread once the send has committed
    Awaitility.await("the segment's rows").atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(100))
        .until(() -> Sql.value("SELECT COUNT(*) FROM " + schema(slug) + ".message WHERE batch_id = ?", Long.parseLong(batch)) == 2);
    api.runJob(admin, "message-delivery", slug);

    api.as(owner).get("/messages/batches/" + batch).then().statusCode(200).body("counts.SENT", equalTo(1)).body("counts.SUPPRESSED", equalTo(1))
        .body("segment", equalTo("vips")).body("recipients", equalTo(1)).body("suppressed", equalTo(1)).body("queueing", equalTo(false));
    api.as(owner).get("/members/" + sara + "/messages").then().body("items[0].status", equalTo("SENT")).body("items[0].text", equalTo("جشنواره یلدا: ۲۰٪ تخفیف"));
    api.as(owner).get("/members/" + ali + "/messages").then().body("items[0].status", equalTo("SUPPRESSED")).body("items[0].sentAt", nullValue());
    // the batch's messages, filtered by status: who did not get it, and why
    api.as(owner).get("/messages/batches/" + batch + "/messages?status=SUPPRESSED").then().statusCode(200).body("total", equalTo(1))
        .body("items[0].memberCode", equalTo(ali)).body("items[0].firstName", equalTo("Ali")).body("items[0].failure", equalTo("the member refused SMS messages"));
    api.as(owner).get("/messages/batches/" + batch + "/messages").then().statusCode(200).body("total", equalTo(2))
        .body("items.status", org.hamcrest.Matchers.containsInAnyOrder("SENT", "SUPPRESSED"));
    api.as(owner).get("/messages/batches/" + batch + "/messages?status=LOST").then().statusCode(422).body("errors[0].field", equalTo("status"));
    api.as(owner).get("/messages/batches/4242/messages").then().statusCode(404);
    api.as(owner).get("/messages/batches").then().statusCode(200).body("total", equalTo(1)).body("items[0].segment", equalTo("vips"))
        .body("items[0].queueing", equalTo(false)).body("items[0].counts.SENT", equalTo(1));

    // a node that died halfway through writing the rows: the mark stands after Sara, Ali's row is missing
    long saraId = Sql.value("SELECT member_id FROM " + schema(slug) + ".message WHERE batch_id = ? AND status = 'SENT'", Long.parseLong(batch));
    Sql.update("DELETE FROM " + schema(slug) + ".message WHERE batch_id = ? AND status = 'SUPPRESSED'", Long.parseLong(batch));
    Sql.update("UPDATE " + schema(slug) + ".message_batch SET expansion_done = FALSE, expanded_through = ? WHERE id = ?", Math.min(saraId,
        Sql.value("SELECT id FROM " + schema(slug) + ".member WHERE member_code = ?", ali)) - 1, Long.parseLong(batch));
    api.runJob(admin, "message-delivery", slug);
    assertThat(Sql.rows("SELECT status FROM " + schema(slug) + ".message WHERE batch_id = ? ORDER BY status", Long.parseLong(batch)))
        .as("the missing row written again, the sent one not repeated").containsExactly(List.of("SENT"), List.of("SUPPRESSED"));
    api.as(owner).get("/messages/batches/" + batch).then().body("counts.SENT", equalTo(1));
  }

  @Test
  void workersRunningAtOnceSendEveryMessageExactlyOnce() throws Exception {
    String slug = "seg-race";
    String owner = api.createTenant(admin, slug, "STANDARD");
    MessagingAutomationsIT.noQuietHours(api, owner);
    List<String> codes = new java.util.ArrayList<>();
    for (int i = 0; i < 90; i++) {
      codes.add(api.register(owner, "Member", "No" + i, String.format("0912128%04d", i)));
    }
    String batch = api.as(owner).header("Idempotency-Key", "race-1").body(Map.of("channel", "SMS", "to", Map.of("memberCodes", codes), "text", "سلام"))
        .post("/messages").then().statusCode(202).body("recipients", equalTo(90)).extract().path("batchId");

    // four runs of the job for the club at the same moment, as a manual run may meet the scheduler's
    List<String> summaries = Race.run(4, i -> api.as(admin).post("/platform/jobs/message-delivery/runs?tenant=" + slug).then().statusCode(200)
        .extract().path("[0].summary"));

    assertThat(Sql.rows("SELECT status, attempts, COUNT(*) FROM " + schema(slug) + ".message WHERE batch_id = ? GROUP BY status, attempts", Long.parseLong(batch)))
        .as("every message claimed by one worker and sent once").containsExactly(List.of("SENT", "1", "90"));
    int sent = summaries.stream().filter(java.util.Objects::nonNull).filter(s -> s.contains(" sent"))
        .mapToInt(s -> Integer.parseInt(s.substring(0, s.indexOf(' ')))).sum();
    assertThat(sent).as("the runs' own counts add up to the batch: " + summaries).isEqualTo(90);
  }
}
