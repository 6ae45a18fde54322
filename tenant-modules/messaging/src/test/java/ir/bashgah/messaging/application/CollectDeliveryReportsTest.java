package ir.bashgah.messaging.application;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.WireMockServer;
import ir.bashgah.kernel.persistence.Transactions;
import ir.bashgah.messaging.api.Channel;
import ir.bashgah.messaging.api.MessageKind;
import ir.bashgah.messaging.api.MessageStatus;
import ir.bashgah.messaging.api.OutgoingMessage;
import ir.bashgah.messaging.domain.message.ReportSchedule;
import ir.bashgah.messaging.domain.message.SmsGateway;
import ir.bashgah.messaging.domain.message.SmsLine;
import ir.bashgah.messaging.infra.KavenegarGateway;
import ir.bashgah.messaging.infra.LogSmsGateway;
import java.net.http.HttpClient;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The report job's path, from a SENT row to the gateway's status and back, with Kavenegar as a local fake. */
class CollectDeliveryReportsTest {
  static final String KEY = "club-key";
  static final String STATUS = "/v1/" + KEY + "/sms/status.json";

  WireMockServer kavenegar;
  MovableClock clock = new MovableClock(Instant.parse("2026-12-07T09:00:00Z"));
  InMemoryMessages outbox = new InMemoryMessages();
  CollectDeliveryReports job = new CollectDeliveryReports();
  SmsGateway clubLine;
  SmsGateway platformLine = new LogSmsGateway();
  InMemoryBlockedNumbers blockedNumbers = new InMemoryBlockedNumbers();
  /** The club's service line now (C2), null for none. */
  String serviceSender;

  @BeforeEach
  void start() {
    kavenegar = new WireMockServer(wireMockConfig().dynamicPort());
    kavenegar.start();
    clubLine = new KavenegarGateway(HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build(), kavenegar.baseUrl(), KEY, "10004346",
        Duration.ofMillis(500));
    job.messages = outbox;
    job.clock = clock;
    job.tx = new Transactions();
    job.blockedNumbers = InMemoryBlockedNumbers.reroute(outbox, blockedNumbers);
    job.lines = new SmsLines() {
      @Override
      public SmsLine current() {
        return new SmsLine(SmsLine.Line.CLUB, clubLine, serviceSender);
      }

      @Override
      public Optional<SmsGateway> forReports(SmsLine.Line line, String provider) {
        SmsGateway gateway = line == SmsLine.Line.CLUB ? clubLine : platformLine;
        return gateway.name().equals(provider) ? Optional.of(gateway) : Optional.empty();
      }
    };
  }

  @AfterEach
  void stop() {
    kavenegar.stop();
  }

  /** A message the line took now, with the gateway's id. */
  long sent(SmsLine.Line line, String provider, String providerId) {
    long id = ir.bashgah.kernel.Ids.next();
    outbox.add(id, new OutgoingMessage(55L, 7L, Channel.SMS, "09121234567", null, "سلام", MessageKind.MARKETING), clock.instant());
    outbox.claimDue(Channel.SMS, clock.instant(), 1000, Duration.ofMinutes(10));
    outbox.recordSent(id, line, provider, providerId, 1200L, clock.instant());
    return id;
  }

  static String statuses(String... idAndStatus) {
    StringBuilder entries = new StringBuilder();
    for (int i = 0; i < idAndStatus.length; i += 2) {
      entries.append(i == 0 ? "" : ",").append("{\"messageid\":").append(idAndStatus[i]).append(",\"status\":").append(idAndStatus[i + 1])
          .append(",\"statustext\":\"\"}");
    }
    return "{\"return\":{\"status\":200,\"message\":\"تایید شد\"},\"entries\":[" + entries + "]}";
  }

  @Test
  void aBlockedMessageOfAClubWithAServiceLineIsQueuedAgainForIt() {
    serviceSender = "90001234";
    long blocked = sent(SmsLine.Line.CLUB, "kavenegar", "8002");
    kavenegar.stubFor(post(urlEqualTo(STATUS)).willReturn(okJson(statuses("8002", "14"))));

    assertThat(job.runForTenant()).isEqualTo("0 delivered, 0 failed, 1 do-not-disturb, 0 still on their way");

    assertThat(outbox.row(blocked).status).isEqualTo(MessageStatus.QUEUED);
    assertThat(outbox.row(blocked).serviceLocalId).isNotNull();
    assertThat(outbox.doNotDisturbOfBatch(55L)).isEqualTo(1);
  }

  @Test
  void aReportDeliversOrFailsTheMessageAndTheDoNotDisturbBlockIsRecognisable() {
    long delivered = sent(SmsLine.Line.CLUB, "kavenegar", "8001");
    long blocked = sent(SmsLine.Line.CLUB, "kavenegar", "8002");
    long onItsWay = sent(SmsLine.Line.CLUB, "kavenegar", "8003");
    kavenegar.stubFor(post(urlEqualTo(STATUS)).willReturn(okJson(statuses("8001", "10", "8002", "14", "8003", "5"))));

    assertThat(job.runForTenant()).isEqualTo("1 delivered, 0 failed, 1 do-not-disturb, 1 still on their way");

    assertThat(outbox.row(delivered).status).isEqualTo(MessageStatus.DELIVERED);
    assertThat(outbox.row(delivered).deliveredAt).isEqualTo(clock.instant());
    // no service line: suppressed, counted, and the number remembered
    assertThat(outbox.row(blocked).status).isEqualTo(MessageStatus.SUPPRESSED);
    assertThat(outbox.row(blocked).lastError).isEqualTo("blocked by the recipient (do-not-disturb)");
    assertThat(blockedNumbers.found).containsKey("09121234567");
    assertThat(outbox.doNotDisturbOfBatch(55L)).isEqualTo(1);
    assertThat(outbox.row(onItsWay).status).isEqualTo(MessageStatus.SENT);
    kavenegar.verify(1, postRequestedFor(urlEqualTo(STATUS)).withFormParam("messageid", equalTo("8001,8002,8003")));
    assertThat(job.runForTenant()).as("the one on its way is not due again yet").isNull();

    kavenegar.stubFor(post(urlEqualTo(STATUS)).willReturn(okJson(statuses("8003", "10"))));
    clock.advance(ReportSchedule.STANDARD.first());
    assertThat(job.runForTenant()).isEqualTo("1 delivered, 0 failed, 0 do-not-disturb, 0 still on their way");
    assertThat(outbox.row(onItsWay).status).isEqualTo(MessageStatus.DELIVERED);
    kavenegar.verify(postRequestedFor(urlEqualTo(STATUS)).withFormParam("messageid", equalTo("8003")));
    assertThat(job.runForTenant()).isNull();
  }

  @Test
  void aMessageWithoutAFinalWordIsAskedLessAndLessOftenAndAfterThreeDaysNoMore() {
    long id = sent(SmsLine.Line.CLUB, "kavenegar", "8004");
    kavenegar.stubFor(post(urlEqualTo(STATUS)).willReturn(okJson(statuses("8004", "4"))));
    Instant sentAt = clock.instant();

    Instant lastAsked = null;
    while (Duration.between(sentAt, clock.instant()).compareTo(Duration.ofDays(4)) < 0) {
      if (job.runForTenant() != null) {
        lastAsked = clock.instant();
      }
      clock.advance(Duration.ofMinutes(2));
    }

    int asked = kavenegar.countRequestsMatching(postRequestedFor(urlEqualTo(STATUS)).build()).getCount();
    assertThat(asked).isBetween(20, 60);
    assertThat(lastAsked).isBetween(sentAt.plus(Duration.ofDays(2)), sentAt.plus(Duration.ofDays(3)));
    assertThat(outbox.row(id).status).isEqualTo(MessageStatus.SENT);
    assertThat(outbox.row(id).reportDueAt).isNull();
  }

  @Test
  void aGatewayThatDoesNotAnswerLeavesItsMessagesSentToBeAskedAgain() {
    long id = sent(SmsLine.Line.CLUB, "kavenegar", "8005");
    kavenegar.stubFor(post(urlEqualTo(STATUS)).willReturn(aResponse().withStatus(503)));

    assertThat(job.runForTenant()).isEqualTo("0 delivered, 0 failed, 0 do-not-disturb, 1 still on their way");
    assertThat(outbox.row(id).status).isEqualTo(MessageStatus.SENT);
    assertThat(outbox.row(id).reportDueAt).isAfter(clock.instant());

    kavenegar.stubFor(post(urlEqualTo(STATUS)).willReturn(okJson(statuses("8005", "10"))));
    clock.advance(Duration.ofMinutes(5));
    job.runForTenant();
    assertThat(outbox.row(id).status).isEqualTo(MessageStatus.DELIVERED);
  }

  @Test
  void eachMessageIsAskedOfTheLineThatSentItAndTheLogLineDeliversAtOnce() {
    long viaClub = sent(SmsLine.Line.CLUB, "kavenegar", "8006");
    long viaPlatform = sent(SmsLine.Line.PLATFORM, "log", "log-1");
    kavenegar.stubFor(post(urlEqualTo(STATUS)).willReturn(okJson(statuses("8006", "10"))));

    assertThat(job.runForTenant()).isEqualTo("2 delivered, 0 failed, 0 do-not-disturb, 0 still on their way");

    assertThat(outbox.row(viaClub).status).isEqualTo(MessageStatus.DELIVERED);
    assertThat(outbox.row(viaPlatform).status).isEqualTo(MessageStatus.DELIVERED);
    kavenegar.verify(1, postRequestedFor(urlEqualTo(STATUS)));
    kavenegar.verify(postRequestedFor(urlEqualTo(STATUS)).withFormParam("messageid", equalTo("8006")));
  }

  @Test
  void aLineThatNowSpeaksToAnotherProviderIsNotAskedAndItsMessagesStaySent() {
    long id = sent(SmsLine.Line.CLUB, "smsir", "9001");

    assertThat(job.runForTenant()).isEqualTo("0 delivered, 0 failed, 0 do-not-disturb, 0 still on their way, 1 whose line can no longer be asked");

    assertThat(outbox.row(id).status).isEqualTo(MessageStatus.SENT);
    assertThat(outbox.row(id).reportDueAt).isNull();
    assertThat(kavenegar.getAllServeEvents()).isEmpty();
    assertThat(job.runForTenant()).isNull();
  }

  @Test
  void aBacklogIsTakenInRoundsOfOneRequestEach() {
    for (int i = 0; i < CollectDeliveryReports.CLAIM + 3; i++) {
      sent(SmsLine.Line.CLUB, "kavenegar", Integer.toString(10_000 + i));
    }
    kavenegar.stubFor(post(urlEqualTo(STATUS)).willReturn(okJson(statuses())));

    assertThat(job.runForTenant()).isEqualTo("0 delivered, 0 failed, 0 do-not-disturb, " + (CollectDeliveryReports.CLAIM + 3) + " still on their way");
    kavenegar.verify(2, postRequestedFor(urlEqualTo(STATUS)));
  }
}
