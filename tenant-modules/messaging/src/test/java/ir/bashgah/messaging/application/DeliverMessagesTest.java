package ir.bashgah.messaging.application;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.WireMockServer;
import ir.bashgah.kernel.persistence.Transactions;
import ir.bashgah.messaging.api.Channel;
import ir.bashgah.messaging.api.MemberStandings;
import ir.bashgah.messaging.api.MessageKind;
import ir.bashgah.messaging.api.MessageStatus;
import ir.bashgah.messaging.api.OutgoingMessage;
import ir.bashgah.messaging.domain.consent.Consent;
import ir.bashgah.messaging.domain.message.Backoff;
import ir.bashgah.messaging.domain.message.ClaimedMessage;
import ir.bashgah.messaging.domain.message.Draft;
import ir.bashgah.messaging.domain.message.Gateway;
import ir.bashgah.messaging.domain.message.SmsGateway;
import ir.bashgah.messaging.domain.message.SmsLine;
import ir.bashgah.messaging.domain.settings.QuietHours;
import ir.bashgah.messaging.infra.KavenegarGateway;
import java.net.http.HttpClient;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The worker's path, from a queued row to the gateway and back, with Kavenegar as a local fake. */
class DeliverMessagesTest {
  static final String KEY = "worker-key";
  static final String PATH = "/v1/" + KEY + "/sms/send.json";
  static final String SENT = "{\"return\":{\"status\":200,\"message\":\"تایید شد\"},\"entries\":[{\"messageid\":5551,\"status\":1,\"receptor\":\"09121234567\",\"cost\":1200}]}";

  WireMockServer kavenegar;
  MovableClock clock = new MovableClock(Instant.parse("2026-12-07T09:00:00Z"));
  InMemoryMessages outbox = new InMemoryMessages();
  DeliverMessages worker = new DeliverMessages();
  ClubFixture club = new ClubFixture();
  InMemoryBlockedNumbers blockedNumbers = new InMemoryBlockedNumbers();

  @BeforeEach
  void start() {
    kavenegar = new WireMockServer(wireMockConfig().dynamicPort());
    kavenegar.start();
    worker.messages = outbox;
    worker.clock = clock;
    worker.tx = new Transactions();
    worker.compose = club.composer(outbox, clock);
    worker.settings = club;
    worker.expansions = new ExpandBatches();
    worker.expansions.messages = outbox;
    worker.expansions.tx = worker.tx;
    worker.expansions.clock = clock;
    worker.outlets = List.of(sms(OneLine.platform(new KavenegarGateway(HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build(), kavenegar.baseUrl(), KEY,
        "10004346", Duration.ofMillis(500)))));
  }

  @AfterEach
  void stop() {
    kavenegar.stop();
  }

  long queue(String text) {
    QueueMessages queue = new QueueMessages();
    queue.messages = outbox;
    queue.clock = clock;
    return queue.queue(OutgoingMessage.sms(7L, "09121234567", text, MessageKind.TRANSACTIONAL));
  }

  @Test
  void aGatewayThatFailsTwiceThenAnswersDeliversExactlyOnce() {
    kavenegar.stubFor(post(urlEqualTo(PATH)).inScenario("flaky").whenScenarioStateIs(STARTED).willSetStateTo("timing out")
        .willReturn(aResponse().withStatus(502).withBody("Bad Gateway")));
    kavenegar.stubFor(post(urlEqualTo(PATH)).inScenario("flaky").whenScenarioStateIs("timing out").willSetStateTo("well")
        .willReturn(okJson(SENT).withFixedDelay(2000)));
    kavenegar.stubFor(post(urlEqualTo(PATH)).inScenario("flaky").whenScenarioStateIs("well").willReturn(okJson(SENT)));
    long id = queue("کد شما ۱۲۳۴");

    assertThat(worker.runForTenant()).isEqualTo("0 sent, 1 to retry, 0 failed");
    assertThat(outbox.row(id).status).isEqualTo(MessageStatus.QUEUED);
    assertThat(outbox.row(id).lastError).contains("502");
    // not due again before its backoff
    assertThat(worker.runForTenant()).as("nothing due: no summary, so a scheduled run leaves no record").isNull();

    clock.advance(Backoff.STANDARD.after(1));
    assertThat(worker.runForTenant()).isEqualTo("0 sent, 1 to retry, 0 failed");
    clock.advance(Backoff.STANDARD.after(2));
    assertThat(worker.runForTenant()).isEqualTo("1 sent, 0 to retry, 0 failed");
    clock.advance(Duration.ofHours(2));
    assertThat(worker.runForTenant()).as("nothing due: no summary, so a scheduled run leaves no record").isNull();

    InMemoryMessages.Row row = outbox.row(id);
    assertThat(row.status).isEqualTo(MessageStatus.SENT);
    assertThat(row.attempts).isEqualTo(3);
    assertThat(row.providerMessageId).isEqualTo("5551");
    assertThat(row.cost).isEqualTo(1200L);
    assertThat(row.provider).isEqualTo("kavenegar");
    assertThat(row.lastError).isNull();
    // three requests, every one with the row's id as localid: the gateway itself refuses a repeated one
    kavenegar.verify(3, postRequestedFor(urlEqualTo(PATH)));
    kavenegar.verify(3, postRequestedFor(urlEqualTo(PATH)).withFormParam("localid", equalTo(Long.toString(id))));
  }

  @Test
  void aRowLeftSendingByADeadNodeIsSentAgainOnlyAfterItsLease() {
    kavenegar.stubFor(post(urlEqualTo(PATH)).willReturn(okJson(SENT)));
    long id = queue("سلام");
    // a worker claimed it and died before it recorded anything
    outbox.claimDue(ir.bashgah.messaging.api.Channel.SMS, clock.instant(), 10, DeliverMessages.LEASE);

    assertThat(worker.runForTenant()).as("nothing due: no summary, so a scheduled run leaves no record").isNull();
    clock.advance(DeliverMessages.LEASE);
    assertThat(worker.runForTenant()).isEqualTo("1 sent, 0 to retry, 0 failed");

    assertThat(outbox.row(id).status).isEqualTo(MessageStatus.SENT);
    assertThat(outbox.row(id).attempts).isEqualTo(2);
    kavenegar.verify(1, postRequestedFor(urlEqualTo(PATH)).withFormParam("localid", equalTo(Long.toString(id))));
  }

  @Test
  void afterItsLastAttemptAMessageFailsWithTheLastReason() {
    worker.backoff = new Backoff(Duration.ofSeconds(1), Duration.ofSeconds(4), 3);
    kavenegar.stubFor(post(urlEqualTo(PATH)).willReturn(aResponse().withStatus(500)));
    long id = queue("سلام");

    for (int i = 0; i < 5; i++) {
      worker.runForTenant();
      clock.advance(Duration.ofSeconds(5));
    }

    assertThat(outbox.row(id).status).isEqualTo(MessageStatus.FAILED);
    assertThat(outbox.row(id).attempts).isEqualTo(3);
    assertThat(outbox.row(id).lastError).contains("gave up after 3 attempts").contains("500");
    kavenegar.verify(3, postRequestedFor(urlEqualTo(PATH)));
  }

  @Test
  void aRefusedMessageFailsAtOnce() {
    kavenegar.stubFor(post(urlEqualTo(PATH)).willReturn(aResponse().withStatus(411).withHeader("Content-Type", "application/json")
        .withBody("{\"return\":{\"status\":411,\"message\":\"گیرنده نامعتبر است\"},\"entries\":null}")));
    long id = queue("سلام");

    assertThat(worker.runForTenant()).isEqualTo("0 sent, 0 to retry, 1 failed");
    assertThat(outbox.row(id).status).isEqualTo(MessageStatus.FAILED);
    assertThat(outbox.row(id).lastError).contains("411");
  }

  @Test
  void aLongQueueIsTakenInClaimsOfBoundedSize() {
    kavenegar.stubFor(post(urlEqualTo(PATH)).willReturn(okJson(SENT)));
    for (int i = 0; i < DeliverMessages.CLAIM * 2 + 3; i++) {
      queue("پیام " + i);
    }
    assertThat(worker.runForTenant()).isEqualTo((DeliverMessages.CLAIM * 2 + 3) + " sent, 0 to retry, 0 failed");
    kavenegar.verify(DeliverMessages.CLAIM * 2 + 3, postRequestedFor(urlEqualTo(PATH)));
  }

  @Test
  void aClubsOwnLineIsUsedAndKeptWithTheMessageForItsReport() {
    kavenegar.stubFor(post(urlEqualTo(PATH)).willReturn(okJson(SENT)));
    worker.outlets = List.of(sms(new OneLine(SmsLine.Line.CLUB, new KavenegarGateway(HttpClient.newBuilder().build(), kavenegar.baseUrl(), KEY, null, Duration.ofMillis(500)))));
    long id = queue("سلام");

    assertThat(worker.runForTenant()).isEqualTo("1 sent, 0 to retry, 0 failed");

    assertThat(outbox.row(id).line).isEqualTo(SmsLine.Line.CLUB);
    assertThat(outbox.row(id).reportDueAt).as("its report is due from the moment it was sent").isEqualTo(outbox.row(id).sentAt);
  }

  long draft(long memberId, MessageKind kind, String templateCode, String params) {
    long id = ir.bashgah.kernel.Ids.next();
    outbox.addDraft(id, new Draft(null, memberId, Channel.SMS, kind, null, templateCode, params, null, MessageStatus.QUEUED, null), clock.instant(),
        clock.instant());
    return id;
  }

  @Test
  void aTemplatedMessageIsComposedWhenSentWithTheMembersValuesAndTheEventsOwn() {
    kavenegar.stubFor(post(urlEqualTo(PATH)).willReturn(okJson(SENT)));
    club.member(1, "سارا", "09121234567", null);
    club.standings.put(1L, new MemberStandings.Standing(1200, 50_000, "نقره‌ای"));
    club.template("earn", Channel.SMS, "{firstName} عزیز، {amount} امتیاز گرفتید؛ موجودی {points}، سطح {level}. {club} {link}");
    long receipt = draft(1, MessageKind.TRANSACTIONAL, "earn", "{\"amount\":40,\"points\":1240}");

    assertThat(worker.runForTenant()).isEqualTo("1 sent, 0 to retry, 0 failed");

    InMemoryMessages.Row row = outbox.row(receipt);
    assertThat(row.status).isEqualTo(MessageStatus.SENT);
    assertThat(row.recipient).isEqualTo("09121234567");
    // the event's balance, not the standing read later; the level from the standing; Persian digits
    assertThat(row.text).isEqualTo("سارا عزیز، ۴۰ امتیاز گرفتید؛ موجودی ۱٬۲۴۰، سطح نقره‌ای. گلستان https://club.example/p/golestan/");
    kavenegar.verify(1, postRequestedFor(urlEqualTo(PATH)).withFormParam("message", equalTo(row.text)).withFormParam("receptor", equalTo("09121234567")));
  }

  @Test
  void aMemberWhoRefusedTheChannelIsSuppressedAndNeverSentTo() {
    kavenegar.stubFor(post(urlEqualTo(PATH)).willReturn(okJson(SENT)));
    club.member(1, "سارا", "09121234567", null);
    club.member(2, "علی", "09121234568", null);
    club.consents.put(2L, new Consent(false, true, true, true));
    club.template("hi", Channel.SMS, "سلام {firstName}");
    long sara = draft(1, MessageKind.MARKETING, "hi", null);
    long ali = draft(2, MessageKind.MARKETING, "hi", null);

    String summary = worker.runForTenant();

    assertThat(outbox.row(sara).status).isEqualTo(MessageStatus.SENT);
    assertThat(outbox.row(ali).status).isEqualTo(MessageStatus.SUPPRESSED);
    assertThat(outbox.row(ali).lastError).contains("refused SMS");
    assertThat(outbox.row(ali).text).isNull();
    assertThat(summary).isEqualTo("1 sent, 0 to retry, 0 failed, 1 not sent (suppressed or unusable)");
    kavenegar.verify(0, postRequestedFor(urlEqualTo(PATH)).withFormParam("receptor", equalTo("09121234568")));
  }

  @Test
  void marketingWaitsOutTheClubsQuietHoursWhileReceiptsGoAtOnce() {
    kavenegar.stubFor(post(urlEqualTo(PATH)).willReturn(okJson(SENT)));
    clock.set(Instant.parse("2026-12-07T19:00:00Z")); // 22:30 in Tehran
    club.member(1, "سارا", "09121234567", null);
    club.template("hi", Channel.SMS, "سلام {firstName}");
    long offer = draft(1, MessageKind.MARKETING, "hi", null);
    long receipt = draft(1, MessageKind.TRANSACTIONAL, "hi", null);

    assertThat(worker.runForTenant()).isEqualTo("1 sent, 0 to retry, 0 failed");
    assertThat(outbox.row(receipt).status).isEqualTo(MessageStatus.SENT);
    assertThat(outbox.row(offer).status).isEqualTo(MessageStatus.QUEUED);

    clock.set(Instant.parse("2026-12-08T04:29:00Z")); // 07:59
    assertThat(worker.runForTenant()).isNull();
    clock.set(Instant.parse("2026-12-08T04:30:00Z")); // 08:00
    assertThat(worker.runForTenant()).isEqualTo("1 sent, 0 to retry, 0 failed");
    assertThat(outbox.row(offer).status).isEqualTo(MessageStatus.SENT);

    // a club that set no quiet hours (equal times) sends marketing at night
    club.quietHours = new QuietHours(java.time.LocalTime.MIDNIGHT, java.time.LocalTime.MIDNIGHT);
    clock.set(Instant.parse("2026-12-08T20:00:00Z"));
    long late = draft(1, MessageKind.MARKETING, "hi", null);
    assertThat(worker.runForTenant()).isEqualTo("1 sent, 0 to retry, 0 failed");
    assertThat(outbox.row(late).status).isEqualTo(MessageStatus.SENT);
  }

  @Test
  void aMemberWithoutAnAddressOrGoneFromTheClubIsSuppressed() {
    kavenegar.stubFor(post(urlEqualTo(PATH)).willReturn(okJson(SENT)));
    club.template("hi", Channel.SMS, "سلام {firstName}");
    long gone = draft(9, MessageKind.MARKETING, "hi", null);

    worker.runForTenant();

    assertThat(outbox.row(gone).status).isEqualTo(MessageStatus.SUPPRESSED);
    assertThat(outbox.row(gone).lastError).contains("no longer in the club");
    kavenegar.verify(0, postRequestedFor(urlEqualTo(PATH)));
  }

  private SmsOutlet sms(SmsLines lines) {
    SmsOutlet outlet = new SmsOutlet();
    outlet.lines = lines;
    outlet.blockedNumbers = InMemoryBlockedNumbers.reroute(outbox, blockedNumbers);
    outlet.tx = new Transactions();
    outlet.clock = clock;
    return outlet;
  }

  static final String BLOCKED = "{\"return\":{\"status\":200,\"message\":\"تایید شد\"},\"entries\":[{\"messageid\":5552,\"status\":14,\"receptor\":\"09121234567\",\"cost\":0}]}";

  /** The platform's line with a service line beside it (the club has C2), both on the fake Kavenegar account. */
  private SmsOutlet withServiceLine(String serviceSender) {
    KavenegarGateway gateway = new KavenegarGateway(HttpClient.newBuilder().build(), kavenegar.baseUrl(), KEY, "10004346", Duration.ofMillis(500));
    return sms(new OneLine(new SmsLine(SmsLine.Line.PLATFORM, gateway, serviceSender)));
  }

  @Test
  void aHeldMessageWaitsForItsAccountWithoutRunningOutOfTries() {
    ChannelOutlet held = new ChannelOutlet() {
      @Override
      public Channel channel() {
        return Channel.SMS;
      }

      @Override
      public Outlet open() {
        return new Outlet() {
          @Override
          public String provider() {
            return "stuck";
          }

          @Override
          public Gateway.Result send(ClaimedMessage message) {
            return new Gateway.Held("the account's key was refused: save a new one");
          }
        };
      }
    };
    worker.outlets = List.of(held);
    long id = queue("سلام");

    // far more runs than the backoff allows tries
    for (int run = 0; run < Backoff.STANDARD.maxAttempts() * 2; run++) {
      worker.runForTenant();
      clock.advance(DeliverMessages.HOLD);
    }

    assertThat(outbox.row(id).status).isEqualTo(MessageStatus.QUEUED);
    assertThat(outbox.row(id).attempts).isZero();
    assertThat(outbox.row(id).lastError).isEqualTo("the account's key was refused: save a new one");
  }

  @Test
  void aNumberThatBlocksAdvertisingGetsItsMessageOverTheServiceLineOnceAndIsNotPaidForAgain() {
    worker.outlets = List.of(withServiceLine("90001234"));
    kavenegar.stubFor(post(urlEqualTo(PATH)).withFormParam("sender", equalTo("10004346")).willReturn(okJson(BLOCKED)));
    kavenegar.stubFor(post(urlEqualTo(PATH)).withFormParam("sender", equalTo("90001234")).willReturn(okJson(SENT)));
    long id = queue("تخفیف یلدا");

    // queued again for the service line, due at once, and sent in the same run
    assertThat(worker.runForTenant()).startsWith("1 sent").contains("1 to numbers that block advertising");

    InMemoryMessages.Row row = outbox.row(id);
    assertThat(row.status).isEqualTo(MessageStatus.SENT);
    assertThat(row.serviceLocalId).isNotNull().isNotEqualTo(id);
    kavenegar.verify(1, postRequestedFor(urlEqualTo(PATH)).withFormParam("sender", equalTo("10004346")).withFormParam("localid", equalTo(Long.toString(id))));
    kavenegar.verify(1, postRequestedFor(urlEqualTo(PATH)).withFormParam("sender", equalTo("90001234"))
        .withFormParam("localid", equalTo(Long.toString(row.serviceLocalId))));
    assertThat(blockedNumbers.found).containsKey("09121234567");

    // the next message to the number goes straight to the service line
    long next = queue("تخفیف نوروز");
    worker.runForTenant();
    assertThat(outbox.row(next).status).isEqualTo(MessageStatus.SENT);
    kavenegar.verify(1, postRequestedFor(urlEqualTo(PATH)).withFormParam("sender", equalTo("10004346")));
    kavenegar.verify(2, postRequestedFor(urlEqualTo(PATH)).withFormParam("sender", equalTo("90001234")));
  }

  @Test
  void withoutAServiceLineABlockingNumbersMessageIsSuppressedAndCountedAndTheNextOneCostsNothing() {
    worker.outlets = List.of(withServiceLine(null));
    kavenegar.stubFor(post(urlEqualTo(PATH)).willReturn(okJson(BLOCKED)));
    long id = queue("تخفیف یلدا");

    worker.runForTenant();

    assertThat(outbox.row(id).status).isEqualTo(MessageStatus.SUPPRESSED);
    assertThat(outbox.row(id).lastError).isEqualTo(SmsGateway.DO_NOT_DISTURB);
    long next = queue("تخفیف نوروز");
    worker.runForTenant();
    assertThat(outbox.row(next).status).isEqualTo(MessageStatus.SUPPRESSED);
    kavenegar.verify(1, postRequestedFor(urlEqualTo(PATH)));

    // a block is remembered for a while, then the number is tried again
    clock.advance(RerouteBlockedNumbers.REMEMBERED.plusDays(1));
    kavenegar.stubFor(post(urlEqualTo(PATH)).willReturn(okJson(SENT)));
    long later = queue("سلام");
    worker.runForTenant();
    assertThat(outbox.row(later).status).isEqualTo(MessageStatus.SENT);
  }

  @Test
  void aMessageBlockedOnTheServiceLineTooIsSuppressedNotSentAThirdTime() {
    worker.outlets = List.of(withServiceLine("90001234"));
    kavenegar.stubFor(post(urlEqualTo(PATH)).willReturn(okJson(BLOCKED)));
    long id = queue("تخفیف یلدا");

    worker.runForTenant();
    worker.runForTenant();

    assertThat(outbox.row(id).status).isEqualTo(MessageStatus.SUPPRESSED);
    kavenegar.verify(2, postRequestedFor(urlEqualTo(PATH)));
  }
}
