package ir.bashgah.messaging.infra;

import ir.bashgah.kernel.persistence.PendingWrites;
import ir.bashgah.kernel.persistence.Statements;
import ir.bashgah.kernel.persistence.UtcInstantConverter;
import ir.bashgah.messaging.api.Channel;
import ir.bashgah.messaging.api.MessageStatus;
import ir.bashgah.messaging.api.OutgoingMessage;
import ir.bashgah.messaging.domain.message.ClaimedMessage;
import ir.bashgah.messaging.domain.message.Messages;
import ir.bashgah.messaging.domain.message.SmsGateway;
import ir.bashgah.messaging.domain.message.SmsLine;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The outbox in plain SQL on the transaction's connection. Queueing is a pending write, so a caller
 * on the till's path pays no round trip of its own for it (docs/decisions/0004, 0006).
 */
@ApplicationScoped
public class SqlMessages implements Messages {
  private static final int REASON_LENGTH = 500;

  @Inject PendingWrites writes;

  @Override
  public void add(long id, OutgoingMessage m, Instant now) {
    LocalDateTime at = UtcInstantConverter.toColumn(now);
    writes.add("INSERT INTO message (id, batch_id, member_id, channel, recipient, text, kind, status, attempts, next_attempt_at, created_at)"
        + " VALUES (?, ?, ?, ?, ?, ?, ?, 'QUEUED', 0, ?, ?)",
        id, m.batchId(), m.memberId(), m.channel().name(), m.recipient(), m.text(), m.kind().name(), at, at);
  }

  @Override
  public List<ClaimedMessage> claimDue(Channel channel, Instant now, int limit, Duration lease) {
    writes.send();
    List<ClaimedMessage> claimed = new ArrayList<>();
    // A SENDING row is due when its lease has run out (its worker died mid-send): next_attempt_at is
    // the lease's end, so one range of the (status, next_attempt_at) index finds both kinds.
    Statements.query(writes.connection(),
        "SELECT id, recipient, text, attempts FROM message WHERE status IN ('QUEUED', 'SENDING') AND next_attempt_at <= ? AND channel = ?"
            + " ORDER BY next_attempt_at LIMIT ? FOR UPDATE SKIP LOCKED",
        row -> claimed.add(new ClaimedMessage(row.getLong(1), row.getString(2), row.getString(3), row.getInt(4) + 1)),
        UtcInstantConverter.toColumn(now), channel.name(), limit);
    if (claimed.isEmpty()) {
      return claimed;
    }
    LocalDateTime until = UtcInstantConverter.toColumn(now.plus(lease));
    StringBuilder sql = new StringBuilder("UPDATE message SET status = 'SENDING', attempts = attempts + 1, lease_until = ?, next_attempt_at = ? WHERE id IN (");
    List<Object> values = new ArrayList<>(List.of(until, until));
    for (int i = 0; i < claimed.size(); i++) {
      sql.append(i == 0 ? "?" : ", ?");
      values.add(claimed.get(i).id());
    }
    Statements.update(writes.connection(), sql.append(')').toString(), values.toArray());
    return claimed;
  }

  @Override
  public void recordSent(long id, SmsLine.Line line, String provider, String providerMessageId, Long cost, Instant now) {
    LocalDateTime at = UtcInstantConverter.toColumn(now);
    // an SMS the gateway gave an id can be asked about: its report is due from now on
    Statements.update(writes.connection(),
        "UPDATE message SET status = 'SENT', line = ?, provider = ?, provider_message_id = ?, cost = ?, sent_at = ?, lease_until = NULL, last_error = NULL,"
            + " report_due_at = CASE WHEN channel = 'SMS' AND ? IS NOT NULL THEN ? END"
            + " WHERE id = ? AND status = 'SENDING'",
        line == null ? null : line.name(), provider, providerMessageId, cost, at, providerMessageId, at, id);
  }

  @Override
  public void recordRetry(long id, String provider, String reason, Instant dueAt) {
    Statements.update(writes.connection(),
        "UPDATE message SET status = 'QUEUED', provider = ?, last_error = ?, next_attempt_at = ?, lease_until = NULL WHERE id = ? AND status = 'SENDING'",
        provider, cut(reason), UtcInstantConverter.toColumn(dueAt), id);
  }

  @Override
  public void recordFailed(long id, String provider, String reason, Instant now) {
    Statements.update(writes.connection(),
        "UPDATE message SET status = 'FAILED', provider = ?, last_error = ?, lease_until = NULL WHERE id = ? AND status = 'SENDING'",
        provider, cut(reason), id);
  }

  @Override
  public Map<MessageStatus, Long> countsOfBatch(long batchId) {
    Map<MessageStatus, Long> counts = new EnumMap<>(MessageStatus.class);
    Statements.query(writes.connection(), "SELECT status, COUNT(*) FROM message WHERE batch_id = ? GROUP BY status",
        row -> counts.merge(MessageStatus.valueOf(row.getString(1)).shown(), row.getLong(2), Long::sum), batchId);
    return counts;
  }

  @Override
  public long doNotDisturbOfBatch(long batchId) {
    long[] count = {0};
    Statements.query(writes.connection(), "SELECT COUNT(*) FROM message WHERE batch_id = ? AND status = 'FAILED' AND last_error = ?",
        row -> count[0] = row.getLong(1), batchId, SmsGateway.DO_NOT_DISTURB);
    return count[0];
  }

  @Override
  public List<ReportDue> reportsDue(Instant now, int limit) {
    List<ReportDue> due = new ArrayList<>();
    Statements.query(writes.connection(),
        "SELECT id, line, provider, provider_message_id, sent_at FROM message WHERE report_due_at <= ? AND status = 'SENT' ORDER BY report_due_at LIMIT ?",
        row -> {
          String line = row.getString(2);
          due.add(new ReportDue(row.getLong(1), line == null ? SmsLine.Line.PLATFORM : SmsLine.Line.valueOf(line), row.getString(3), row.getString(4),
              UtcInstantConverter.fromColumn(row.getObject(5, LocalDateTime.class))));
        },
        UtcInstantConverter.toColumn(now), limit);
    return due;
  }

  @Override
  public void recordDelivered(long id, Instant at) {
    Statements.update(writes.connection(), "UPDATE message SET status = 'DELIVERED', delivered_at = ?, report_due_at = NULL WHERE id = ? AND status = 'SENT'",
        UtcInstantConverter.toColumn(at), id);
  }

  @Override
  public void recordUndelivered(long id, String reason) {
    Statements.update(writes.connection(), "UPDATE message SET status = 'FAILED', last_error = ?, report_due_at = NULL WHERE id = ? AND status = 'SENT'",
        cut(reason), id);
  }

  @Override
  public void askForReportAt(long id, Instant at) {
    Statements.update(writes.connection(), "UPDATE message SET report_due_at = ? WHERE id = ? AND status = 'SENT'",
        at == null ? null : UtcInstantConverter.toColumn(at), id);
  }

  @Override
  public List<MessageRecord> ofMember(long memberId, int offset, int limit) {
    List<MessageRecord> found = new ArrayList<>();
    Statements.query(writes.connection(),
        "SELECT id, channel, text, status, created_at, sent_at, delivered_at, cost, last_error FROM message WHERE member_id = ?"
            + " ORDER BY created_at DESC, id DESC LIMIT ? OFFSET ?",
        row -> found.add(record(row)), memberId, limit, offset);
    return Collections.unmodifiableList(found);
  }

  @Override
  public long countOfMember(long memberId) {
    long[] count = {0};
    Statements.query(writes.connection(), "SELECT COUNT(*) FROM message WHERE member_id = ?", row -> count[0] = row.getLong(1), memberId);
    return count[0];
  }

  private static MessageRecord record(ResultSet row) throws SQLException {
    long cost = row.getLong(8);
    Long costOrNull = row.wasNull() ? null : cost;
    MessageStatus status = MessageStatus.valueOf(row.getString(4)).shown();
    // a message being retried keeps its last error too, but it has not failed
    String failure = status == MessageStatus.FAILED ? row.getString(9) : null;
    return new MessageRecord(row.getLong(1), Channel.valueOf(row.getString(2)), row.getString(3), status,
        UtcInstantConverter.fromColumn(row.getObject(5, LocalDateTime.class)), UtcInstantConverter.fromColumn(row.getObject(6, LocalDateTime.class)),
        UtcInstantConverter.fromColumn(row.getObject(7, LocalDateTime.class)), costOrNull, failure);
  }

  private static String cut(String reason) {
    if (reason == null) {
      return null;
    }
    return reason.length() > REASON_LENGTH ? reason.substring(0, REASON_LENGTH) : reason;
  }
}
