package ir.bashgah.messaging.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import ir.bashgah.audit.api.AuditLog;
import ir.bashgah.kernel.persistence.Transactions;
import ir.bashgah.kernel.problem.FieldError;
import ir.bashgah.kernel.problem.Problem;
import ir.bashgah.messaging.domain.messenger.BotApi;
import ir.bashgah.messaging.domain.messenger.BotApis;
import ir.bashgah.messaging.domain.messenger.MessengerBot;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What an owner may set as the club's bot, what is checked with the messenger first, and what is kept of the token. */
class ConfigureMessengerBotTest {
  static final String TOKEN = BotFixture.TOKEN;

  final BotFixture fixture = new BotFixture();
  final List<Object[]> audited = new ArrayList<>();
  final List<String> askedAt = new ArrayList<>();
  final ConfigureMessengerBot configure = new ConfigureMessengerBot();

  @BeforeEach
  void wire() {
    configure.bots = fixture;
    configure.chats = fixture;
    configure.clubBots = fixture.clubBots();
    configure.apis = new BotApis() {
      @Override
      public BotApi forClub(String club, MessengerBot bot) {
        return fixture.api;
      }

      @Override
      public BotApi of(String baseUrl, String token) {
        askedAt.add(baseUrl);
        return fixture.api;
      }
    };
    configure.audit = new AuditLog() {
      @Override
      public void record(String action, String targetType, String targetId, Object before, Object after) {
        audited.add(new Object[] {action, before, after});
      }

      @Override
      public void recordOnTenant(String tenantSlug, String action, String targetType, String targetId, Object before, Object after) {
        throw new AssertionError("a club's bot is the club's own business");
      }
    };
    configure.tx = new Transactions();
    configure.clock = new MovableClock(Instant.parse("2026-12-07T09:00:00Z"));
  }

  List<String> refused(String token, String baseUrl) {
    Problem problem = catchThrowableOfType(Problem.class, () -> configure.set(token, baseUrl));
    assertThat(problem).as("refused").isNotNull();
    return problem.errors().stream().map(FieldError::field).toList();
  }

  @Test
  void aBotIsCheckedWithGetMeAndShownByItsUsernameLinkAndTheTokensLastCharacters() {
    ConfigureMessengerBot.BotView shown = configure.set(" " + TOKEN + " ", null);

    assertThat(askedAt).containsExactly("https://api.telegram.org");
    assertThat(shown).isEqualTo(new ConfigureMessengerBot.BotView("https://api.telegram.org", "golestan_bot", "…Zz99", "https://t.me/golestan_bot", 0,
        Instant.parse("2026-12-07T09:00:00Z"), null, null, null, null));
    assertThat(fixture.bot.token()).isEqualTo(TOKEN);
    assertThat(fixture.bot.toString()).doesNotContain(TOKEN);
    assertThat(audited).hasSize(1);
    assertThat(audited.get(0)[0]).isEqualTo("MESSENGER_BOT.SET");
    assertThat(String.valueOf(audited.get(0)[2])).doesNotContain(TOKEN).doesNotContain("Zz99").contains("token=replaced");
  }

  @Test
  void baleIsItsBaseUrlAndItsLinkIsBales() {
    ConfigureMessengerBot.BotView shown = configure.set(TOKEN, "https://tapi.bale.ai/");
    assertThat(shown.baseUrl()).isEqualTo("https://tapi.bale.ai");
    assertThat(shown.link()).isEqualTo("https://ble.ir/golestan_bot");
    assertThat(fixture.bot.provider()).isEqualTo("bale");
  }

  @Test
  void theSameBotKeepsItsChatsAndItsPlaceAndAnotherStartsAfresh() {
    configure.set(TOKEN, null);
    fixture.chatOfMember.put(1L, 100L);
    fixture.advanceOffset(fixture.bot.revision(), 500);

    configure.set(TOKEN, null);
    assertThat(fixture.chatOfMember).hasSize(1);
    assertThat(fixture.bot.updateOffset()).isEqualTo(500);
    @SuppressWarnings("unchecked")
    Map<String, Object> after = (Map<String, Object>) audited.get(1)[2];
    assertThat(after).containsEntry("token", "unchanged");

    fixture.me = new BotApi.Identity(987654321L, "other_bot");
    ConfigureMessengerBot.BotView other = configure.set("987654321:BBB-other-token", null);
    assertThat(other.linkedMembers()).isZero();
    assertThat(fixture.bot.updateOffset()).isZero();
  }

  @Test
  void aTokenTheMessengerDoesNotKnowOrAnApiThatDoesNotAnswerIsRefusedByFieldAndNothingIsKept() {
    fixture.me = new BotApi.TokenRefused("HTTP 401, error 401: Unauthorized");
    assertThat(refused(TOKEN, null)).containsExactly("token");
    fixture.me = new BotApi.Unanswered("no answer in time");
    assertThat(refused(TOKEN, null)).containsExactly("baseUrl");
    assertThat(fixture.bot).isNull();
    assertThat(audited).isEmpty();
  }

  @Test
  void badInputIsRefusedByFieldBeforeTheMessengerIsAsked() {
    assertThat(refused(null, null)).containsExactly("token");
    assertThat(refused("short", null)).containsExactly("token");
    assertThat(refused("123:abc/../getUpdates", null)).containsExactly("token");
    assertThat(refused(TOKEN, "http://10.1.2.3:8080")).containsExactly("baseUrl");
    assertThat(refused(TOKEN, "file:///etc/passwd")).containsExactly("baseUrl");
    assertThat(refused(TOKEN, "https://api.telegram.org?x=1")).containsExactly("baseUrl");
    assertThat(refused(TOKEN, "https://user@api.telegram.org")).containsExactly("baseUrl");
    assertThat(askedAt).isEmpty();
  }

  @Test
  void removingTheBotUnlinksEveryMemberAndShowingNoneIsNotFound() {
    configure.set(TOKEN, null);
    fixture.chatOfMember.put(1L, 100L);

    assertThat(configure.remove()).isTrue();
    assertThat(configure.remove()).isFalse();

    assertThat(fixture.chatOfMember).isEmpty();
    assertThat(catchThrowableOfType(Problem.class, configure::show).type().slug()).isEqualTo("not-found");
    assertThat(audited).extracting(a -> a[0]).containsExactly("MESSENGER_BOT.SET", "MESSENGER_BOT.REMOVE");
  }
}
