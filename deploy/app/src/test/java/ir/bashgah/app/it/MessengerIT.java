package ir.bashgah.app.it;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.WireMock;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import io.restassured.path.json.JsonPath;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Messengers (plan feature C8, issue 12): a VIP club saves its bot, whose bot API is faked in this JVM
 * (Telegram's protocol, reached on loopback through the bot's baseUrl). A member writes /start and then
 * shares his own number (the fake's getUpdates answers), the messenger-updates job links his chat and
 * the bot answers him in Persian; a MESSENGER send reaches the fake's sendMessage with his chat and the
 * text exactly once although the API first failed; a member who blocked the bot (403) is unlinked. The
 * token is never answered whole, stored in clear, or logged; a club without C8 is refused.
 */
class MessengerIT extends RunningPlatform {
  private static final String PROBLEMS = "https://bashgah.ir/problems/";
  private static final String TOKEN = "7012345678:AAE-messenger-it-token_Q7x9";
  private static final String BOT = "/bot" + TOKEN + "/";
  private static final long BOT_ID = 7012345678L;
  private static final long CHAT = 880001L;

  static WireMockServer telegram;

  @BeforeAll
  static void startTheBotApi() {
    telegram = new WireMockServer(wireMockConfig().dynamicPort().bindAddress("127.0.0.1"));
    telegram.start();
  }

  @AfterAll
  static void stopTheBotApi() {
    telegram.stop();
  }

  private static String schema(String slug) {
    return "t_" + slug.replace('-', '_');
  }

  private static String updates(String... updates) {
    return "{\"ok\":true,\"result\":[" + String.join(",", updates) + "]}";
  }

  private static String message(long updateId, long from, String body) {
    return "{\"update_id\":" + updateId + ",\"message\":{\"message_id\":" + updateId + ",\"from\":{\"id\":" + from + ",\"is_bot\":false,\"first_name\":\"سارا\"},"
        + "\"chat\":{\"id\":" + from + ",\"type\":\"private\",\"first_name\":\"سارا\"},\"date\":1765100000," + body + "}}";
  }

  /** The fake's answer to getUpdates from {@code offset}: the same whoever asks (a run of the scheduler's, or the test's). */
  private static void updatesFrom(long offset, String answer) {
    telegram.stubFor(post(urlEqualTo(BOT + "getUpdates")).withRequestBody(matchingJsonPath("$.offset", WireMock.equalTo(Long.toString(offset))))
        .willReturn(okJson(answer)));
  }

  /** What was posted to sendMessage (with {@code text}, or all), in the order it came. */
  private static List<JsonPath> sent(String text) {
    List<JsonPath> sent = new ArrayList<>(telegram.getAllServeEvents().stream().filter(e -> e.getRequest().getUrl().equals(BOT + "sendMessage"))
        .map(ServeEvent::getRequest).map(r -> JsonPath.from(r.getBodyAsString())).filter(j -> text == null || text.equals(j.getString("text"))).toList());
    // WireMock lists the newest first
    Collections.reverse(sent);
    return sent;
  }

  @Test
  void aMemberLinksHisChatAndTheClubsMessagesReachItOnceUntilHeBlocksTheBot() throws IOException {
    String owner = api.createTenant(admin, "bot-vip", "VIP");
    MessagingAutomationsIT.noQuietHours(api, owner);
    String sara = api.register(owner, "Sara", "Amini", "09121270001");
    String base = "http://127.0.0.1:" + telegram.port();
    telegram.stubFor(post(urlEqualTo(BOT + "getMe")).willReturn(okJson(
        "{\"ok\":true,\"result\":{\"id\":" + BOT_ID + ",\"is_bot\":true,\"first_name\":\"باشگاه\",\"username\":\"bot_vip_club_bot\"}}")));
    updatesFrom(0, updates());
    telegram.stubFor(post(urlEqualTo(BOT + "sendMessage")).atPriority(10).willReturn(okJson("{\"ok\":true,\"result\":{\"message_id\":1}}")));

    String saved = api.as(owner).body(Map.of("token", TOKEN, "baseUrl", base + "/")).put("/messaging/messenger-bot").then().statusCode(200)
        .body("baseUrl", equalTo(base)).body("username", equalTo("bot_vip_club_bot")).body("maskedToken", equalTo("…Q7x9"))
        .body("link", equalTo("https://t.me/bot_vip_club_bot")).body("linkedMembers", equalTo(0)).body("updatedAt", notNullValue())
        .extract().asString();
    assertThat(saved).doesNotContain(TOKEN);
    // encrypted at rest: neither the column nor the activity log holds the token
    assertThat(Sql.rows("SELECT token FROM " + schema("bot-vip") + ".messenger_bot").get(0).get(0)).startsWith("v1:").doesNotContain(TOKEN);
    assertThat(api.as(owner).get("/audit?action=MESSENGER_BOT.SET").then().statusCode(200).body("items", hasSize(1)).extract().asString())
        .doesNotContain(TOKEN).doesNotContain("Q7x9");

    // Sara writes /start, then shares her own number; someone else's number is refused first
    updatesFrom(0, updates(message(500, CHAT, "\"text\":\"/start\"")));
    updatesFrom(501, updates(
        message(501, CHAT, "\"contact\":{\"phone_number\":\"989121270002\",\"first_name\":\"Ali\",\"user_id\":880002}"),
        message(502, CHAT, "\"contact\":{\"phone_number\":\"989121270001\",\"first_name\":\"سارا\",\"user_id\":" + CHAT + "}")));
    updatesFrom(503, updates());
    api.runJob(admin, "messenger-updates", "bot-vip");
    api.runJob(admin, "messenger-updates", "bot-vip");

    assertThat(Sql.rows("SELECT chat_id FROM " + schema("bot-vip") + ".messenger_chat")).containsExactly(List.of(Long.toString(CHAT)));
    assertThat(Sql.value("SELECT update_offset FROM " + schema("bot-vip") + ".messenger_bot")).isEqualTo(503);
    JsonPath asked = sent(null).get(0);
    assertThat(asked.getLong("chat_id")).isEqualTo(CHAT);
    assertThat(asked.getString("reply_markup.keyboard[0][0].text")).isEqualTo("ارسال شماره‌ی من");
    assertThat(asked.getBoolean("reply_markup.keyboard[0][0].request_contact")).isTrue();
    assertThat(sent(null)).extracting(j -> j.getString("text")).anySatisfy(t -> assertThat(t).contains("شماره‌ی خودتان"))
        .anySatisfy(t -> assertThat(t).startsWith("شما به باشگاه").contains("وصل شدید"));
    api.as(owner).get("/messaging/messenger-bot").then().statusCode(200).body("linkedMembers", equalTo(1));

    // The API's first answer to the club's message is a 502, then it takes it.
    telegram.stubFor(post(urlEqualTo(BOT + "sendMessage")).withRequestBody(matchingJsonPath("$.text", WireMock.equalTo("جشنواره پاییزه")))
        .inScenario("flaky").whenScenarioStateIs(STARTED).willSetStateTo("well").willReturn(aResponse().withStatus(502).withBody("Bad Gateway")));
    telegram.stubFor(post(urlEqualTo(BOT + "sendMessage")).withRequestBody(matchingJsonPath("$.text", WireMock.equalTo("جشنواره پاییزه")))
        .inScenario("flaky").whenScenarioStateIs("well").willReturn(okJson("{\"ok\":true,\"result\":{\"message_id\":4711}}")));
    String batch = api.as(owner).header("Idempotency-Key", "bot-1")
        .body(Map.of("channel", "MESSENGER", "to", Map.of("memberCodes", List.of(sara)), "text", "جشنواره پاییزه"))
        .post("/messages").then().statusCode(202).body("recipients", equalTo(1)).body("suppressed", equalTo(0)).extract().path("batchId");

    Awaitility.await("the message sent").atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofMillis(500)).until(() -> {
      Sql.update("UPDATE " + schema("bot-vip") + ".message SET next_attempt_at = UTC_TIMESTAMP(6) - INTERVAL 1 SECOND WHERE status = 'QUEUED'");
      api.runJob(admin, "message-delivery", "bot-vip");
      return Sql.value("SELECT COUNT(*) FROM " + schema("bot-vip") + ".message WHERE status = 'SENT'") == 1;
    });
    assertThat(Sql.rows("SELECT channel, attempts, provider, provider_message_id FROM " + schema("bot-vip") + ".message"))
        .containsExactly(List.of("MESSENGER", "2", "telegram", "4711"));
    // the chat is kept encrypted, like any recipient
    assertThat(Sql.rows("SELECT recipient FROM " + schema("bot-vip") + ".message").get(0).get(0)).startsWith("v1:").doesNotContain(Long.toString(CHAT));
    assertThat(sent("جشنواره پاییزه")).hasSize(2).allSatisfy(j -> assertThat(j.getLong("chat_id")).isEqualTo(CHAT));
    api.as(owner).get("/messages/batches/" + batch).then().statusCode(200).body("channel", equalTo("MESSENGER")).body("counts.SENT", equalTo(1));
    api.as(owner).get("/members/" + sara + "/messages").then().statusCode(200).body("items[0].channel", equalTo("MESSENGER"))
        .body("items[0].text", equalTo("جشنواره پاییزه")).body("items[0].status", equalTo("SENT"));

    // Sara blocks the bot: the next message fails and her chat is unlinked, so the one after is suppressed.
    telegram.stubFor(post(urlEqualTo(BOT + "sendMessage")).withRequestBody(matchingJsonPath("$.text", WireMock.equalTo("تخفیف یلدا")))
        .willReturn(aResponse().withStatus(403).withHeader("Content-Type", "application/json")
            .withBody("{\"ok\":false,\"error_code\":403,\"description\":\"Forbidden: bot was blocked by the user\"}")));
    api.as(owner).header("Idempotency-Key", "bot-2").body(Map.of("channel", "MESSENGER", "to", Map.of("memberCodes", List.of(sara)), "text", "تخفیف یلدا"))
        .post("/messages").then().statusCode(202).body("recipients", equalTo(1));
    api.runJob(admin, "message-delivery", "bot-vip");
    api.as(owner).get("/members/" + sara + "/messages").then().statusCode(200).body("items[0].text", equalTo("تخفیف یلدا"))
        .body("items[0].status", equalTo("FAILED")).body("items[0].failure", org.hamcrest.Matchers.containsString("blocked by the user"));
    assertThat(Sql.value("SELECT COUNT(*) FROM " + schema("bot-vip") + ".messenger_chat")).isZero();
    api.as(owner).header("Idempotency-Key", "bot-3").body(Map.of("channel", "MESSENGER", "to", Map.of("memberCodes", List.of(sara)), "text", "سلام"))
        .post("/messages").then().statusCode(202).body("recipients", equalTo(0)).body("suppressed", equalTo(1));
    assertThat(sent("تخفیف یلدا")).hasSize(1);

    // consent has a messenger field beside API-2's three, which keep working alone
    api.as(owner).body(Map.of("sms", true, "email", true, "push", true)).put("/members/" + sara + "/consents").then().statusCode(200)
        .body("messenger", equalTo(true));
    api.as(owner).body(Map.of("messenger", false)).put("/members/" + sara + "/consents").then().statusCode(200)
        .body("sms", equalTo(true)).body("messenger", equalTo(false));

    // the token is in no line of the platform's log
    try (Stream<Path> logs = Files.list(Path.of(System.getProperty("bashgah.it.work")))) {
      for (Path log : logs.filter(p -> p.getFileName().toString().startsWith("payara-")).toList()) {
        assertThat(Files.readString(log)).as(log.toString()).doesNotContain(TOKEN).doesNotContain("AAE-messenger-it-token");
      }
    }

    // removing the bot unlinks everybody; it is gone
    api.as(owner).delete("/messaging/messenger-bot").then().statusCode(204);
    api.as(owner).delete("/messaging/messenger-bot").then().statusCode(204);
    api.as(owner).get("/messaging/messenger-bot").then().statusCode(404).body("type", equalTo(PROBLEMS + "not-found"));
    api.as(owner).get("/audit?action=MESSENGER_BOT.REMOVE").then().statusCode(200).body("items", hasSize(1));
  }

  @Test
  void onlyAClubWithC8AndOnlyItsOwnersAndManagersMaySetABotAndEveryMistakeIsNamed() {
    String professional = api.createTenant(admin, "bot-pro", "PROFESSIONAL");
    String hers = api.register(professional, "Sara", "Amini", "09121270011");
    api.as(professional).body(Map.of("token", TOKEN)).put("/messaging/messenger-bot").then().statusCode(403)
        .body("type", equalTo(PROBLEMS + "feature-not-in-plan"));
    api.as(professional).get("/messaging/messenger-bot").then().statusCode(403).body("type", equalTo(PROBLEMS + "feature-not-in-plan"));
    api.as(professional).header("Idempotency-Key", "pro-1").body(Map.of("channel", "MESSENGER", "to", Map.of("memberCodes", List.of(hers)), "text", "x"))
        .post("/messages").then().statusCode(403).body("type", equalTo(PROBLEMS + "feature-not-in-plan"));

    String owner = api.createTenant(admin, "bot-rules", "VIP");
    String marketer = api.staff(owner, "bot-rules", "mark", "marketer", null);
    api.as(marketer).body(Map.of("token", TOKEN)).put("/messaging/messenger-bot").then().statusCode(403).body("type", equalTo(PROBLEMS + "forbidden"));
    api.as(owner).get("/messaging/messenger-bot").then().statusCode(404);

    String base = "http://127.0.0.1:" + telegram.port();
    String other = "/bot7099999999:AAF-revoked-token-0000/getMe";
    telegram.stubFor(post(urlEqualTo(other)).willReturn(aResponse().withStatus(401).withHeader("Content-Type", "application/json")
        .withBody("{\"ok\":false,\"error_code\":401,\"description\":\"Unauthorized\"}")));
    api.as(owner).body(Map.of("token", "7099999999:AAF-revoked-token-0000", "baseUrl", base)).put("/messaging/messenger-bot").then().statusCode(422)
        .body("type", equalTo(PROBLEMS + "validation-failed")).body("errors.field", contains("token"));
    api.as(owner).body(Map.of("token", "not a token")).put("/messaging/messenger-bot").then().statusCode(422).body("errors.field", contains("token"));
    api.as(owner).body(Map.of("token", TOKEN, "baseUrl", "http://10.1.2.3:8080")).put("/messaging/messenger-bot").then().statusCode(422)
        .body("errors.field", contains("baseUrl"));
    api.as(owner).body(Map.of("token", TOKEN, "baseUrl", "file:///etc/passwd")).put("/messaging/messenger-bot").then().statusCode(422)
        .body("errors.field", contains("baseUrl"));
    // a bot API that does not answer
    api.as(owner).body(Map.of("token", TOKEN, "baseUrl", "http://127.0.0.1:9")).put("/messaging/messenger-bot").then().statusCode(422)
        .body("errors.field", contains("baseUrl"));
    api.as(owner).get("/messaging/messenger-bot").then().statusCode(404);
    assertThat(Sql.value("SELECT COUNT(*) FROM " + schema("bot-rules") + ".messenger_bot")).isZero();
  }
}
