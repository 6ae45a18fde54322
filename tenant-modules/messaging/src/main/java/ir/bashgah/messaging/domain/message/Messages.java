package ir.bashgah.messaging.domain.message;

import ir.bashgah.messaging.api.Channel;
import ir.bashgah.messaging.api.MessageStatus;
import ir.bashgah.messaging.api.OutgoingMessage;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/** The club's outbox. */
public interface Messages {
  /** Adds a QUEUED message, due at once, to the caller's transaction. */
  void add(long id, OutgoingMessage message, Instant now);

  /**
   * A message whose text is the member's secret (a sign-in code): listed without its text, and the
   * text emptied once it is sent or given up.
   */
  void addConfidential(long id, OutgoingMessage message, Instant now);

  /** Adds a message to compose when it is sent, due at {@code dueAt}, to the caller's transaction. */
  void addDraft(long id, Draft draft, Instant dueAt, Instant now);

  /** Adds a staff send's batch to the caller's transaction. */
  void addBatch(Batch batch);

  Map<Long, Batch> batches(Collection<Long> ids);

  /** The club's batches, newest first. */
  List<Batch> recentBatches(int offset, int limit);

  long countOfBatches();

  /** Batches to a segment whose rows are not all written yet. */
  List<Long> unexpandedBatches();

  /**
   * In the caller's transaction, under the batch's row lock (one writer at a time): writes the rows
   * of the next at most {@code chunk} members of the batch's segment, in id order, QUEUED or, for a
   * member who refused the channel, SUPPRESSED; and moves the batch's mark past them. Answers how many
   * rows it wrote; 0 when the batch is done (or is no segment batch).
   */
  int expandNext(long batchId, int chunk, Instant now);

  /**
   * In the caller's (short) transaction: takes up to {@code limit} messages of {@code channel} that
   * are due or whose lease has run out, skipping rows another worker holds locked, and marks them
   * SENDING until {@code now + lease}, with one more attempt. Marketing messages only when
   * {@code marketingToo} (outside the club's quiet hours).
   */
  List<ClaimedMessage> claimDue(Channel channel, Instant now, int limit, Duration lease, boolean marketingToo);

  /**
   * Claims one QUEUED message by its id, as {@link #claimDue} claims many (SENDING with a lease), for
   * a message that must not wait for the next run (a sign-in code); empty when it is not QUEUED or
   * another worker holds it.
   */
  java.util.Optional<ClaimedMessage> claimOne(long id, Instant now, Duration lease);

  default List<ClaimedMessage> claimDue(Channel channel, Instant now, int limit, Duration lease) {
    return claimDue(channel, now, limit, lease, true);
  }

  /**
   * Sends what the caller's transaction has recorded so far. Outcomes otherwise go with the commit,
   * where a deadlock between two workers shows only as a failed commit that cannot be told from
   * others; sent here, it is a lock conflict the worker runs again.
   */
  void writeNow();

  /** Keeps what a claimed message was composed as, so the member's history shows it. */
  void recordComposed(long id, String recipient, String subject, String text);

  /** SUPPRESSED: the club may not or cannot reach the member on the channel. Only while SENDING. */
  void recordSuppressed(long id, String reason);

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

  /**
   * Its number blocks advertising SMS: QUEUED again, due at {@code now}, to go over the service line
   * with {@code serviceLocalId} as that send's local id. Only from SENDING or SENT, and only once.
   */
  void routeToServiceLine(long id, long serviceLocalId, Instant now);

  /** Its number blocks advertising SMS and there is no service line for it: SUPPRESSED, counted as do-not-disturb. From SENDING or SENT. */
  void recordBlocked(long id);

  /** Back to QUEUED, due at {@code dueAt}, with the reason kept, and this try not counted ({@link Gateway.Held}). */
  void recordHeld(long id, String provider, String reason, Instant dueAt);

  /** FAILED for good, with the reason. */
  void recordFailed(long id, String provider, String reason, Instant now);

  /** How many messages of a batch are in each status, as the API shows them. */
  Map<MessageStatus, Long> countsOfBatch(long batchId);

  /** How many messages of a batch met a recipient who blocks advertising SMS ({@link SmsGateway#DO_NOT_DISTURB}): suppressed, or sent over the service line. */
  long doNotDisturbOfBatch(long batchId);

  /** Up to {@code limit} SENT SMS whose delivery report is due at {@code now}, the longest due first. */
  List<ReportDue> reportsDue(Instant now, int limit);

  /** The member got it. Changes nothing unless the message is still SENT. */
  void recordDelivered(long id, Instant at);

  /**
   * A browser showed the push message (its receipt): DELIVERED at {@code at} if it is SENT. A receipt
   * may outrun the push service's own answer, while the message is still SENDING: then the time is
   * kept and {@link #recordSent} makes it DELIVERED. Changes nothing for a message in another status.
   */
  void recordShown(long id, Instant at);

  /** It will never reach the member. Changes nothing unless the message is still SENT. */
  void recordUndelivered(long id, String reason);

  /** Asks for its report again at {@code at}, or never again when null; the message stays SENT. */
  void askForReportAt(long id, Instant at);

  /**
   * A batch's messages in the order they were written, those in {@code status} only when it is given
   * (QUEUED takes those being sent too, as the API shows them).
   */
  List<BatchMessage> ofBatch(long batchId, MessageStatus status, int offset, int limit);

  long countOfBatch(long batchId, MessageStatus status);

  /** One message of a batch; {@code failure} is why a FAILED or SUPPRESSED one did not reach the member. */
  record BatchMessage(long id, Long memberId, MessageStatus status, String text, Instant sentAt, Instant deliveredAt, Long cost, String failure,
      int attempts) {}

  /** A member's messages, newest first. */
  List<MessageRecord> ofMember(long memberId, int offset, int limit);

  long countOfMember(long memberId);

  /** {@code failure} is the reason of a FAILED message, null for the others. */
  record MessageRecord(long id, Channel channel, String text, MessageStatus status, Instant createdAt, Instant sentAt, Instant deliveredAt, Long cost,
      String failure) {}

  /** A sent SMS waiting for its report, with what is needed to ask the line that took it. */
  record ReportDue(long id, SmsLine.Line line, String provider, String providerMessageId, Instant sentAt, String recipient, boolean viaServiceLine) {}
}
