package ir.bashgah.app.it;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import ir.bashgah.kernel.crypto.P256;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Web push (plan feature C4) from the outbox to a push service faked on loopback (the shared node
 * allows loopback endpoints for tests: BASHGAH_PUSH_ALLOW_LOCAL_ENDPOINTS). The test is each
 * browser: it makes its key pair, decrypts what the push service received and checks the VAPID
 * signature against the platform's public key. A 410 forgets the browser, a 503 then a 201 delivers
 * once, a member who refused push gets nothing, and the service worker's receipt makes it DELIVERED.
 */
class PushIT extends RunningPlatform {
  private static final String PROBLEMS = "https://bashgah.ir/problems/";

  static WireMockServer pushService;

  @BeforeAll
  static void startThePushService() {
    pushService = new WireMockServer(wireMockConfig().dynamicPort().bindAddress("127.0.0.1"));
    pushService.start();
  }

  @AfterAll
  static void stopThePushService() {
    pushService.stop();
  }

  private static String schema(String slug) {
    return "t_" + slug.replace('-', '_');
  }

  private static String endpoint(String path) {
    return "http://127.0.0.1:" + pushService.port() + path;
  }

  /** The member's browser subscribes through the club's portal, signed in as he would be, with what PushSubscription.toJSON() gives. */
  private void subscribe(String slug, String mobile, String path, PushBrowser browser) {
    String token = PortalSignIn.token(api, slug, mobile);
    api.as(token).body(Map.of("endpoint", endpoint(path), "keys", Map.of("p256dh", browser.p256dh(), "auth", browser.auth())))
        .header("User-Agent", "Firefox/133").post("/portal/me/push-subscriptions").then().statusCode(201);
  }

  private static List<LoggedRequest> postsTo(String path) {
    return pushService.getAllServeEvents().stream().map(ServeEvent::getRequest).filter(r -> r.getUrl().equals(path)).toList();
  }

  private static JsonObject json(String text) {
    return Json.createReader(new StringReader(text)).readObject();
  }

  @Test
  void aPushReachesEveryBrowserThatTakesItOnceAndItsReceiptMakesItDelivered() throws Exception {
    String slug = "push-once";
    String owner = api.createTenant(admin, slug, "PROFESSIONAL");
    MessagingAutomationsIT.noQuietHours(api, owner);
    String sara = api.register(owner, "Sara", "Amini", "09121270001");
    String ali = api.register(owner, "Ali", "Bahrami", "09121270002");
    String reza = api.register(owner, "Reza", "Karimi", "09121270003");
    String mina = api.register(owner, "Mina", "Davoudi", "09121270004");

    // the key a service worker subscribes with: no login, and the same on every call
    String publicKey = api.anonymous().get("/messaging/push/public-key").then().statusCode(200).body("publicKey", notNullValue())
        .extract().path("publicKey");
    assertThat(P256.fromBase64Url(publicKey)).hasSize(65).startsWith((byte) 4);
    api.anonymous().get("/messaging/push/public-key").then().statusCode(200).body("publicKey", equalTo(publicKey));

    PushBrowser saraPhone = new PushBrowser();
    PushBrowser saraLaptop = new PushBrowser();
    PushBrowser aliPhone = new PushBrowser();
    PushBrowser rezaPhone = new PushBrowser();
    subscribe(slug, "09121270001", "/wpush/sara-phone", saraPhone);
    subscribe(slug, "09121270001", "/wpush/sara-laptop", saraLaptop);
    subscribe(slug, "09121270002", "/wpush/ali-phone", aliPhone);
    subscribe(slug, "09121270003", "/wpush/reza-phone", rezaPhone);
    api.as(owner).body(Map.of("push", false)).put("/members/" + reza + "/consents").then().statusCode(200);

    pushService.stubFor(post(urlEqualTo("/wpush/sara-phone")).willReturn(aResponse().withStatus(201)));
    pushService.stubFor(post(urlEqualTo("/wpush/sara-laptop")).willReturn(aResponse().withStatus(410)));
    pushService.stubFor(post(urlEqualTo("/wpush/ali-phone")).inScenario("ali").whenScenarioStateIs(STARTED).willSetStateTo("up")
        .willReturn(aResponse().withStatus(503)));
    pushService.stubFor(post(urlEqualTo("/wpush/ali-phone")).inScenario("ali").whenScenarioStateIs("up").willReturn(aResponse().withStatus(201)));
    pushService.stubFor(post(urlEqualTo("/wpush/reza-phone")).willReturn(aResponse().withStatus(201)));

    // as Sara would get it: her two browsers are her address; Mina has none
    api.as(owner).body(Map.of("channel", "PUSH", "memberCode", sara, "subject", "یلدای {club}", "text", "{firstName} جان، امتیاز دو برابر"))
        .post("/messages/preview").then().statusCode(200).body("recipient", equalTo("web push: 2 browsers")).body("reachable", equalTo(true))
        .body("subject", equalTo("یلدای Club push-once"));
    api.as(owner).get("/messaging/channels").then().statusCode(200)
        .body("find { it.channel == 'PUSH' }.inPlan", equalTo(true)).body("find { it.channel == 'PUSH' }.available", equalTo(true));

    String batch = api.as(owner).header("Idempotency-Key", "push-1")
        .body(Map.of("channel", "PUSH", "to", Map.of("memberCodes", List.of(sara, ali, reza, mina)), "subject", "یلدای {club}",
            "text", "{firstName} جان، امتیاز دو برابر"))
        .post("/messages").then().statusCode(202).body("recipients", equalTo(2)).body("suppressed", equalTo(2)).extract().path("batchId");

    // Ali's push service answers 503 first: his message waits its backoff, which the test lets pass
    Instant before = Instant.now();
    Awaitility.await("both pushes sent").atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofMillis(500)).until(() -> {
      Sql.update("UPDATE " + schema(slug) + ".message SET next_attempt_at = UTC_TIMESTAMP(6) - INTERVAL 1 SECOND WHERE status = 'QUEUED'");
      api.runJob(admin, "message-delivery", slug);
      return Sql.value("SELECT COUNT(*) FROM " + schema(slug) + ".message WHERE status = 'SENT' AND channel = 'PUSH'") == 2;
    });

    // Sara's phone got it once, and only she can read it
    List<LoggedRequest> toSara = postsTo("/wpush/sara-phone");
    assertThat(toSara).hasSize(1);
    LoggedRequest push = toSara.get(0);
    assertThat(push.getHeader("Content-Encoding")).isEqualTo("aes128gcm");
    assertThat(push.getHeader("Urgency")).isEqualTo("normal");
    assertThat(Long.parseLong(push.getHeader("TTL"))).isPositive();
    JsonObject payload = json(saraPhone.decrypt(push.getBody()));
    assertThat(payload.getString("title")).isEqualTo("یلدای Club push-once");
    assertThat(payload.getString("body")).isEqualTo("Sara جان، امتیاز دو برابر");
    assertThat(payload.getString("url")).endsWith("/p/push-once/");
    String messageId = payload.getString("messageId");
    assertThat(Sql.value("SELECT member_id FROM " + schema(slug) + ".message WHERE id = ?", Long.parseLong(messageId)))
        .isEqualTo(Sql.value("SELECT id FROM " + schema(slug) + ".member WHERE member_code = ?", sara));
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> aliPhone.decrypt(push.getBody())).isInstanceOf(javax.crypto.AEADBadTagException.class);
    // signed by the platform's key for this push service, for at most a day
    Map<String, String> claims = PushBrowser.vapidClaims(push.getHeader("Authorization"), publicKey);
    assertThat(claims.get("header")).contains("\"alg\":\"ES256\"");
    assertThat(claims.get("aud")).isEqualTo("http://127.0.0.1:" + pushService.port());
    long exp = Long.parseLong(claims.get("exp"));
    assertThat(exp).isGreaterThan(before.getEpochSecond()).isLessThanOrEqualTo(Instant.now().plus(Duration.ofHours(24)).getEpochSecond());
    assertThat(claims.get("sub")).isNotBlank();

    // her laptop's subscription is gone (410): forgotten, and asked no more
    assertThat(postsTo("/wpush/sara-laptop")).hasSize(1);
    assertThat(Sql.rows("SELECT endpoint FROM " + schema(slug) + ".push_subscription ORDER BY endpoint"))
        .containsExactly(List.of(endpoint("/wpush/ali-phone")), List.of(endpoint("/wpush/reza-phone")), List.of(endpoint("/wpush/sara-phone")));

    // Ali's: a 503, then taken; one notification, which his phone reads
    List<LoggedRequest> toAli = postsTo("/wpush/ali-phone");
    assertThat(toAli).hasSize(2);
    assertThat(json(aliPhone.decrypt(toAli.get(1).getBody())).getString("body")).isEqualTo("Ali جان، امتیاز دو برابر");
    assertThat(Sql.rows("SELECT m.status, m.attempts, m.provider FROM " + schema(slug) + ".message m JOIN " + schema(slug)
        + ".member p ON p.id = m.member_id WHERE p.member_code = ? AND m.channel = 'PUSH'", ali)).containsExactly(List.of("SENT", "2", "webpush"));
    assertThat(Sql.rows("SELECT consecutive_failures, last_success_at IS NOT NULL FROM " + schema(slug) + ".push_subscription WHERE endpoint = ?",
        endpoint("/wpush/ali-phone"))).containsExactly(List.of("0", "1"));

    // Reza refused push: nothing reached his phone
    assertThat(postsTo("/wpush/reza-phone")).isEmpty();
    api.as(owner).get("/messages/batches/" + batch).then().statusCode(200).body("total", equalTo(4)).body("counts.SENT", equalTo(2))
        .body("counts.SUPPRESSED", equalTo(2));

    // Sara's service worker showed it: its receipt, posted without a login, makes it DELIVERED; a second changes nothing
    String token = payload.getString("token");
    api.anonymous().body(Map.of("messageId", messageId, "token", token)).post("/push/receipts").then().statusCode(204);
    api.anonymous().body(Map.of("messageId", messageId, "token", token)).post("/push/receipts").then().statusCode(204);
    api.as(owner).get("/members/" + sara + "/messages").then().statusCode(200).body("items[0].channel", equalTo("PUSH"))
        .body("items[0].status", equalTo("DELIVERED")).body("items[0].deliveredAt", notNullValue());
    api.as(owner).get("/messages/batches/" + batch).then().statusCode(200).body("counts.DELIVERED", equalTo(1)).body("counts.SENT", equalTo(1));
    // a token is good for its own message only, and a made-up one for none
    String alisId = Long.toString(Sql.value("SELECT m.id FROM " + schema(slug) + ".message m JOIN " + schema(slug)
        + ".member p ON p.id = m.member_id WHERE p.member_code = ? AND m.channel = 'PUSH'", ali));
    api.anonymous().body(Map.of("messageId", alisId, "token", token)).post("/push/receipts").then().statusCode(422)
        .body("type", equalTo(PROBLEMS + "validation-failed")).body("errors[0].field", equalTo("token"));
    api.anonymous().body(Map.of("messageId", alisId, "token", "push-once.AAAAAAAAAAAAAAAAAAAAAA")).post("/push/receipts").then().statusCode(422)
        .body("errors[0].field", equalTo("token"));
    api.anonymous().body(Map.of("messageId", "x", "token", token)).post("/push/receipts").then().statusCode(422)
        .body("errors[0].field", equalTo("messageId"));
    api.as(owner).get("/members/" + ali + "/messages").then().statusCode(200).body("items[0].status", equalTo("SENT"));
  }

  @Test
  void aClubWithoutC4SendsNoPush() {
    String owner = api.createTenant(admin, "push-basic", "BASIC");
    String sara = api.register(owner, "Sara", "Amini", "09121270011");
    api.as(owner).header("Idempotency-Key", "pb-1").body(Map.of("channel", "PUSH", "to", Map.of("memberCodes", List.of(sara)), "text", "سلام"))
        .post("/messages").then().statusCode(403).body("type", equalTo(PROBLEMS + "feature-not-in-plan"));
    api.as(owner).get("/messaging/channels").then().statusCode(200).body("find { it.channel == 'PUSH' }.inPlan", equalTo(false));
  }
}
