package ir.bashgah.messaging.infra;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.WireMockServer;
import ir.bashgah.messaging.domain.message.SmsGateway;
import java.net.http.HttpClient;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** SMS.ir's bulk send as API-2.md writes it, against a local fake of its REST service. */
class SmsIrGatewayTest {
  static final String KEY = "smsir-secret-key";
  static final String PATH = "/v1/send/bulk";
  static final String SENT = """
      {"status":1,"message":"موفق","data":{"packId":"6d5a2f1e-0b5c-4c1e-9d0a-2b7c8a1f3e55","messageIds":[885214],"cost":1.0}}""";

  WireMockServer smsir;
  SmsIrGateway gateway;

  @BeforeEach
  void start() {
    smsir = new WireMockServer(wireMockConfig().dynamicPort());
    smsir.start();
    gateway = new SmsIrGateway(HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build(), smsir.baseUrl(), KEY, "30007732000000",
        Duration.ofMillis(500));
  }

  @AfterEach
  void stop() {
    smsir.stop();
  }

  @Test
  void aTakenMessageIsSentWithTheKeyInItsHeaderAndNoRialCost() {
    smsir.stubFor(post(urlEqualTo(PATH)).willReturn(okJson(SENT)));

    assertThat(gateway.send(42L, "09121234567", "سلام")).isEqualTo(new SmsGateway.Sent("885214", null));
    smsir.verify(1, postRequestedFor(urlEqualTo(PATH)).withHeader("X-API-KEY", equalTo(KEY))
        .withRequestBody(equalToJson("{\"lineNumber\":30007732000000,\"messageText\":\"سلام\",\"mobiles\":[\"09121234567\"]}")));
  }

  @Test
  void aServerErrorIsRetried() {
    smsir.stubFor(post(urlEqualTo(PATH)).willReturn(aResponse().withStatus(503)));
    assertThat(gateway.send(1L, "09121234567", "x")).isInstanceOf(SmsGateway.Retry.class);
  }

  @Test
  void aSlowAnswerBeyondTheTimeoutIsRetried() {
    smsir.stubFor(post(urlEqualTo(PATH)).willReturn(okJson(SENT).withFixedDelay(3000)));
    long began = System.nanoTime();
    assertThat(gateway.send(1L, "09121234567", "x")).isInstanceOf(SmsGateway.Retry.class);
    assertThat(Duration.ofNanos(System.nanoTime() - began)).isLessThan(Duration.ofSeconds(2));
  }

  @Test
  void garbageIsRetried() {
    smsir.stubFor(post(urlEqualTo(PATH)).willReturn(aResponse().withStatus(200).withBody("not json at all")));
    assertThat(gateway.send(1L, "09121234567", "x")).isInstanceOf(SmsGateway.Retry.class);
    smsir.stubFor(post(urlEqualTo(PATH)).willReturn(okJson("{\"status\":1,\"data\":null}")));
    assertThat(gateway.send(1L, "09121234567", "x")).isInstanceOf(SmsGateway.Retry.class);
  }

  @Test
  void aBadKeyIsRefusedAndTooManyRequestsRetried() {
    smsir.stubFor(post(urlEqualTo(PATH)).willReturn(aResponse().withStatus(401).withHeader("Content-Type", "application/json")
        .withBody("{\"status\":10,\"message\":\"کلید وب سرویس نامعتبر است\",\"data\":null}")));
    SmsGateway.Result refused = gateway.send(1L, "09121234567", "x");
    assertThat(refused).isInstanceOf(SmsGateway.Refused.class);
    assertThat(((SmsGateway.Refused) refused).reason()).doesNotContain(KEY);

    smsir.stubFor(post(urlEqualTo(PATH)).willReturn(aResponse().withStatus(429).withHeader("Content-Type", "application/json")
        .withBody("{\"status\":20,\"message\":\"تعداد درخواست بیش از حد مجاز است\",\"data\":null}")));
    assertThat(gateway.send(1L, "09121234567", "x")).isInstanceOf(SmsGateway.Retry.class);
  }
}
