package ir.bashgah.messaging.domain.message;

import ir.bashgah.messaging.api.Channel;
import ir.bashgah.messaging.api.MessageStatus;
import ir.bashgah.messaging.api.OutgoingMessage;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/** The club's outbox. */
public interface Messages {
  /** Adds a QUEUED message, due at once, to the caller's transaction. */
  void add(long id, OutgoingMessage message, Instant now);

  /**
   * In the caller's (short) transaction: takes up to {@code limit} messages of {@code channel} that
   * are due or whose lease has run out, skipping rows another worker holds locked, and marks them
   * SENDING until {@code now + lease}, with one more attempt.
   */
  List<ClaimedMessage> claimDue(Channel channel, Instant now, int limit, Duration lease);

  /**
   * The gateway of {@code line} took it. Changes nothing unless the message is still SENDING. An SMS
   * with the provider's id is then due for its delivery report ({@link #reportsDue}).
   */
  void recordSent(long id, SmsLine.Line line, String provider, String providerMessageId, Long cost, Instant now);

  /** The gateway took a message that has no line (no SMS). */
  default void recordSent(long id, String provider, String providerMessageId, Long cost, Instant now) {
    recordSent(id, null, provider, providerMessageId, cost, now);
  }

  /** Back to QUEUED, due at {@code dueAt}, with the reason kept. */
  void recordRetry(long id, String provider, String reason, Instant dueAt);

  /** FAILED for good, with the reason. */
  void recordFailed(long id, String provider, String reason, Instant now);

  /** How many messages of a batch are in each status, as the API shows them. */
  Map<MessageStatus, Long> countsOfBatch(long batchId);

  /** How many messages of a batch failed because the recipient blocks advertising SMS ({@link SmsGateway#DO_NOT_DISTURB}). */
  long doNotDisturbOfBatch(long batchId);

  /** Up to {@code limit} SENT SMS whose delivery report is due at {@code now}, the longest due first. */
  List<ReportDue> reportsDue(Instant now, int limit);

  /** The member got it. Changes nothing unless the message is still SENT. */
  void recordDelivered(long id, Instant at);

  /** It will never reach the member. Changes nothing unless the message is still SENT. */
  void recordUndelivered(long id, String reason);

  /** Asks for its report again at {@code at}, or never again when null; the message stays SENT. */
  void askForReportAt(long id, Instant at);

  /** A member's messages, newest first. */
  List<MessageRecord> ofMember(long memberId, int offset, int limit);

  long countOfMember(long memberId);

  /** {@code failure} is the reason of a FAILED message, null for the others. */
  record MessageRecord(long id, Channel channel, String text, MessageStatus status, Instant createdAt, Instant sentAt, Instant deliveredAt, Long cost,
      String failure) {}

  /** A sent SMS waiting for its report, with what is needed to ask the line that took it. */
  record ReportDue(long id, SmsLine.Line line, String provider, String providerMessageId, Instant sentAt) {}
}
