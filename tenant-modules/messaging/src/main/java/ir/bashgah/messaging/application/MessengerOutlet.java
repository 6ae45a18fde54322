package ir.bashgah.messaging.application;

import ir.bashgah.kernel.persistence.Transactions;
import ir.bashgah.messaging.api.Channel;
import ir.bashgah.messaging.domain.message.ClaimedMessage;
import ir.bashgah.messaging.domain.message.Gateway;
import ir.bashgah.messaging.domain.messenger.BotApi;
import ir.bashgah.messaging.domain.messenger.MessengerBot;
import ir.bashgah.messaging.domain.messenger.MessengerBots;
import ir.bashgah.messaging.domain.messenger.MessengerChats;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * Messenger messages (plan feature C8) go to the member's chat with the club's bot, over its
 * Telegram-compatible bot API ({@code sendMessage}). A member is reached only in a chat he linked
 * himself ({@link ReadMessengerUpdates}); without one his messages are suppressed.
 *
 * <p>What the API answers: a message id is sent; 429 is tried again later, and nothing more is sent in
 * the run before the wait the API asked for is over; 403 (the member blocked the bot, or left) and 400
 * "chat not found" refuse the message and unlink the chat, so that the next ones are suppressed rather
 * than failed; 401 (the token was revoked or replaced in BotFather) is tried again later with a reason
 * that says to save the new token, and the bot is marked so until then (its settings show it), since
 * the fault is the club's, not the member's; a timeout, a 5xx or garbage is tried again later.
 */
@ApplicationScoped
public class MessengerOutlet implements ChannelOutlet {
  static final String NONE = "messenger";

  @Inject ClubBots clubBots;
  @Inject MessengerChats chats;
  @Inject MessengerBots bots;
  @Inject Transactions tx;
  @Inject Clock clock;

  @Override
  public Channel channel() {
    return Channel.MESSENGER;
  }

  /** A member's chat id with the club's bot, as the outbox keeps it for his message. */
  @Override
  public Map<Long, String> addresses(Set<Long> memberIds) {
    Map<Long, String> addresses = new HashMap<>();
    chats.chatsOf(memberIds).forEach((member, chat) -> addresses.put(member, Long.toString(chat)));
    return addresses;
  }

  @Override
  public Outlet open() {
    ClubBots.Found found = clubBots.find();
    if (found.bot() == null) {
      return refusing(found.missing());
    }
    return new BotOutlet(found.bot().bot(), found.bot().api());
  }

  private static Outlet refusing(String reason) {
    return new Outlet() {
      @Override
      public String provider() {
        return NONE;
      }

      @Override
      public Gateway.Result send(ClaimedMessage message) {
        return new Gateway.Refused(reason);
      }
    };
  }

  /** One run's way out through the club's bot; what the API said of the bot (a wait asked for, a token refused) holds for the rest of the run. */
  private final class BotOutlet implements Outlet {
    private final MessengerBot bot;
    private final BotApi api;
    private Instant quietUntil;
    private String tokenRefusal;

    BotOutlet(MessengerBot bot, BotApi api) {
      this.bot = bot;
      this.api = api;
      this.tokenRefusal = bot.tokenRefused() ? bot.tokenRefusal() : null;
    }

    @Override
    public String provider() {
      return bot.provider();
    }

    @Override
    public Gateway.Result send(ClaimedMessage message) {
      if (tokenRefusal != null) {
        return tokenRefused(tokenRefusal);
      }
      Instant now = Instant.now(clock);
      if (quietUntil != null && now.isBefore(quietUntil)) {
        return new Gateway.Retry("the messenger asked to wait until " + quietUntil + " before the next message");
      }
      long chat;
      try {
        chat = Long.parseLong(message.recipient());
      } catch (NumberFormatException e) {
        return new Gateway.Refused("not a chat of the club's bot: " + message.recipient());
      }
      BotApi.Delivery delivery = api.send(chat, message.text(), null);
      if (delivery instanceof BotApi.Sent sent) {
        return new Gateway.Sent(Long.toString(sent.messageId()), null);
      }
      if (delivery instanceof BotApi.Later later) {
        quietUntil = now.plus(later.retryAfter());
        return new Gateway.Retry(later.reason());
      }
      if (delivery instanceof BotApi.ChatGone gone) {
        tx.runInNew(() -> chats.unlinkChat(chat));
        return new Gateway.Refused(gone.reason() + " (the member's chat is unlinked; he can /start the bot again)");
      }
      if (delivery instanceof BotApi.Refused refused) {
        return new Gateway.Refused(refused.reason());
      }
      if (delivery instanceof BotApi.TokenRefused refused) {
        tokenRefusal = refused.reason();
        tx.runInNew(() -> bots.markTokenRefused(bot.revision(), refused.reason(), Instant.now(clock)));
        return tokenRefused(refused.reason());
      }
      return new Gateway.Retry(((BotApi.Unanswered) delivery).reason());
    }
  }

  private static Gateway.Result tokenRefused(String reason) {
    return new Gateway.Held("the messenger refused the club's bot token (revoked or replaced in BotFather): save the bot's new token in the club's"
        + " messaging settings; " + reason);
  }
}
