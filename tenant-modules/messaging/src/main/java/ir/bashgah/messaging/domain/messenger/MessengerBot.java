package ir.bashgah.messaging.domain.messenger;

import java.net.URI;
import java.time.Instant;
import java.util.Locale;

/**
 * The club's bot on a messenger whose bot API follows Telegram's (plan feature C8): Telegram itself,
 * or Bale. {@code botId} and {@code username} are what the API's {@code getMe} answered when the bot
 * was saved; {@code revision} changes with every save, so a client built for an older one is known to
 * be stale. {@code tokenRefusedAt} is set when the API has refused the token since it was saved (it was
 * revoked in BotFather): until a new token is saved the club's messages wait rather than fail.
 * {@code pollFailure} says why the last reading of its updates got nothing, since {@code pollFailedAt}.
 *
 * <p>The token is the bot's whole credential and travels in the path of every request: kept encrypted,
 * never shown again whole ({@link #maskedToken()}), never logged.
 */
public record MessengerBot(String token, String baseUrl, long botId, String username, long revision, long updateOffset, Instant tokenRefusedAt,
    String tokenRefusal, Instant pollFailedAt, String pollFailure, Instant updatedAt) {
  public static final String TELEGRAM = "https://api.telegram.org";
  public static final String BALE = "https://tapi.bale.ai";

  /** The token's last four characters, enough to tell two tokens apart. */
  public String maskedToken() {
    int shown = Math.min(4, token.length() / 4);
    return "…" + token.substring(token.length() - shown);
  }

  /** Bale's bot API is on bale.ai; every other host speaks for Telegram (its own API, or a Telegram Bot API server of the operator's). */
  public boolean isBale() {
    String host = URI.create(baseUrl).getHost();
    return host != null && (host.toLowerCase(Locale.ROOT).equals("bale.ai") || host.toLowerCase(Locale.ROOT).endsWith(".bale.ai"));
  }

  /** The provider's name as the outbox records it. */
  public String provider() {
    return isBale() ? "bale" : "telegram";
  }

  /** Where a member opens a chat with the bot: its public link on the messenger. */
  public String link() {
    return (isBale() ? "https://ble.ir/" : "https://t.me/") + username;
  }

  public boolean tokenRefused() {
    return tokenRefusedAt != null;
  }

  @Override
  public String toString() {
    // a record's toString would print the token into any log or exception that mentions the bot
    return "MessengerBot[" + username + " (" + botId + "), token " + maskedToken() + ", " + baseUrl + ", revision " + revision + ", offset " + updateOffset
        + (tokenRefused() ? ", token refused " + tokenRefusedAt : "") + "]";
  }
}
