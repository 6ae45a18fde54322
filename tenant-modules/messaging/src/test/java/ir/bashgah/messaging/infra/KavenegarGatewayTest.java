package ir.bashgah.messaging.infra;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
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

/** Kavenegar's send as API-2.md writes it, against a local fake of its REST service. */
class KavenegarGatewayTest {
  static final String KEY = "4A6F-SECRET";
  static final String PATH = "/v1/" + KEY + "/sms/send.json";
  static final String SENT = """
      {"return":{"status":200,"message":"تایید شد"},"entries":[{"messageid":8792343,"message":"سلام","status":1,"statustext":"در صف ارسال",
      "sender":"10004346","receptor":"09121234567","date":1356619709,"cost":1200}]}""";

  WireMockServer kavenegar;
  KavenegarGateway gateway;

  @BeforeEach
  void start() {
    kavenegar = new WireMockServer(wireMockConfig().dynamicPort());
    kavenegar.start();
    gateway = new KavenegarGateway(HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build(), kavenegar.baseUrl() + "/", KEY, "10004346",
        Duration.ofMillis(500));
  }

  @AfterEach
  void stop() {
    kavenegar.stop();
  }

  @Test
  void aTakenMessageIsSentWithItsIdAndCostAndTheRowIdGoesAsLocalid() {
    kavenegar.stubFor(post(urlEqualTo(PATH)).willReturn(okJson(SENT)));

    SmsGateway.Result result = gateway.send(42L, "09121234567", "سلام ۱۲۳");

    assertThat(result).isEqualTo(new SmsGateway.Sent("8792343", 1200L));
    kavenegar.verify(1, postRequestedFor(urlEqualTo(PATH))
        .withHeader("Content-Type", containing("application/x-www-form-urlencoded"))
        .withFormParam("receptor", equalTo("09121234567"))
        .withFormParam("sender", equalTo("10004346"))
        .withFormParam("message", equalTo("سلام ۱۲۳"))
        .withFormParam("localid", equalTo("42")));
  }

  @Test
  void aServerErrorIsRetried() {
    kavenegar.stubFor(post(urlEqualTo(PATH)).willReturn(aResponse().withStatus(500).withBody("oops")));
    assertThat(gateway.send(1L, "09121234567", "x")).isInstanceOf(SmsGateway.Retry.class);
  }

  @Test
  void aSlowAnswerBeyondTheTimeoutIsRetriedAndDoesNotWaitForIt() {
    kavenegar.stubFor(post(urlEqualTo(PATH)).willReturn(okJson(SENT).withFixedDelay(3000)));
    long began = System.nanoTime();

    SmsGateway.Result result = gateway.send(1L, "09121234567", "x");

    assertThat(result).isInstanceOf(SmsGateway.Retry.class);
    assertThat(Duration.ofNanos(System.nanoTime() - began)).isLessThan(Duration.ofSeconds(2));
  }

  @Test
  void garbageIsRetried() {
    kavenegar.stubFor(post(urlEqualTo(PATH)).willReturn(aResponse().withStatus(200).withBody("<html>proxy error</html>")));
    assertThat(gateway.send(1L, "09121234567", "x")).isInstanceOf(SmsGateway.Retry.class);
    kavenegar.stubFor(post(urlEqualTo(PATH)).willReturn(okJson("{\"return\":{\"status\":200},\"entries\":[]}")));
    assertThat(gateway.send(1L, "09121234567", "x")).isInstanceOf(SmsGateway.Retry.class);
    kavenegar.stubFor(post(urlEqualTo(PATH)).willReturn(okJson("[1,2]")));
    assertThat(gateway.send(1L, "09121234567", "x")).isInstanceOf(SmsGateway.Retry.class);
  }

  @Test
  void aBadRequestIsRefusedAndABusyGatewayRetriedWithoutTheKeyInTheReason() {
    kavenegar.stubFor(post(urlEqualTo(PATH)).willReturn(aResponse().withStatus(411).withHeader("Content-Type", "application/json")
        .withBody("{\"return\":{\"status\":411,\"message\":\"گیرنده نامعتبر است\"},\"entries\":null}")));
    SmsGateway.Result bad = gateway.send(1L, "0912", "x");
    assertThat(bad).isInstanceOf(SmsGateway.Refused.class);
    assertThat(((SmsGateway.Refused) bad).reason()).contains("411").doesNotContain(KEY);

    kavenegar.stubFor(post(urlEqualTo(PATH)).willReturn(aResponse().withStatus(418).withHeader("Content-Type", "application/json")
        .withBody("{\"return\":{\"status\":418,\"message\":\"اعتبار حساب شما کافی نیست\"},\"entries\":null}")));
    assertThat(gateway.send(1L, "09121234567", "x")).isInstanceOf(SmsGateway.Retry.class);
  }

  @Test
  void aGatewayThatIsNotThereIsRetriedWithoutTheKeyInTheReason() {
    kavenegar.stop();
    SmsGateway.Result result = gateway.send(1L, "09121234567", "x");
    assertThat(result).isInstanceOf(SmsGateway.Retry.class);
    assertThat(((SmsGateway.Retry) result).reason()).doesNotContain(KEY);
  }
}
