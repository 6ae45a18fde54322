package ir.bashgah.messaging.application;

import static org.assertj.core.api.Assertions.assertThat;

import ir.bashgah.kernel.persistence.Transactions;
import ir.bashgah.messaging.domain.message.ClaimedMessage;
import ir.bashgah.messaging.domain.message.Gateway;
import ir.bashgah.messaging.domain.messenger.BotApi;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** How messenger messages leave through the club's bot, and what each answer of the bot API makes of them and of the member's chat. */
class MessengerOutletTest {
  static final long SARA = 11L;
  static final long CHAT = 5550001L;

  final BotFixture fixture = new BotFixture().withBot();
  final MovableClock clock = new MovableClock(Instant.parse("2026-12-07T09:00:00Z"));
  final MessengerOutlet outlet = new MessengerOutlet();

  @BeforeEach
  void wire() {
    outlet.clubBots = fixture.clubBots();
    outlet.chats = fixture;
    outlet.bots = fixture;
    outlet.tx = new Transactions();
    outlet.clock = clock;
    fixture.chatOfMember.put(SARA, CHAT);
  }

  static ClaimedMessage to(long chat, String text) {
    return new ClaimedMessage(1L, null, SARA, ir.bashgah.messaging.api.MessageKind.MARKETING, Long.toString(chat), null, text, null, null, 1, null);
  }

  @Test
  void membersAreReachedInTheChatsTheyLinkedAndOthersNot() {
    assertThat(outlet.addresses(Set.of(SARA, 12L))).isEqualTo(Map.of(SARA, Long.toString(CHAT)));
  }

  @Test
  void aMessageGoesToTheMembersChatAndKeepsTheMessengersId() {
    ChannelOutlet.Outlet open = outlet.open();

    assertThat(open.provider()).isEqualTo("telegram");
    assertThat(open.send(to(CHAT, "جشنواره پاییزه"))).isEqualTo(new Gateway.Sent("1", null));
    assertThat(fixture.sent).containsExactly(new BotFixture.Said(CHAT, "جشنواره پاییزه", null));
  }

  @Test
  void aClubWithoutABotRefusesWithTheReason() {
    fixture.bot = null;
    ChannelOutlet.Outlet open = outlet.open();
    assertThat(open.send(to(CHAT, "x"))).isEqualTo(new Gateway.Refused("the club has no messenger bot"));
    assertThat(fixture.sent).isEmpty();
  }

  @Test
  void aMemberWhoBlockedTheBotIsRefusedAndHisChatUnlinked() {
    fixture.deliveries.add(new BotApi.ChatGone("HTTP 403, error 403: Forbidden: bot was blocked by the user"));

    Gateway.Result result = outlet.open().send(to(CHAT, "x"));

    assertThat(result).isInstanceOf(Gateway.Refused.class);
    assertThat(((Gateway.Refused) result).reason()).contains("blocked by the user").contains("unlinked");
    assertThat(fixture.chatOfMember).isEmpty();
  }

  @Test
  void aBadRequestIsRefusedAndTheChatKept() {
    fixture.deliveries.add(new BotApi.Refused("HTTP 400, error 400: Bad Request: message is too long"));
    assertThat(outlet.open().send(to(CHAT, "x"))).isInstanceOf(Gateway.Refused.class);
    assertThat(fixture.chatOfMember).containsEntry(SARA, CHAT);
  }

  @Test
  void tooManyRequestsIsRetriedAndTheRunSendsNothingMoreUntilTheWaitIsOver() {
    fixture.deliveries.add(new BotApi.Later("HTTP 429, error 429: Too Many Requests: retry after 5", Duration.ofSeconds(5)));
    ChannelOutlet.Outlet open = outlet.open();

    assertThat(open.send(to(CHAT, "a"))).isInstanceOf(Gateway.Retry.class);
    assertThat(open.send(to(CHAT, "b"))).isInstanceOf(Gateway.Retry.class);
    assertThat(fixture.sent).hasSize(1);

    clock.advance(Duration.ofSeconds(6));
    assertThat(open.send(to(CHAT, "c"))).isInstanceOf(Gateway.Sent.class);
  }

  @Test
  void aRevokedTokenKeepsMessagesForLaterSaysWhatToDoAndMarksTheBot() {
    fixture.deliveries.add(new BotApi.TokenRefused("HTTP 401, error 401: Unauthorized"));
    ChannelOutlet.Outlet open = outlet.open();

    Gateway.Result first = open.send(to(CHAT, "a"));
    // held, not retried: the messages wait for the new token without running out of tries
    assertThat(first).isInstanceOf(Gateway.Held.class);
    assertThat(((Gateway.Held) first).reason()).contains("save the bot's new token").contains("401");
    assertThat(fixture.bot.tokenRefused()).isTrue();
    // the rest of the run, and the runs after it, do not try a token the messenger refused
    assertThat(open.send(to(CHAT, "b"))).isInstanceOf(Gateway.Held.class);
    assertThat(outlet.open().send(to(CHAT, "c"))).isInstanceOf(Gateway.Held.class);
    assertThat(fixture.sent).hasSize(1);
    assertThat(fixture.chatOfMember).containsEntry(SARA, CHAT);
  }

  @Test
  void noAnswerIsRetried() {
    fixture.deliveries.add(new BotApi.Unanswered("HTTP 502 from the gateway"));
    assertThat(outlet.open().send(to(CHAT, "x"))).isEqualTo(new Gateway.Retry("HTTP 502 from the gateway"));
  }
}
