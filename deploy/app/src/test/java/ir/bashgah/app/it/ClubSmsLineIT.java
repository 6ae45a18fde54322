package ir.bashgah.app.it;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.WireMock;
import com.github.tomakehurst.wiremock.http.Request;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A club's own SMS line (plan feature C6) and delivery reports (issue 12): a VIP club points its line
 * at a Kavenegar faked in this JVM (the shared node reaches it on loopback, through the club's
 * baseUrl), its messages go there with their row ids as localid and the club's key, a gateway that
 * fails twice still delivers each message exactly once, and the report job brings back DELIVERED and
 * a do-not-disturb SUPPRESSED (or, with a service line, a second send over it). The key is never answered whole; a club without C6 cannot set a line; a
 * club without a line of its own keeps the platform's.
 */
class ClubSmsLineIT extends RunningPlatform {
  private static final String PROBLEMS = "https://bashgah.ir/problems/";
  private static final String KEY = "C6-own-line-7d1f4e2b9a0c-55AB";
  private static final String SEND = "/v1/" + KEY + "/sms/send.json";
  private static final String STATUS = "/v1/" + KEY + "/sms/status.json";

  static WireMockServer kavenegar;

  @BeforeAll
  static void startTheGateway() {
    kavenegar = new WireMockServer(wireMockConfig().dynamicPort().bindAddress("127.0.0.1"));
    kavenegar.start();
  }

  @AfterAll
  static void stopTheGateway() {
    kavenegar.stop();
  }

  private static String schema(String slug) {
    return "t_" + slug.replace('-', '_');
  }

  private static String sent(long messageId, String receptor) {
    return "{\"return\":{\"status\":200,\"message\":\"تایید شد\"},\"entries\":[{\"messageid\":" + messageId + ",\"message\":\"\",\"status\":1,"
        + "\"statustext\":\"در صف ارسال\",\"sender\":\"10004346\",\"receptor\":\"" + receptor + "\",\"date\":1356619709,\"cost\":1200}]}";
  }

  private static Map<String, String> form(Request request) {
    Map<String, String> form = new HashMap<>();
    for (String pair : request.getBodyAsString().split("&")) {
      String[] kv = pair.split("=", 2);
      form.put(URLDecoder.decode(kv[0], StandardCharsets.UTF_8), kv.length < 2 ? "" : URLDecoder.decode(kv[1], StandardCharsets.UTF_8));
    }
    return form;
  }

  @Test
  void aClubsOwnLineSendsItsMessagesExactlyOnceAndBringsBackTheirReports() {
    String owner = api.createTenant(admin, "sms-own", "VIP");
    MessagingAutomationsIT.noQuietHours(api, owner);
    String sara = api.register(owner, "Sara", "Amini", "09121260001");
    String ali = api.register(owner, "Ali", "Bahrami", "09121260002");
    String base = "http://127.0.0.1:" + kavenegar.port();

    String saved = api.as(owner).body(Map.of("provider", "kavenegar", "apiKey", KEY, "sender", "10004346", "baseUrl", base + "/"))
        .put("/messaging/sms-gateway").then().statusCode(200)
        .body("provider", equalTo("kavenegar")).body("sender", equalTo("10004346")).body("baseUrl", equalTo(base))
        .body("maskedApiKey", equalTo("…55AB")).body("updatedAt", notNullValue())
        .extract().asString();
    assertThat(saved).doesNotContain(KEY);
    assertThat(api.as(owner).get("/messaging/sms-gateway").then().statusCode(200).body("maskedApiKey", equalTo("…55AB")).extract().asString())
        .doesNotContain(KEY);
    // encrypted at rest: neither the column nor the activity log holds the key
    assertThat(Sql.rows("SELECT api_key FROM " + schema("sms-own") + ".sms_gateway").get(0).get(0)).startsWith("v1:").doesNotContain(KEY);
    assertThat(api.as(owner).get("/audit?action=SMS_GATEWAY.SET").then().statusCode(200).body("items", hasSize(1)).extract().asString())
        .doesNotContain(KEY).doesNotContain("55AB");

    // The gateway's first answer is a 503, its second comes after the node's two-second timeout; then it answers.
    kavenegar.stubFor(post(urlEqualTo(SEND)).inScenario("flaky").whenScenarioStateIs(STARTED).willSetStateTo("slow")
        .willReturn(aResponse().withStatus(503).withBody("Service Unavailable")));
    kavenegar.stubFor(post(urlEqualTo(SEND)).inScenario("flaky").whenScenarioStateIs("slow").willSetStateTo("well")
        .willReturn(okJson(sent(7000, "")).withFixedDelay(4000)));
    kavenegar.stubFor(post(urlEqualTo(SEND)).inScenario("flaky").whenScenarioStateIs("well").withFormParam("receptor", WireMock.equalTo("09121260001"))
        .willReturn(okJson(sent(7001, "09121260001"))));
    kavenegar.stubFor(post(urlEqualTo(SEND)).inScenario("flaky").whenScenarioStateIs("well").withFormParam("receptor", WireMock.equalTo("09121260002"))
        .willReturn(okJson(sent(7002, "09121260002"))));

    String batch = api.as(owner).header("Idempotency-Key", "own-1")
        .body(Map.of("channel", "SMS", "to", Map.of("memberCodes", List.of(sara, ali)), "text", "جشنواره پاییزه"))
        .post("/messages").then().statusCode(202).body("recipients", equalTo(2)).extract().path("batchId");

    // Each run sends what is due; a retried message waits its backoff, which the test lets pass. (The
    // scheduler's own runs may take a turn too: a claimed message is claimed by one worker only.)
    Awaitility.await("both messages sent").atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofMillis(500)).until(() -> {
      Sql.update("UPDATE " + schema("sms-own") + ".message SET next_attempt_at = UTC_TIMESTAMP(6) - INTERVAL 1 SECOND WHERE status = 'QUEUED'");
      api.runJob(admin, "message-delivery", "sms-own");
      return Sql.value("SELECT COUNT(*) FROM " + schema("sms-own") + ".message WHERE status = 'SENT'") == 2;
    });

    List<List<String>> rows = Sql.rows("SELECT id, recipient, status, attempts, line, provider, provider_message_id FROM " + schema("sms-own")
        + ".message ORDER BY provider_message_id");
    assertThat(rows).extracting(r -> r.subList(2, 7)).containsExactly(
        List.of("SENT", "2", "CLUB", "kavenegar", "7001"),
        List.of("SENT", "2", "CLUB", "kavenegar", "7002"));
    // the recipient is kept encrypted, like the member's own mobile
    assertThat(rows).extracting(r -> r.get(1)).allSatisfy(r -> assertThat(r).startsWith("v1:").doesNotContain("0912126"));
    Map<String, String> receptorOf = Map.of("7001", "09121260001", "7002", "09121260002");
    // Every request went to the club's key, each with its own row's id as localid (the gateway's guard
    // against a second send), two per message: the one that failed and the one that was taken.
    List<ServeEvent> sends = kavenegar.getAllServeEvents().stream().filter(e -> e.getRequest().getUrl().equals(SEND)).toList();
    assertThat(sends).hasSize(4);
    for (List<String> row : rows) {
      List<Map<String, String>> forRow = sends.stream().map(e -> form(e.getRequest())).filter(f -> f.get("localid").equals(row.get(0))).toList();
      assertThat(forRow).hasSize(2).allSatisfy(f -> assertThat(f).containsEntry("receptor", receptorOf.get(row.get(6))).containsEntry("sender", "10004346")
          .containsEntry("message", "جشنواره پاییزه"));
    }

    kavenegar.stubFor(post(urlEqualTo(STATUS)).willReturn(okJson("{\"return\":{\"status\":200,\"message\":\"تایید شد\"},\"entries\":["
        + "{\"messageid\":7001,\"status\":10,\"statustext\":\"رسیده به گیرنده\"},{\"messageid\":7002,\"status\":14,\"statustext\":\"بلاک شده\"}]}")));
    // due now, whatever a scheduled run asked before the gateway knew the answer
    Sql.update("UPDATE " + schema("sms-own") + ".message SET report_due_at = UTC_TIMESTAMP(6) WHERE status = 'SENT'");
    api.runJob(admin, "message-reports", "sms-own");

    kavenegar.verify(postRequestedFor(urlEqualTo(STATUS)).withFormParam("messageid", containing("7001")).withFormParam("messageid", containing("7002")));
    api.as(owner).get("/messages/batches/" + batch).then().statusCode(200)
        .body("total", equalTo(2)).body("counts.DELIVERED", equalTo(1)).body("counts.SUPPRESSED", equalTo(1)).body("counts.SENT", nullValue())
        .body("doNotDisturb", equalTo(1));
    api.as(owner).get("/members/" + sara + "/messages").then().statusCode(200)
        .body("items[0].status", equalTo("DELIVERED")).body("items[0].deliveredAt", notNullValue()).body("items[0].failure", nullValue());
    api.as(owner).get("/members/" + ali + "/messages").then().statusCode(200)
        .body("items[0].status", equalTo("SUPPRESSED")).body("items[0].failure", equalTo("blocked by the recipient (do-not-disturb)"));

    // Another club, on the same plan but without a line of its own, keeps the platform's line.
    String other = api.createTenant(admin, "sms-else", "VIP");
    MessagingAutomationsIT.noQuietHours(api, other);
    String hers = api.register(other, "Sara", "Amini", "09121260001");
    api.as(other).get("/messaging/sms-gateway").then().statusCode(404).body("type", equalTo(PROBLEMS + "not-found"));
    api.as(other).header("Idempotency-Key", "else-1").body(Map.of("channel", "SMS", "to", Map.of("memberCodes", List.of(hers)), "text", "سلام"))
        .post("/messages").then().statusCode(202);
    api.runJob(admin, "message-delivery", "sms-else");
    assertThat(Sql.rows("SELECT line, provider FROM " + schema("sms-else") + ".message")).containsExactly(List.of("PLATFORM", "log"));
    api.runJob(admin, "message-reports", "sms-else");
    api.as(other).get("/members/" + hers + "/messages").then().body("items[0].status", equalTo("DELIVERED"));
    assertThat(kavenegar.getAllServeEvents().stream().filter(e -> e.getRequest().getUrl().equals(SEND))).hasSize(4);

    // Back to the platform's line: the next message goes through it.
    api.as(owner).delete("/messaging/sms-gateway").then().statusCode(204);
    api.as(owner).delete("/messaging/sms-gateway").then().statusCode(204);
    api.as(owner).get("/messaging/sms-gateway").then().statusCode(404);
    api.as(owner).get("/audit?action=SMS_GATEWAY.REMOVE").then().statusCode(200).body("items", hasSize(1));
    api.as(owner).header("Idempotency-Key", "own-2").body(Map.of("channel", "SMS", "to", Map.of("memberCodes", List.of(sara)), "text", "سلام"))
        .post("/messages").then().statusCode(202);
    api.runJob(admin, "message-delivery", "sms-own");
    assertThat(Sql.rows("SELECT line, provider FROM " + schema("sms-own") + ".message WHERE text = 'سلام'")).containsExactly(List.of("PLATFORM", "log"));
  }

  @Test
  void aNumberThatBlocksAdvertisingIsReachedOverTheClubsServiceLineOnce() {
    String key = "C2-service-line-0b7e4d1a9c3f-77CD";
    String send = "/v1/" + key + "/sms/send.json";
    String owner = api.createTenant(admin, "sms-service", "VIP");
    MessagingAutomationsIT.noQuietHours(api, owner);
    String reza = api.register(owner, "Reza", "Karimi", "09121260031");
    api.as(owner).body(Map.of("provider", "kavenegar", "apiKey", key, "sender", "10004346", "serviceSender", "90004346",
        "baseUrl", "http://127.0.0.1:" + kavenegar.port())).put("/messaging/sms-gateway").then().statusCode(200)
        .body("serviceSender", equalTo("90004346"));
    // the advertising line is blocked for this number; the service line reaches it
    kavenegar.stubFor(post(urlEqualTo(send)).withFormParam("sender", WireMock.equalTo("10004346")).willReturn(okJson(
        "{\"return\":{\"status\":200,\"message\":\"تایید شد\"},\"entries\":[{\"messageid\":7101,\"status\":14,\"receptor\":\"09121260031\",\"cost\":0}]}")));
    kavenegar.stubFor(post(urlEqualTo(send)).withFormParam("sender", WireMock.equalTo("90004346")).willReturn(okJson(sent(7102, "09121260031"))));

    String batch = api.as(owner).header("Idempotency-Key", "svc-1")
        .body(Map.of("channel", "SMS", "to", Map.of("memberCodes", List.of(reza)), "text", "جشنواره زمستانه"))
        .post("/messages").then().statusCode(202).extract().path("batchId");
    api.runJob(admin, "message-delivery", "sms-service");
    api.runJob(admin, "message-delivery", "sms-service");

    api.as(owner).get("/messages/batches/" + batch).then().statusCode(200).body("counts.SENT", equalTo(1)).body("doNotDisturb", equalTo(1));
    kavenegar.verify(1, postRequestedFor(urlEqualTo(send)).withFormParam("sender", WireMock.equalTo("10004346")));
    kavenegar.verify(1, postRequestedFor(urlEqualTo(send)).withFormParam("sender", WireMock.equalTo("90004346")).withFormParam("message", WireMock.equalTo("جشنواره زمستانه")));
    assertThat(Sql.rows("SELECT provider_message_id, service_local_id IS NOT NULL, service_local_id <> id FROM " + schema("sms-service") + ".message"))
        .containsExactly(List.of("7102", "1", "1"));
    // the number is remembered by its keyed hash, not in clear
    assertThat(Sql.value("SELECT COUNT(*) FROM " + schema("sms-service") + ".sms_blocked_number")).isEqualTo(1);
    assertThat(Sql.rows("SELECT mobile_index FROM " + schema("sms-service") + ".sms_blocked_number").get(0).get(0)).matches("[0-9a-f]{64}");
  }

  @Test
  void onlyAClubWithC6AndOnlyItsOwnersAndManagersMaySetALineAndEveryMistakeIsNamed() {
    String professional = api.createTenant(admin, "sms-pro", "PROFESSIONAL");
    api.as(professional).body(Map.of("provider", "kavenegar", "apiKey", KEY)).put("/messaging/sms-gateway").then().statusCode(403)
        .body("type", equalTo(PROBLEMS + "feature-not-in-plan"));
    api.as(professional).get("/messaging/sms-gateway").then().statusCode(403).body("type", equalTo(PROBLEMS + "feature-not-in-plan"));

    String owner = api.createTenant(admin, "sms-rules", "VIP");
    String marketer = api.staff(owner, "sms-rules", "mark", "marketer", null);
    api.as(marketer).body(Map.of("provider", "kavenegar", "apiKey", KEY)).put("/messaging/sms-gateway").then().statusCode(403)
        .body("type", equalTo(PROBLEMS + "forbidden"));
    String manager = api.staff(owner, "sms-rules", "mona", "manager", null);
    api.as(manager).get("/messaging/sms-gateway").then().statusCode(404);

    api.as(owner).body(Map.of("provider", "log", "apiKey", KEY)).put("/messaging/sms-gateway").then().statusCode(422)
        .body("type", equalTo(PROBLEMS + "validation-failed")).body("errors.field", contains("provider"));
    api.as(owner).body(Map.of("provider", "smsir", "apiKey", KEY)).put("/messaging/sms-gateway").then().statusCode(422)
        .body("errors.field", contains("sender"));
    api.as(owner).body(Map.of("provider", "kavenegar", "apiKey", "a b")).put("/messaging/sms-gateway").then().statusCode(422)
        .body("errors.field", contains("apiKey"));
    api.as(owner).body(Map.of("provider", "kavenegar", "apiKey", KEY, "baseUrl", "http://10.1.2.3:8080")).put("/messaging/sms-gateway").then()
        .statusCode(422).body("errors.field", contains("baseUrl"));
    api.as(owner).body(Map.of("provider", "kavenegar", "apiKey", KEY, "baseUrl", "file:///etc/passwd")).put("/messaging/sms-gateway").then()
        .statusCode(422).body("errors.field", contains("baseUrl"));
    api.as(owner).get("/messaging/sms-gateway").then().statusCode(404);

    api.as(manager).body(Map.of("provider", "smsir", "apiKey", KEY, "sender", "30007732000000")).put("/messaging/sms-gateway").then().statusCode(200)
        .body("provider", equalTo("smsir")).body("baseUrl", nullValue());
  }
}
