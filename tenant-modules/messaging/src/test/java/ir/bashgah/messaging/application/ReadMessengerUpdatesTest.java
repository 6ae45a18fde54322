package ir.bashgah.messaging.application;

import static org.assertj.core.api.Assertions.assertThat;

import ir.bashgah.kernel.persistence.Transactions;
import ir.bashgah.kernel.text.IranianMobile;
import ir.bashgah.members.api.MemberDirectory;
import ir.bashgah.members.api.MemberRef;
import ir.bashgah.messaging.domain.messenger.BotApi;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** How members link their chats with the club's bot, and what the bot answers them. */
class ReadMessengerUpdatesTest {
  static final long SARA = 11L;
  static final long SARAS_CHAT = 5550001L;

  final ClubFixture club = new ClubFixture();
  final BotFixture fixture = new BotFixture().withBot();
  final ReadMessengerUpdates job = new ReadMessengerUpdates();
  final Map<String, Long> mobiles = Map.of("09121234567", SARA);

  @BeforeEach
  void wire() {
    job.clubBots = fixture.clubBots();
    job.bots = fixture;
    job.chats = fixture;
    job.tenants = club;
    job.tx = new Transactions();
    job.clock = new MovableClock(Instant.parse("2026-12-07T09:00:00Z"));
    job.members = new MemberDirectory() {
      @Override
      public Optional<MemberRef> byMobile(String mobile) {
        return IranianMobile.normalize(mobile).map(mobiles::get).map(id -> new MemberRef(id, "1001", "Sara Amini", null, true, true, null));
      }

      @Override
      public Optional<MemberRef> byCode(String memberCode) {
        throw new AssertionError();
      }

      @Override
      public Optional<MemberRef> byCardNumber(String cardNumber) {
        throw new AssertionError();
      }

      @Override
      public Optional<MemberRef> byPresentedCard(String cardNumber, LocalDate today) {
        throw new AssertionError();
      }
    };
  }

  static BotApi.Update text(long id, long chat, String text) {
    return new BotApi.Update(id, chat, true, chat, text, null);
  }

  static BotApi.Update contact(long id, long chat, String phone, Long userId) {
    return new BotApi.Update(id, chat, true, chat, null, new BotApi.Contact(phone, userId));
  }

  void received(BotApi.Update... updates) {
    fixture.updates.add(new BotApi.Received(List.of(updates)));
  }

  @Test
  void aMemberWhoStartsAndSharesHisOwnNumberIsLinkedAndToldSoInPersian() {
    received(text(100, SARAS_CHAT, "/start"));
    String first = job.runForTenant();

    assertThat(first).isEqualTo("1 updates: 0 members linked, 0 numbers of no member, 0 unlinked");
    assertThat(fixture.sent).hasSize(1);
    assertThat(fixture.sent.get(0).chatId()).isEqualTo(SARAS_CHAT);
    assertThat(fixture.sent.get(0).text()).contains("گلستان").contains("شماره");
    assertThat(fixture.sent.get(0).keyboard()).isEqualTo(new BotApi.AskForContact("ارسال شماره‌ی من"));
    assertThat(fixture.bot.updateOffset()).isEqualTo(101);

    received(contact(101, SARAS_CHAT, "+98 912 123 4567", SARAS_CHAT));
    assertThat(job.runForTenant()).startsWith("1 updates: 1 members linked");

    // a batch smaller than the limit is all there was: no second request in the same run
    assertThat(fixture.offsetsAsked).containsExactly(0L, 101L);
    assertThat(fixture.chatOfMember).containsExactly(Map.entry(SARA, SARAS_CHAT));
    assertThat(fixture.sent.get(1).text()).isEqualTo("شما به باشگاه گلستان وصل شدید. از این پس پیام‌های باشگاه را اینجا می‌گیرید. برای قطع آن‌ها /stop را بفرستید.");
    assertThat(fixture.sent.get(1).keyboard()).isEqualTo(new BotApi.RemoveKeyboard());
    assertThat(fixture.bot.updateOffset()).isEqualTo(102);
  }

  @Test
  void someoneElsesNumberLinksNobodyAndIsAskedAgain() {
    received(contact(7, SARAS_CHAT, "09121234567", 999L), contact(8, SARAS_CHAT, "09121234567", null));

    job.runForTenant();

    assertThat(fixture.chatOfMember).isEmpty();
    assertThat(fixture.sent).hasSize(2).allSatisfy(s -> {
      assertThat(s.text()).contains("شماره‌ی خودتان");
      assertThat(s.keyboard()).isInstanceOf(BotApi.AskForContact.class);
    });
  }

  @Test
  void aNumberOfNoMemberIsToldSoPolitely() {
    received(contact(7, 42L, "989351112233", 42L));

    assertThat(job.runForTenant()).contains("1 numbers of no member");

    assertThat(fixture.chatOfMember).isEmpty();
    assertThat(fixture.sent.get(0).text()).startsWith("این شماره در باشگاه گلستان عضو نیست.");
  }

  @Test
  void stopUnlinksAndAnUpdateHandledTwiceDoesNoHarm() {
    fixture.chatOfMember.put(SARA, SARAS_CHAT);
    received(text(5, SARAS_CHAT, "/stop@golestan_bot"));
    assertThat(job.runForTenant()).endsWith("1 unlinked");
    assertThat(fixture.chatOfMember).isEmpty();

    // the same contact twice (two runs read the same update): one link
    received(contact(6, SARAS_CHAT, "09121234567", SARAS_CHAT), contact(6, SARAS_CHAT, "09121234567", SARAS_CHAT));
    job.runForTenant();
    assertThat(fixture.chatOfMember).containsExactly(Map.entry(SARA, SARAS_CHAT));
    assertThat(fixture.bot.updateOffset()).isEqualTo(7);
  }

  @Test
  void messagesInGroupsAndOtherUpdatesAreReadPastWithoutAnswer() {
    received(new BotApi.Update(20, -100200, false, 5L, "/start", null), BotApi.Update.other(21));

    assertThat(job.runForTenant()).startsWith("2 updates");

    assertThat(fixture.sent).isEmpty();
    assertThat(fixture.bot.updateOffset()).isEqualTo(22);
  }

  @Test
  void aLinkedMemberWhoWritesIsToldHowToStop() {
    fixture.chatOfMember.put(SARA, SARAS_CHAT);
    received(text(30, SARAS_CHAT, "سلام"), text(31, SARAS_CHAT, "/start"));

    job.runForTenant();

    assertThat(fixture.sent).extracting(BotFixture.Said::text).allSatisfy(t -> assertThat(t).contains("وصل هستید").contains("/stop"));
  }

  @Test
  void anAnswerThatDoesNotGoThroughKeepsTheLink() {
    received(contact(40, SARAS_CHAT, "09121234567", SARAS_CHAT));
    fixture.deliveries.add(new BotApi.Unanswered("HTTP 502"));

    assertThat(job.runForTenant()).endsWith(", 1 answers not delivered");

    assertThat(fixture.chatOfMember).containsEntry(SARA, SARAS_CHAT);
    assertThat(fixture.bot.updateOffset()).isEqualTo(41);
  }

  @Test
  void updatesThatCannotBeReadMoveNothingAndAreRecordedOnceNotEveryMinute() {
    fixture.updates.add(new BotApi.Unanswered("no answer: ConnectException"));
    fixture.updates.add(new BotApi.Unanswered("no answer: ConnectException"));

    assertThat(job.runForTenant()).isEqualTo("could not read the bot's updates: no answer: ConnectException");
    assertThat(job.runForTenant()).isNull();

    assertThat(fixture.bot.updateOffset()).isZero();
    assertThat(fixture.bot.pollFailure()).isEqualTo("no answer: ConnectException");
    assertThat(fixture.bot.pollFailedAt()).isNotNull();
    assertThat(fixture.bot.tokenRefused()).isFalse();

    // answered again: the failure is over
    assertThat(job.runForTenant()).isNull();
    assertThat(fixture.bot.pollFailure()).isNull();
  }

  @Test
  void aRevokedTokenIsMarkedSoThatMessagesWaitForANewOne() {
    fixture.updates.add(new BotApi.TokenRefused("HTTP 401, error 401: Unauthorized"));

    assertThat(job.runForTenant()).startsWith("the messenger refused the bot's token (save a new one)");

    assertThat(fixture.bot.tokenRefused()).isTrue();
    assertThat(fixture.bot.tokenRefusal()).contains("401");
  }

  @Test
  void aClubWithoutABotHasNothingToRead() {
    fixture.bot = null;
    assertThat(job.runForTenant()).isNull();
    assertThat(fixture.offsetsAsked).isEmpty();
  }

  @Test
  void commandsAreReadWithoutTheBotsNameOrWhatFollows() {
    assertThat(ReadMessengerUpdates.command("/start")).isEqualTo("/start");
    assertThat(ReadMessengerUpdates.command("/START@golestan_bot ref-1")).isEqualTo("/start");
    assertThat(ReadMessengerUpdates.command("  hello")).isEmpty();
    assertThat(ReadMessengerUpdates.command(null)).isEmpty();
  }
}
