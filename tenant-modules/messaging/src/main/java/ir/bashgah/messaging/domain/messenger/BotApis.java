package ir.bashgah.messaging.domain.messenger;

/** Clients of the bot APIs that clubs' bots are on. */
public interface BotApis {
  /** A client for the club's bot; the same one again for the same bot and revision. */
  BotApi forClub(String club, MessengerBot bot);

  /** A client for a token that is not saved yet (its check with getMe, before it is). */
  BotApi of(String baseUrl, String token);
}
