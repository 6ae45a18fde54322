package ir.bashgah.messaging.application;

import ir.bashgah.audit.api.AuditLog;
import ir.bashgah.kernel.Ids;
import ir.bashgah.kernel.persistence.Transactions;
import ir.bashgah.kernel.problem.Problem;
import ir.bashgah.kernel.problem.Validation;
import ir.bashgah.messaging.domain.line.ClubAddress;
import ir.bashgah.messaging.domain.messenger.BotApi;
import ir.bashgah.messaging.domain.messenger.BotApis;
import ir.bashgah.messaging.domain.messenger.MessengerBot;
import ir.bashgah.messaging.domain.messenger.MessengerBots;
import ir.bashgah.messaging.domain.messenger.MessengerChats;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The club's bot on a Telegram-compatible messenger (plan feature C8): its token from Telegram's
 * BotFather or Bale's, and the bot API's address. The token is checked with the API's {@code getMe}
 * before it is kept, and shown once, when it is typed: it is stored encrypted and answered only by its
 * last characters, and the activity log says that it changed, never what it is.
 */
@ApplicationScoped
public class ConfigureMessengerBot {
  public static final int MAX_BASE_URL = 300;

  /**
   * The bot as the API shows it, in terms of no messenger in particular: where it is, who it is, the
   * link members open, how many are linked, whether the messenger has refused its token since, and why
   * its updates could not be read, if they could not.
   */
  public record BotView(String baseUrl, String username, String maskedToken, String link, long linkedMembers, Instant updatedAt,
      Instant tokenRefusedAt, String tokenRefusal, Instant updatesFailingSince, String updatesFailure) {}

  /**
   * What a bot token looks like on Telegram and Bale ({@code 123456789:AAH...}): letters, digits, ':',
   * '_' and '-' only, since it goes into every request's path as it is.
   */
  private static final Pattern TOKEN = Pattern.compile("[A-Za-z0-9:_-]{10,200}");

  @Inject MessengerBots bots;
  @Inject MessengerChats chats;
  @Inject BotApis apis;
  @Inject ClubBots clubBots;
  @Inject AuditLog audit;
  @Inject Transactions tx;
  @Inject Clock clock;

  @Transactional
  public BotView show() {
    return bots.find().map(this::view)
        .orElseThrow(() -> Problem.notFound("The club has no messenger bot. PUT its token (from Telegram's BotFather or Bale's) to set one."));
  }

  /**
   * Checks the token with the API (outside any transaction: the API may take its timeout to answer) and
   * keeps the bot. The same bot again (a new token of it, or the same) keeps its members' chats and its
   * place in their updates; another bot starts afresh, since chats belong to the bot they were opened with.
   */
  public BotView set(String token, String baseUrl) {
    String key = token == null ? null : token.trim();
    String address = baseUrl == null || baseUrl.isBlank() ? MessengerBot.TELEGRAM : trimSlash(baseUrl.trim());
    Validation v = new Validation();
    v.require(key != null && !key.isEmpty(), "token", "is required: the bot's token, as BotFather (Telegram) or Bale's BotFather gave it");
    v.require(key == null || key.isEmpty() || TOKEN.matcher(key).matches(), "token",
        "must be the bot's token as its BotFather gave it (like 123456789:AAH...): 10 to 200 letters, digits, ':', '_' or '-'");
    String problem = addressProblem(address);
    v.require(problem == null, "baseUrl", problem);
    v.throwIfInvalid();

    BotApi.Me me = apis.of(address, key).me();
    if (me instanceof BotApi.TokenRefused refused) {
      throw Problem.invalid("token", "the messenger at " + address + " does not know this token (" + refused.reason()
          + "): copy it again from its BotFather, and check that baseUrl is that messenger's");
    }
    if (me instanceof BotApi.Unanswered unanswered) {
      throw Problem.invalid("baseUrl", "the bot API at " + address + " gave no usable answer to getMe (" + unanswered.reason()
          + "): check the address, or try again in a while");
    }
    BotApi.Identity identity = (BotApi.Identity) me;
    return tx.inNew(() -> {
      MessengerBot before = bots.find().orElse(null);
      boolean sameBot = before != null && before.botId() == identity.botId();
      if (before != null && !sameBot) {
        chats.unlinkAll();
      }
      MessengerBot after = new MessengerBot(key, address, identity.botId(), identity.username(), Ids.next(), sameBot ? before.updateOffset() : 0, null, null,
          null, null, Instant.now(clock));
      bots.save(after);
      Map<String, Object> recorded = described(after);
      recorded.put("token", before != null && before.token().equals(key) ? "unchanged" : "replaced");
      audit.record("MESSENGER_BOT.SET", "messenger-bot", "club", before == null ? null : described(before), recorded);
      return view(after);
    });
  }

  /** Removes the bot and every member's chat with it; answers whether the club had one. */
  @Transactional
  public boolean remove() {
    MessengerBot before = bots.find().orElse(null);
    if (before == null) {
      return false;
    }
    bots.remove();
    chats.unlinkAll();
    audit.record("MESSENGER_BOT.REMOVE", "messenger-bot", "club", described(before), null);
    return true;
  }

  private String addressProblem(String address) {
    return ClubAddress.problem(address, MAX_BASE_URL, clubBots.allowedHosts(), MessengerBot.BALE, "the bot API's", "bots",
        "leave it out for Telegram; Bale's is " + MessengerBot.BALE);
  }

  private static String trimSlash(String url) {
    return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
  }

  private BotView view(MessengerBot bot) {
    return new BotView(bot.baseUrl(), bot.username(), bot.maskedToken(), bot.link(), chats.count(), bot.updatedAt(), bot.tokenRefusedAt(), bot.tokenRefusal(),
        bot.pollFailedAt(), bot.pollFailure());
  }

  /** The bot as the activity log keeps it: without its token. */
  private static Map<String, Object> described(MessengerBot bot) {
    Map<String, Object> described = new LinkedHashMap<>();
    described.put("baseUrl", bot.baseUrl());
    described.put("username", bot.username());
    return described;
  }
}
