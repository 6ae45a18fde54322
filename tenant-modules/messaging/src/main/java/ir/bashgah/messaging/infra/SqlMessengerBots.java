package ir.bashgah.messaging.infra;

import ir.bashgah.kernel.crypto.FieldCipher;
import ir.bashgah.kernel.persistence.PendingWrites;
import ir.bashgah.kernel.persistence.Statements;
import ir.bashgah.kernel.persistence.UtcInstantConverter;
import ir.bashgah.messaging.domain.messenger.MessengerBot;
import ir.bashgah.messaging.domain.messenger.MessengerBots;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.Optional;

/** The club's bot in its one row of {@code messenger_bot}; the token encrypted with the platform's field key. */
@ApplicationScoped
public class SqlMessengerBots implements MessengerBots {
  @Inject PendingWrites writes;

  @Override
  public Optional<MessengerBot> find() {
    MessengerBot[] found = {null};
    writes.query("SELECT token, base_url, bot_id, username, revision, update_offset, token_refused_at, token_refusal, poll_failed_at, poll_failure, updated_at"
            + " FROM messenger_bot WHERE id = 1",
        row -> found[0] = new MessengerBot(FieldCipher.decrypt(row.getString(1)), row.getString(2), row.getLong(3), row.getString(4), row.getLong(5),
            row.getLong(6), UtcInstantConverter.fromColumn(row.getObject(7, LocalDateTime.class)), row.getString(8),
            UtcInstantConverter.fromColumn(row.getObject(9, LocalDateTime.class)), row.getString(10),
            UtcInstantConverter.fromColumn(row.getObject(11, LocalDateTime.class))));
    return Optional.ofNullable(found[0]);
  }

  @Override
  public void save(MessengerBot bot) {
    writes.add("INSERT INTO messenger_bot (id, token, base_url, bot_id, username, revision, update_offset, token_refused_at, token_refusal,"
            + " poll_failed_at, poll_failure, updated_at) VALUES (1, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
            + " ON DUPLICATE KEY UPDATE token = VALUES(token), base_url = VALUES(base_url), bot_id = VALUES(bot_id), username = VALUES(username),"
            + " revision = VALUES(revision), update_offset = VALUES(update_offset), token_refused_at = VALUES(token_refused_at),"
            + " token_refusal = VALUES(token_refusal), poll_failed_at = VALUES(poll_failed_at), poll_failure = VALUES(poll_failure), updated_at = VALUES(updated_at)",
        FieldCipher.encrypt(bot.token()), bot.baseUrl(), bot.botId(), bot.username(), bot.revision(), bot.updateOffset(),
        UtcInstantConverter.toColumn(bot.tokenRefusedAt()), clip(bot.tokenRefusal()), UtcInstantConverter.toColumn(bot.pollFailedAt()), clip(bot.pollFailure()),
        UtcInstantConverter.toColumn(bot.updatedAt()));
  }

  @Override
  public boolean remove() {
    writes.send();
    return Statements.update(writes.connection(), "DELETE FROM messenger_bot WHERE id = 1") > 0;
  }

  @Override
  public void advanceOffset(long revision, long offset) {
    writes.add("UPDATE messenger_bot SET update_offset = GREATEST(update_offset, ?) WHERE id = 1 AND revision = ?", offset, revision);
  }

  @Override
  public void markTokenRefused(long revision, String reason, Instant at) {
    writes.add("UPDATE messenger_bot SET token_refused_at = COALESCE(token_refused_at, ?), token_refusal = ? WHERE id = 1 AND revision = ?",
        UtcInstantConverter.toColumn(at), clip(reason), revision);
  }

  @Override
  public void markPollFailed(long revision, String reason, Instant at) {
    writes.add("UPDATE messenger_bot SET poll_failed_at = COALESCE(poll_failed_at, ?), poll_failure = ? WHERE id = 1 AND revision = ?",
        UtcInstantConverter.toColumn(at), clip(reason), revision);
  }

  @Override
  public void pollAnswered(long revision) {
    writes.add("UPDATE messenger_bot SET token_refused_at = NULL, token_refusal = NULL, poll_failed_at = NULL, poll_failure = NULL"
        + " WHERE id = 1 AND revision = ? AND (token_refused_at IS NOT NULL OR poll_failed_at IS NOT NULL)", revision);
  }

  private static String clip(String reason) {
    return reason == null || reason.length() <= 300 ? reason : reason.substring(0, 300);
  }
}
