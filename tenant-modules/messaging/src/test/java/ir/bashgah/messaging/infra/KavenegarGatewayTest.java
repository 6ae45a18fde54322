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
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import com.github.tomakehurst.wiremock.WireMockServer;
import ir.bashgah.messaging.domain.message.DeliveryReport;
import ir.bashgah.messaging.domain.message.SmsGateway;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Kavenegar's send, verify and status as API-2.md writes them, against a local fake of its REST service. */
class KavenegarGatewayTest {
  static final String KEY = "4A6F-SECRET";
  static final String PATH = "/v1/" + KEY + "/sms/send.json";
  static final String LOOKUP = "/v1/" + KEY + "/verify/lookup.json";
  static final String STATUS = "/v1/" + KEY + "/sms/status.json";
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

  @Test
  void aRecipientWhoBlocksAdvertisingIsRefusedAtOnceAsDoNotDisturb() {
    kavenegar.stubFor(post(urlEqualTo(PATH)).willReturn(okJson(
        "{\"return\":{\"status\":200,\"message\":\"تایید شد\"},\"entries\":[{\"messageid\":8792344,\"status\":14,\"receptor\":\"09121234567\",\"cost\":0}]}")));
    assertThat(gateway.send(5L, "09121234567", "تخفیف")).isEqualTo(new SmsGateway.Refused(SmsGateway.DO_NOT_DISTURB));
  }

  @Test
  void aVerifySendGoesThroughTheLookupWithTokenAndTemplate() {
    kavenegar.stubFor(post(urlEqualTo(LOOKUP)).willReturn(okJson(
        "{\"return\":{\"status\":200,\"message\":\"تایید شد\"},\"entries\":[{\"messageid\":9100,\"status\":5,\"receptor\":\"09121234567\",\"cost\":960}]}")));

    assertThat(gateway.sendVerify(77L, "09121234567", "bashgah-otp", "482913")).isEqualTo(new SmsGateway.Sent("9100", 960L));
    kavenegar.verify(1, postRequestedFor(urlEqualTo(LOOKUP))
        .withHeader("Content-Type", containing("application/x-www-form-urlencoded"))
        .withFormParam("receptor", equalTo("09121234567"))
        .withFormParam("token", equalTo("482913"))
        .withFormParam("template", equalTo("bashgah-otp")));
  }

  @Test
  void aVerifySendToAnUnknownTemplateIsRefusedAndAFailingOneRetried() {
    kavenegar.stubFor(post(urlEqualTo(LOOKUP)).willReturn(aResponse().withStatus(424).withHeader("Content-Type", "application/json")
        .withBody("{\"return\":{\"status\":424,\"message\":\"الگوی مورد نظر پیدا نشد\"},\"entries\":null}")));
    SmsGateway.Result refused = gateway.sendVerify(1L, "09121234567", "no-such", "1234");
    assertThat(refused).isInstanceOf(SmsGateway.Refused.class);
    assertThat(((SmsGateway.Refused) refused).reason()).contains("424").doesNotContain(KEY);

    kavenegar.stubFor(post(urlEqualTo(LOOKUP)).willReturn(aResponse().withStatus(502)));
    assertThat(gateway.sendVerify(1L, "09121234567", "bashgah-otp", "1234")).isInstanceOf(SmsGateway.Retry.class);
    assertThat(gateway.sendVerify(1L, "09121234567", "bashgah-otp", " ")).isInstanceOf(SmsGateway.Refused.class);
  }

  @Test
  void statusesAreReadAsDeliveredFailedBlockedOrStillOnTheirWay() {
    kavenegar.stubFor(post(urlEqualTo(STATUS)).willReturn(okJson("""
        {"return":{"status":200,"message":"تایید شد"},"entries":[
          {"messageid":101,"status":10,"statustext":"رسیده به گیرنده"},
          {"messageid":102,"status":14,"statustext":"بلاک شده"},
          {"messageid":103,"status":11,"statustext":"نرسیده به گیرنده"},
          {"messageid":104,"status":4,"statustext":"ارسال به مخابرات"},
          {"messageid":105,"status":100,"statustext":"شناسه نامعتبر"},
          {"messageid":106,"status":1,"statustext":"در صف ارسال"},
          {"messageid":107,"status":6,"statustext":"خطا"},
          {"messageid":108,"status":13,"statustext":"لغو شده"},
          {"messageid":109,"status":5,"statustext":"ارسال به مخابرات"},
          {"messageid":110,"status":2,"statustext":"زمان بندی شده"}]}""")));

    SmsGateway.Reports reports = gateway.reports(List.of("101", "102", "103", "104", "105", "106", "107", "108", "109", "110"));

    assertThat(reports).isInstanceOf(SmsGateway.Reported.class);
    List<DeliveryReport> read = ((SmsGateway.Reported) reports).reports();
    assertThat(read).extracting(DeliveryReport::providerMessageId, DeliveryReport::state).containsExactly(
        tuple("101", DeliveryReport.State.DELIVERED),
        tuple("102", DeliveryReport.State.BLOCKED),
        tuple("103", DeliveryReport.State.UNDELIVERED),
        tuple("104", DeliveryReport.State.PENDING),
        tuple("105", DeliveryReport.State.UNDELIVERED),
        tuple("106", DeliveryReport.State.PENDING),
        tuple("107", DeliveryReport.State.UNDELIVERED),
        tuple("108", DeliveryReport.State.UNDELIVERED),
        tuple("109", DeliveryReport.State.PENDING),
        tuple("110", DeliveryReport.State.PENDING));
    assertThat(read.get(1).reason()).isEqualTo(SmsGateway.DO_NOT_DISTURB);
    assertThat(read.get(2).reason()).contains("11");
    kavenegar.verify(1, postRequestedFor(urlEqualTo(STATUS)).withFormParam("messageid", equalTo("101,102,103,104,105,106,107,108,109,110")));
  }

  @Test
  void aStatusRequestNamesAtMostFiveHundredMessages() {
    assertThat(gateway.reportsPerRequest()).isEqualTo(500);
    List<String> ids = IntStream.rangeClosed(1, 501).mapToObj(Integer::toString).toList();
    assertThatThrownBy(() -> gateway.reports(ids)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void aStatusAnswerThatSaysNothingLeavesEveryMessageToBeAskedAgain() {
    List<String> ids = List.of("101", "102");
    kavenegar.stubFor(post(urlEqualTo(STATUS)).willReturn(aResponse().withStatus(503).withBody("Service Unavailable")));
    assertThat(gateway.reports(ids)).isInstanceOf(SmsGateway.Unanswered.class);

    kavenegar.stubFor(post(urlEqualTo(STATUS)).willReturn(aResponse().withStatus(200).withBody("<html>maintenance</html>")));
    assertThat(gateway.reports(ids)).isInstanceOf(SmsGateway.Unanswered.class);

    kavenegar.stubFor(post(urlEqualTo(STATUS)).willReturn(okJson("{\"return\":{\"status\":200},\"entries\":[{\"messageid\":101,\"status\":\"ten\"}]}")));
    assertThat(gateway.reports(ids)).isInstanceOf(SmsGateway.Unanswered.class);

    kavenegar.stubFor(post(urlEqualTo(STATUS)).willReturn(aResponse().withStatus(403).withHeader("Content-Type", "application/json")
        .withBody("{\"return\":{\"status\":403,\"message\":\"کد شناسائی API-Key معتبر نمی‌باشد\"},\"entries\":null}")));
    SmsGateway.Reports refused = gateway.reports(ids);
    assertThat(refused).isInstanceOf(SmsGateway.Unanswered.class);
    assertThat(((SmsGateway.Unanswered) refused).reason()).contains("403").doesNotContain(KEY);
  }

  @Test
  void aSlowStatusAnswerIsNotWaitedFor() {
    kavenegar.stubFor(post(urlEqualTo(STATUS)).willReturn(okJson("{\"return\":{\"status\":200},\"entries\":[]}").withFixedDelay(3000)));
    long began = System.nanoTime();

    SmsGateway.Reports reports = gateway.reports(List.of("101"));

    assertThat(reports).isInstanceOf(SmsGateway.Unanswered.class);
    assertThat(((SmsGateway.Unanswered) reports).reason()).doesNotContain(KEY);
    assertThat(Duration.ofNanos(System.nanoTime() - began)).isLessThan(Duration.ofSeconds(2));
  }
}
