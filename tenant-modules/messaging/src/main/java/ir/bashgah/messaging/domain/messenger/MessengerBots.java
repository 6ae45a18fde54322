package ir.bashgah.messaging.domain.messenger;

import java.time.Instant;
import java.util.Optional;

/** The club's bot, of the club in context: none, or one. */
public interface MessengerBots {
  Optional<MessengerBot> find();

  /** Sets the bot, replacing the one there was (its offset and refusal with it). */
  void save(MessengerBot bot);

  /** Removes the bot; answers whether there was one. */
  boolean remove();

  /**
   * The next update to ask for, moved forward only (a run that read fewer updates than another never
   * takes the offset back) and only for the bot of {@code revision} (a bot saved meanwhile starts at its own).
   */
  void advanceOffset(long revision, long offset);

  /** The API refused the bot's token (HTTP 401); {@code reason} without the token. Kept until a new token is saved or the API takes it again. */
  void markTokenRefused(long revision, String reason, Instant at);

  /** Reading the bot's updates got nothing, for {@code reason} (kept without the token); since the first such failure in a row. */
  void markPollFailed(long revision, String reason, Instant at);

  /** The API answered a reading of updates: the token is taken, and nothing is failing. */
  void pollAnswered(long revision);
}
