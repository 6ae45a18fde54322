package ir.bashgah.messaging.infra;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import ir.bashgah.kernel.crypto.P256;
import ir.bashgah.messaging.domain.push.PushService;
import ir.bashgah.messaging.domain.push.PushSubscription;
import ir.bashgah.messaging.domain.push.VapidKey;
import java.net.InetAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.Signature;
import java.security.interfaces.ECPublicKey;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Web push as RFC 8030, 8291 and 8292 write it, against a push service faked on loopback. */
class WebPushServiceTest {
  static final Instant NOW = Instant.parse("2026-12-07T10:00:00Z");

  WireMockServer pushService;
  WebPushService push;
  KeyPair vapid = P256.generate();
  String vapidPublic = P256.base64Url(P256.encode((ECPublicKey) vapid.getPublic()));
  BrowserSide browser = BrowserSide.fresh();

  @BeforeEach
  void start() {
    pushService = new WireMockServer(wireMockConfig().dynamicPort().bindAddress("127.0.0.1"));
    pushService.start();
    push = service(true);
  }

  WebPushService service(boolean allowLocal) {
    WebPushService s = new WebPushService();
    s.keys = new VapidKey() {
      @Override
      public String publicKeyText() {
        return vapidPublic;
      }

      @Override
      public byte[] sign(byte[] content) {
        try {
          Signature signer = Signature.getInstance("SHA256withECDSAinP1363Format");
          signer.initSign(vapid.getPrivate());
          signer.update(content);
          return signer.sign();
        } catch (Exception e) {
          throw new IllegalStateException(e);
        }
      }
    };
    s.clock = Clock.fixed(NOW, ZoneOffset.UTC);
    s.timeoutSeconds = 1;
    s.allowLocal = allowLocal;
    s.subject = Optional.of("mailto:push@club.example");
    s.publicUrl = "https://bashgah.example";
    s.prepare();
    return s;
  }

  @AfterEach
  void stop() {
    pushService.stop();
  }

  PushSubscription subscription(String path) {
    return new PushSubscription(1L, 7L, "http://127.0.0.1:" + pushService.port() + path, browser.p256dh(), browser.authText(), "Firefox", NOW, null, 0);
  }

  @Test
  void theBrowserReadsThePayloadAndThePushServiceCanCheckWhoSentIt() throws Exception {
    pushService.stubFor(post(urlEqualTo("/wpush/v2/abc")).willReturn(aResponse().withStatus(201).withHeader("Location", "/m/1")));
    byte[] payload = "{\"title\":\"باشگاه\",\"body\":\"سلام\"}".getBytes(StandardCharsets.UTF_8);

    List<PushService.Answer> answers = push.send(List.of(subscription("/wpush/v2/abc")), payload, PushService.Urgency.HIGH, Duration.ofHours(24));

    assertThat(answers).containsExactly(new PushService.Accepted());
    LoggedRequest request = pushService.getAllServeEvents().get(0).getRequest();
    assertThat(request.getHeader("TTL")).isEqualTo("86400");
    assertThat(request.getHeader("Urgency")).isEqualTo("high");
    assertThat(request.getHeader("Content-Encoding")).isEqualTo("aes128gcm");
    assertThat(browser.decrypt(request.getBody())).isEqualTo(payload);
    String claims = BrowserSide.verifiedClaims(request.getHeader("Authorization"), vapidPublic);
    assertThat(claims).contains("\"aud\":\"http://127.0.0.1:" + pushService.port() + "\"")
        .contains("\"exp\":" + NOW.plus(Duration.ofHours(12)).getEpochSecond()).contains("\"sub\":\"mailto:push@club.example\"");
  }

  @Test
  void eachAnswerOfThePushServiceMeansWhatRfc8030Says() {
    int[] statuses = {202, 404, 410, 429, 500, 503, 400, 403, 413};
    for (int status : statuses) {
      var response = aResponse().withStatus(status);
      if (status == 429) {
        response = response.withHeader("Retry-After", "120");
      }
      pushService.stubFor(post(urlEqualTo("/s/" + status)).willReturn(response));
    }
    pushService.stubFor(post(urlEqualTo("/slow")).willReturn(aResponse().withStatus(201).withFixedDelay(3000)));
    pushService.stubFor(post(urlEqualTo("/reset")).willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));

    List<PushService.Answer> answers = push.send(List.of(subscription("/s/202"), subscription("/s/404"), subscription("/s/410"), subscription("/s/429"),
        subscription("/s/500"), subscription("/s/503"), subscription("/s/400"), subscription("/s/403"), subscription("/s/413"), subscription("/slow"),
        subscription("/reset")), new byte[] {'{', '}'}, PushService.Urgency.LOW, Duration.ofDays(1));

    assertThat(answers.get(0)).isInstanceOf(PushService.Accepted.class);
    assertThat(answers.subList(1, 3)).allSatisfy(a -> assertThat(a).isInstanceOf(PushService.Gone.class));
    assertThat(answers.get(3)).isInstanceOf(PushService.Later.class).hasToString("Later[reason=HTTP 429 from the push service (Retry-After: 120)]");
    assertThat(answers.subList(4, 6)).allSatisfy(a -> assertThat(a).isInstanceOf(PushService.Later.class));
    assertThat(answers.subList(6, 9)).allSatisfy(a -> assertThat(a).isInstanceOf(PushService.Refused.class));
    assertThat(answers.get(9)).isInstanceOf(PushService.Later.class);
    assertThat(answers.get(10)).isInstanceOf(PushService.Later.class);
  }

  @Test
  void aSecondSendToTheSamePushServiceSignsNothingNew() {
    pushService.stubFor(post(urlEqualTo("/a")).willReturn(aResponse().withStatus(201)));
    push.send(List.of(subscription("/a")), new byte[] {1}, PushService.Urgency.NORMAL, Duration.ofHours(1));
    push.send(List.of(subscription("/a")), new byte[] {1}, PushService.Urgency.NORMAL, Duration.ofHours(1));
    List<String> headers = pushService.getAllServeEvents().stream().map(e -> e.getRequest().getHeader("Authorization")).toList();
    assertThat(headers).hasSize(2);
    assertThat(headers.get(0)).isEqualTo(headers.get(1));
  }

  @Test
  void onlyHttpsHostsOnThePublicInternetAreEndpointsUnlessLoopbackIsAllowedForTests() throws Exception {
    WebPushService strict = service(false);
    assertThat(strict.refuses(URI.create("http://127.0.0.1:" + pushService.port() + "/x"))).contains("public internet");
    assertThat(strict.refuses(URI.create("https://localhost/x"))).contains("public internet");
    assertThat(strict.refuses(URI.create("https://10.0.0.7/x"))).contains("public internet");
    assertThat(strict.refuses(URI.create("https://192.168.1.1/x"))).contains("public internet");
    assertThat(strict.refuses(URI.create("https://169.254.169.254/latest/meta-data"))).contains("public internet");
    assertThat(strict.refuses(URI.create("https://[::1]/x"))).contains("public internet");
    assertThat(strict.refuses(URI.create("https://[fd00::1]/x"))).contains("public internet");
    assertThat(strict.refuses(URI.create("https://100.64.0.1/x"))).contains("public internet");
    assertThat(strict.refuses(URI.create("https://0.0.0.0/x"))).contains("public internet");
    assertThat(strict.refuses(URI.create("ftp://8.8.8.8/x"))).contains("https");
    assertThat(strict.refuses(URI.create("http://8.8.8.8/x"))).contains("https");
    assertThat(strict.refuses(URI.create("https://user@8.8.8.8/x"))).isNotNull();
    assertThat(strict.refuses(URI.create("https://8.8.8.8/fcm/send/abc"))).isNull();
    assertThat(WebPushService.isPublic(InetAddress.getByName("64:ff9b::a00:1"))).isFalse(); // NAT64 of 10.0.0.1
    assertThat(WebPushService.isPublic(InetAddress.getByName("2a00:1450:4001::1"))).isTrue();

    // a subscription that names a private address is refused at the send too (its address may have changed since)
    pushService.stubFor(post(urlEqualTo("/x")).willReturn(aResponse().withStatus(201)));
    assertThat(strict.send(List.of(subscription("/x")), new byte[] {1}, PushService.Urgency.NORMAL, Duration.ofHours(1)))
        .singleElement().isInstanceOf(PushService.Refused.class);
    assertThat(pushService.getAllServeEvents()).isEmpty();

    assertThat(push.refuses(URI.create("http://127.0.0.1:" + pushService.port() + "/x"))).isNull();
    assertThat(push.refuses(URI.create("http://10.0.0.7/x"))).contains("public internet");
  }
}
