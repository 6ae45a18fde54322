package ir.bashgah.messaging.infra;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.github.tomakehurst.wiremock.WireMockServer;
import ir.bashgah.messaging.domain.message.DeliveryReport;
import ir.bashgah.messaging.domain.message.SmsGateway;
import java.net.http.HttpClient;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** SMS.ir's bulk send, verify send and message report as API-2.md writes them, against a local fake of its REST service. */
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

  @Test
  void numbersOnTheBlackListAreRefusedAsDoNotDisturb() {
    smsir.stubFor(post(urlEqualTo(PATH)).willReturn(aResponse().withStatus(400).withHeader("Content-Type", "application/json")
        .withBody("{\"status\":115,\"message\":\"شماره موبایل(ها) در لیست سیاه سامانه میباشند\",\"data\":null}")));
    assertThat(gateway.send(1L, "09121234567", "تخفیف")).isEqualTo(new SmsGateway.Refused(SmsGateway.DO_NOT_DISTURB));
  }

  @Test
  void aVerifySendNamesTheTemplateByItsNumberAndCarriesTheCode() {
    smsir.stubFor(post(urlEqualTo("/v1/send/verify")).willReturn(okJson("{\"status\":1,\"message\":\"موفق\",\"data\":{\"messageId\":89545112,\"cost\":1.0}}")));

    assertThat(gateway.sendVerify(9L, "09121234567", "123456", "482913")).isEqualTo(new SmsGateway.Sent("89545112", null));
    smsir.verify(1, postRequestedFor(urlEqualTo("/v1/send/verify")).withHeader("X-API-KEY", equalTo(KEY))
        .withRequestBody(equalToJson("{\"mobile\":\"09121234567\",\"templateId\":123456,\"parameters\":[{\"name\":\"CODE\",\"value\":\"482913\"}]}")));
  }

  @Test
  void aVerifyTemplateThatIsNotANumberOrNotThereIsRefused() {
    assertThat(gateway.sendVerify(9L, "09121234567", "bashgah-otp", "1234")).isInstanceOf(SmsGateway.Refused.class);
    smsir.verify(0, postRequestedFor(urlEqualTo("/v1/send/verify")));

    smsir.stubFor(post(urlEqualTo("/v1/send/verify")).willReturn(aResponse().withStatus(400).withHeader("Content-Type", "application/json")
        .withBody("{\"status\":113,\"message\":\"قالب یافت نشد\",\"data\":null}")));
    SmsGateway.Result refused = gateway.sendVerify(9L, "09121234567", "999", "1234");
    assertThat(refused).isInstanceOf(SmsGateway.Refused.class);
    assertThat(((SmsGateway.Refused) refused).reason()).contains("113");
  }

  static String report(long id, String deliveryState, String deliveryDateTime) {
    return "{\"status\":1,\"message\":\"موفق\",\"data\":{\"messageId\":" + id + ",\"mobile\":9121234567,\"messageText\":\"سلام\","
        + "\"sendDateTime\":1628683626,\"lineNumber\":30007732000000,\"cost\":1.0,\"deliveryState\":" + deliveryState
        + ",\"deliveryDateTime\":" + deliveryDateTime + "}}";
  }

  @Test
  void eachMessagesReportIsAskedWithTheKeyAndItsStateRead() {
    smsir.stubFor(get(urlEqualTo("/v1/send/201")).willReturn(okJson(report(201, "1", "1628683629"))));
    smsir.stubFor(get(urlEqualTo("/v1/send/202")).willReturn(okJson(report(202, "7", "null"))));
    smsir.stubFor(get(urlEqualTo("/v1/send/203")).willReturn(okJson(report(203, "2", "null"))));
    smsir.stubFor(get(urlEqualTo("/v1/send/204")).willReturn(okJson(report(204, "5", "null"))));
    smsir.stubFor(get(urlEqualTo("/v1/send/205")).willReturn(okJson(report(205, "null", "null"))));
    smsir.stubFor(get(urlEqualTo("/v1/send/206")).willReturn(okJson(report(206, "4", "null"))));
    smsir.stubFor(get(urlEqualTo("/v1/send/207")).willReturn(okJson(report(207, "6", "null"))));
    smsir.stubFor(get(urlEqualTo("/v1/send/208")).willReturn(okJson(report(208, "3", "null"))));
    smsir.stubFor(get(urlEqualTo("/v1/send/209")).willReturn(okJson(report(209, "8", "null"))));
    smsir.stubFor(get(urlEqualTo("/v1/send/210")).willReturn(aResponse().withStatus(400).withHeader("Content-Type", "application/json")
        .withBody("{\"status\":111,\"message\":\"با این شناسه ارسالی ثبت نشده است\",\"data\":null}")));

    SmsGateway.Reports reports = gateway.reports(List.of("201", "202", "203", "204", "205", "206", "207", "208", "209", "210"));

    List<DeliveryReport> read = ((SmsGateway.Reported) reports).reports();
    assertThat(read).extracting(DeliveryReport::providerMessageId, DeliveryReport::state).containsExactly(
        tuple("201", DeliveryReport.State.DELIVERED),
        tuple("202", DeliveryReport.State.BLOCKED),
        tuple("203", DeliveryReport.State.UNDELIVERED),
        tuple("204", DeliveryReport.State.PENDING),
        tuple("205", DeliveryReport.State.PENDING),
        tuple("206", DeliveryReport.State.UNDELIVERED),
        tuple("207", DeliveryReport.State.UNDELIVERED),
        tuple("208", DeliveryReport.State.PENDING),
        tuple("209", DeliveryReport.State.PENDING),
        tuple("210", DeliveryReport.State.PENDING));
    assertThat(read.get(0).deliveredAt()).isEqualTo(Instant.ofEpochSecond(1628683629));
    assertThat(read.get(1).reason()).isEqualTo(SmsGateway.DO_NOT_DISTURB);
    smsir.verify(1, getRequestedFor(urlEqualTo("/v1/send/201")).withHeader("X-API-KEY", equalTo(KEY)));
  }

  @Test
  void aGatewayThatStopsAnsweringKeepsWhatItSaidAndLeavesTheRestForLater() {
    smsir.stubFor(get(urlEqualTo("/v1/send/301")).willReturn(okJson(report(301, "1", "1628683629"))));
    smsir.stubFor(get(urlEqualTo("/v1/send/302")).willReturn(aResponse().withStatus(500)));
    smsir.stubFor(get(urlEqualTo("/v1/send/303")).willReturn(okJson(report(303, "1", "1628683629"))));

    SmsGateway.Reports reports = gateway.reports(List.of("301", "302", "303"));

    assertThat(((SmsGateway.Reported) reports).reports()).extracting(DeliveryReport::providerMessageId).containsExactly("301");
    // down for one, down for the next: the third is not asked in this round
    smsir.verify(0, getRequestedFor(urlEqualTo("/v1/send/303")));
    assertThat(gateway.reports(List.of("302"))).isInstanceOf(SmsGateway.Unanswered.class);
  }

  @Test
  void garbageASlowAnswerOrARefusedKeySayNothingOfTheMessage() {
    smsir.stubFor(get(urlEqualTo("/v1/send/401")).willReturn(aResponse().withStatus(200).withBody("<html>oops</html>")));
    assertThat(gateway.reports(List.of("401"))).isInstanceOf(SmsGateway.Unanswered.class);
    smsir.stubFor(get(urlEqualTo("/v1/send/401")).willReturn(okJson("{\"status\":1,\"data\":{\"deliveryState\":\"yes\"}}")));
    assertThat(gateway.reports(List.of("401"))).isInstanceOf(SmsGateway.Unanswered.class);
    smsir.stubFor(get(urlEqualTo("/v1/send/401")).willReturn(okJson(report(401, "1", "1628683629")).withFixedDelay(3000)));
    long began = System.nanoTime();
    assertThat(gateway.reports(List.of("401"))).isInstanceOf(SmsGateway.Unanswered.class);
    assertThat(Duration.ofNanos(System.nanoTime() - began)).isLessThan(Duration.ofSeconds(2));
    smsir.stubFor(get(urlEqualTo("/v1/send/401")).willReturn(aResponse().withStatus(401).withHeader("Content-Type", "application/json")
        .withBody("{\"status\":10,\"message\":\"کلید وب سرویس نامعتبر است\",\"data\":null}")));
    SmsGateway.Reports refused = gateway.reports(List.of("401"));
    assertThat(refused).isInstanceOf(SmsGateway.Unanswered.class);
    assertThat(((SmsGateway.Unanswered) refused).reason()).contains("10").doesNotContain(KEY);
  }

  @Test
  void anIdThatIsNotSmsIrsIsNeverPutIntoTheAddress() {
    SmsGateway.Reports reports = gateway.reports(List.of("../credit"));
    assertThat(((SmsGateway.Reported) reports).reports()).extracting(DeliveryReport::state).containsExactly(DeliveryReport.State.PENDING);
    assertThat(smsir.getAllServeEvents()).isEmpty();
  }
}
