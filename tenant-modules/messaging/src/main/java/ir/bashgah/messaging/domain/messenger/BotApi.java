package ir.bashgah.messaging.domain.messenger;

import java.time.Duration;
import java.util.List;

/**
 * A bot's side of a Telegram-compatible bot API (Telegram's, and Bale's, which follows it): who the
 * bot is, what members wrote to it, and messages to their chats. Implementations never throw for what
 * the network or the API does: every outcome is one of the answers below.
 */
public interface BotApi {
  /** {@code getMe}: the token's bot. */
  Me me();

  /**
   * {@code getUpdates} from {@code offset} on, at most {@code limit}, answered at once (no long polling:
   * the job asks again next minute). Asking with an offset confirms every update before it to the API,
   * which then forgets them.
   */
  Updates updates(long offset, int limit);

  /** {@code sendMessage} of {@code text} to {@code chatId}, with a keyboard for the answer or none. */
  Delivery send(long chatId, String text, Keyboard keyboard);

  sealed interface Me permits Identity, TokenRefused, Unanswered {}

  record Identity(long botId, String username) implements Me {}

  sealed interface Updates permits Received, TokenRefused, Unanswered {}

  record Received(List<Update> updates) implements Updates {
    public Received {
      updates = List.copyOf(updates);
    }
  }

  /**
   * One update: a message in a chat. {@code text} null for a message without text; {@code contact}
   * null unless the message shares a contact; {@code privateChat} whether it is the member's own chat
   * with the bot (messages in groups the bot was added to are no member's).
   */
  record Update(long updateId, long chatId, boolean privateChat, Long fromId, String text, Contact contact) {
    /** An update of another kind than a message (an edit, a member's block of the bot): read past, answered nothing. */
    public static Update other(long updateId) {
      return new Update(updateId, 0, false, null, null, null);
    }

    public boolean isMessage() {
      return fromId != null;
    }
  }

  /** A shared contact; {@code userId} the messenger's user the number belongs to, null when the number is no user's. */
  record Contact(String phoneNumber, Long userId) {}

  sealed interface Keyboard permits AskForContact, RemoveKeyboard {}

  /** A keyboard with one button that shares the member's own number, labelled {@code label}. */
  record AskForContact(String label) implements Keyboard {}

  /** Takes away a keyboard an earlier message showed. */
  record RemoveKeyboard() implements Keyboard {}

  sealed interface Delivery permits Sent, Later, ChatGone, Refused, TokenRefused, Unanswered {}

  record Sent(long messageId) implements Delivery {}

  /** Too many messages (HTTP 429): the API asks to wait {@code retryAfter} before the next. */
  record Later(String reason, Duration retryAfter) implements Delivery {}

  /** The chat cannot be written to any more (HTTP 403: the member blocked the bot, or left the messenger). */
  record ChatGone(String reason) implements Delivery {}

  /** The API refuses this message itself (HTTP 400: no such chat, a text it will not take). */
  record Refused(String reason) implements Delivery {}

  /** The API does not know the token (HTTP 401): revoked or replaced in BotFather. Any call answers so until a new one is saved. */
  record TokenRefused(String reason) implements Me, Updates, Delivery {}

  /** No answer worth reading: a timeout, a refused connection, a 5xx, an answer that does not parse. */
  record Unanswered(String reason) implements Me, Updates, Delivery {}
}
