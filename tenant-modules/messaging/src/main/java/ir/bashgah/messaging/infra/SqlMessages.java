package ir.bashgah.messaging.infra;

import static ir.bashgah.messaging.infra.MessageColumns.cut;
import static ir.bashgah.messaging.infra.MessageColumns.failure;
import static ir.bashgah.messaging.infra.MessageColumns.longOrNull;
import static ir.bashgah.messaging.infra.MessageColumns.marks;
import static ir.bashgah.messaging.infra.MessageColumns.statusCondition;
import static ir.bashgah.messaging.infra.MessageColumns.statuses;
import static ir.bashgah.messaging.infra.MessageRows.BATCH_COLUMNS;
import static ir.bashgah.messaging.infra.MessageRows.CLAIM_COLUMNS;
import static ir.bashgah.messaging.infra.MessageRows.CONFIDENTIAL_TEXT;
import static ir.bashgah.messaging.infra.MessageRows.batch;
import static ir.bashgah.messaging.infra.MessageRows.claimed;
import static ir.bashgah.messaging.infra.MessageRows.record;

import ir.bashgah.kernel.Ids;
import ir.bashgah.kernel.crypto.FieldCipher;
import ir.bashgah.kernel.persistence.BulkInsert;
import ir.bashgah.kernel.persistence.PendingWrites;
import ir.bashgah.kernel.persistence.Statements;
import ir.bashgah.kernel.persistence.UtcInstantConverter;
import ir.bashgah.messaging.api.Audiences;
import ir.bashgah.messaging.api.Channel;
import ir.bashgah.messaging.api.MessageKind;
import ir.bashgah.messaging.api.MessageStatus;
import ir.bashgah.messaging.api.OutgoingMessage;
import ir.bashgah.messaging.domain.message.Batch;
import ir.bashgah.messaging.domain.message.ClaimedMessage;
import ir.bashgah.messaging.domain.message.Draft;
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
import java.util.Collection;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Optional;
import java.util.Map;

/**
 * The outbox in plain SQL on the transaction's connection. Queueing is a pending write, so a caller
 * on the till's path pays no round trip of its own for it (docs/decisions/0004, 0006).
 */
@ApplicationScoped
public class SqlMessages implements Messages {

  @Inject PendingWrites writes;

  @Override
  public void add(long id, OutgoingMessage m, Instant now) {
    add(id, m, now, false);
  }

  @Override
  public void addConfidential(long id, OutgoingMessage m, Instant now) {
    add(id, m, now, true);
  }

  private void add(long id, OutgoingMessage m, Instant now, boolean confidential) {
    LocalDateTime at = UtcInstantConverter.toColumn(now);
    writes.add("INSERT INTO message (id, batch_id, member_id, channel, recipient, subject, text, kind, status, attempts, next_attempt_at, created_at,"
        + " confidential) VALUES (?, ?, ?, ?, ?, ?, ?, ?, 'QUEUED', 0, ?, ?, ?)",
        id, m.batchId(), m.memberId(), m.channel().name(), FieldCipher.encrypt(m.recipient()), cut(m.subject(), SUBJECT), m.text(), m.kind().name(), at, at,
        confidential);
  }

  @Override
  public void addDraft(long id, Draft d, Instant dueAt, Instant now) {
    writes.add("INSERT INTO message (id, batch_id, member_id, channel, recipient, template_code, params, trigger_name, kind, status, attempts, next_attempt_at,"
        + " last_error, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0, ?, ?, ?)",
        id, d.batchId(), d.memberId(), d.channel().name(), FieldCipher.encrypt(d.recipient()), d.templateCode(), d.params(), d.trigger() == null ? null : d.trigger().name(),
        d.kind().name(), d.status().name(), UtcInstantConverter.toColumn(dueAt), cut(d.reason()), UtcInstantConverter.toColumn(now));
  }

  /** The subject column's width: a subject filled with long names is cut rather than refused at send time. */
  private static final int SUBJECT = 200;

  /** Members per chunk of a segment send: a chunk is one short transaction of a few multi-row inserts. */
  private static final int ROWS_PER_STATEMENT = 1000;

  @Inject Audiences audiences;

  @Override
  public void addBatch(Batch b) {
    writes.add("INSERT INTO message_batch (" + BATCH_COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        b.id(), b.channel().name(), b.kind().name(), b.templateCode(), b.text(), b.subject(), b.segmentCode(),
        b.segmentFilter() == null ? null : SegmentFilterJson.write(b.segmentFilter()), UtcInstantConverter.toColumn(b.sendAt()), b.recipients(),
        b.suppressed(), b.createdBy(), UtcInstantConverter.toColumn(b.createdAt()), b.expansionDone());
  }

  @Override
  public Map<Long, Batch> batches(Collection<Long> ids) {
    Map<Long, Batch> found = new HashMap<>();
    if (ids.isEmpty()) {
      return found;
    }
    writes.query("SELECT " + BATCH_COLUMNS + " FROM message_batch WHERE id IN (" + marks(ids.size()) + ")", row -> {
      Batch b = batch(row);
      found.put(b.id(), b);
    }, ids.toArray());
    return found;
  }

  @Override
  public List<Batch> recentBatches(int offset, int limit) {
    List<Batch> found = new ArrayList<>();
    writes.query("SELECT " + BATCH_COLUMNS + " FROM message_batch ORDER BY created_at DESC, id DESC LIMIT ? OFFSET ?", row -> found.add(batch(row)), limit,
        offset);
    return found;
  }

  @Override
  public long countOfBatches() {
    long[] count = {0};
    writes.query("SELECT COUNT(*) FROM message_batch", row -> count[0] = row.getLong(1));
    return count[0];
  }

  @Override
  public List<Long> unexpandedBatches() {
    List<Long> found = new ArrayList<>();
    writes.query("SELECT id FROM message_batch WHERE expansion_done = FALSE ORDER BY id", row -> found.add(row.getLong(1)));
    return found;
  }

  @Override
  public int expandNext(long batchId, int chunk, Instant now) {
    List<Expansion> found = new ArrayList<>();
    writes.query("SELECT channel, segment_filter, expanded_through, expansion_done, send_at FROM message_batch WHERE id = ? FOR UPDATE",
        row -> found.add(new Expansion(Channel.valueOf(row.getString(1)), row.getString(2), longOrNull(row, 3), row.getBoolean(4),
            row.getObject(5, LocalDateTime.class))), batchId);
    if (found.isEmpty() || found.get(0).done() || found.get(0).filter() == null) {
      return 0;
    }
    Expansion state = found.get(0);
    Channel channel = state.channel();
    long after = state.through() == null ? 0 : state.through();
    Audiences.Query q = audiences.members(SegmentFilterJson.read(state.filter()), after, chunk);
    List<long[]> members = new ArrayList<>();
    Statements.query(writes.connection(), "SELECT a.id, c.member_id IS NOT NULL FROM (" + q.sql() + ") a LEFT JOIN message_consent c ON c.member_id = a.id AND c."
        + SqlConsents.column(channel) + " = FALSE ORDER BY a.id",
        row -> members.add(new long[] {row.getLong(1), row.getBoolean(2) ? 1 : 0}), q.parameters().toArray());
    LocalDateTime at = UtcInstantConverter.toColumn(now);
    String refused = cut("the member refused " + channel + " messages");
    // INSERT IGNORE with the (batch, member) key: a chunk written again after a crash adds nothing
    try (BulkInsert insert = new BulkInsert(writes.connection(),
        "INSERT IGNORE INTO message (id, batch_id, member_id, channel, kind, status, attempts, next_attempt_at, last_error, created_at) VALUES",
        "(?, ?, ?, ?, 'MARKETING', ?, 0, ?, ?, ?)", ROWS_PER_STATEMENT)) {
      for (long[] m : members) {
        boolean refuses = m[1] == 1;
        insert.add(Ids.next(), batchId, m[0], channel.name(), refuses ? "SUPPRESSED" : "QUEUED", state.sendAt(), refuses ? refused : null, at);
      }
      insert.flush();
    } catch (SQLException e) {
      throw new IllegalStateException("Could not write the messages of batch " + batchId + " after member " + after, e);
    }
    boolean done = members.size() < chunk;
    Statements.update(writes.connection(), "UPDATE message_batch SET expanded_through = ?, expansion_done = ? WHERE id = ?",
        members.isEmpty() ? after : members.get(members.size() - 1)[0], done, batchId);
    return members.size();
  }

  /** A segment batch's progress, read under its row lock. */
  private record Expansion(Channel channel, String filter, Long through, boolean done, LocalDateTime sendAt) {}

  @Override
  public List<ClaimedMessage> claimDue(Channel channel, Instant now, int limit, Duration lease, boolean marketingToo) {
    writes.send();
    List<ClaimedMessage> claimed = new ArrayList<>();
    LocalDateTime at = UtcInstantConverter.toColumn(now);
    List<MessageKind> kinds = marketingToo ? List.of(MessageKind.TRANSACTIONAL, MessageKind.MARKETING) : List.of(MessageKind.TRANSACTIONAL);
    // One (status, channel, kind) at a time, each an ordered range of the claim index that stops at the
    // limit. A SENDING row is due when its lease has run out (its worker died mid-send): next_attempt_at
    // is the lease's end. Expired leases first, receipts before marketing.
    for (String status : List.of("SENDING", "QUEUED")) {
      for (MessageKind kind : kinds) {
        int wanted = limit - claimed.size();
        if (wanted <= 0) {
          break;
        }
        Statements.query(writes.connection(),
            "SELECT " + CLAIM_COLUMNS + " FROM message"
                + " WHERE status = ? AND channel = ? AND kind = ? AND next_attempt_at <= ? ORDER BY next_attempt_at LIMIT ? FOR UPDATE SKIP LOCKED",
            row -> claimed.add(claimed(row)), status, channel.name(), kind.name(), at, wanted);
      }
    }
    return lease(claimed, now, lease);
  }

  @Override
  public Optional<ClaimedMessage> claimOne(long id, Instant now, Duration lease) {
    writes.send();
    List<ClaimedMessage> claimed = new ArrayList<>();
    Statements.query(writes.connection(), "SELECT " + CLAIM_COLUMNS + " FROM message WHERE id = ? AND status = 'QUEUED' FOR UPDATE SKIP LOCKED",
        row -> claimed.add(claimed(row)), id);
    return lease(claimed, now, lease).stream().findFirst();
  }

  /** Marks the claimed rows SENDING with their lease. */
  private List<ClaimedMessage> lease(List<ClaimedMessage> claimed, Instant now, Duration lease) {
    if (claimed.isEmpty()) {
      return claimed;
    }
    LocalDateTime until = UtcInstantConverter.toColumn(now.plus(lease));
    List<Object> values = new ArrayList<>(List.of(until, until));
    claimed.forEach(c -> values.add(c.id()));
    Statements.update(writes.connection(),
        "UPDATE message SET status = 'SENDING', attempts = attempts + 1, lease_until = ?, next_attempt_at = ? WHERE id IN (" + marks(claimed.size()) + ")",
        values.toArray());
    return claimed;
  }

  // The records of a claim's and a send's outcome are pending writes: they go with the transaction's
  // COMMIT, one round trip for the claim's twenty compositions and one per answer (decision 0004).

  @Override
  public void writeNow() {
    writes.send();
  }

  @Override
  public void recordComposed(long id, String recipient, String subject, String text) {
    writes.add("UPDATE message SET recipient = ?, subject = ?, text = ? WHERE id = ? AND status = 'SENDING'", FieldCipher.encrypt(recipient),
        cut(subject, SUBJECT), text, id);
  }

  @Override
  public void recordSuppressed(long id, String reason) {
    writes.add("UPDATE message SET status = 'SUPPRESSED', last_error = ?, lease_until = NULL WHERE id = ? AND status = 'SENDING'",
        cut(reason), id);
  }

  @Override
  public void recordSent(long id, SmsLine.Line line, String provider, String providerMessageId, Long cost, Instant now) {
    LocalDateTime at = UtcInstantConverter.toColumn(now);
    // an SMS the gateway gave an id can be asked about: its report is due from now on
    writes.add(
        // a push whose browser's receipt came before the push service's answer was delivered already (recordShown)
        "UPDATE message SET status = CASE WHEN delivered_at IS NULL THEN 'SENT' ELSE 'DELIVERED' END, line = ?, provider = ?, provider_message_id = ?,"
            + " cost = ?, sent_at = ?, lease_until = NULL, last_error = NULL, text = IF(confidential, '', text),"
            + " report_due_at = CASE WHEN channel = 'SMS' AND ? IS NOT NULL THEN ? END"
            + " WHERE id = ? AND status = 'SENDING'",
        line == null ? null : line.name(), provider, providerMessageId, cost, at, providerMessageId, at, id);
  }

  @Override
  public void recordRetry(long id, String provider, String reason, Instant dueAt) {
    writes.add(
        "UPDATE message SET status = 'QUEUED', provider = ?, last_error = ?, next_attempt_at = ?, lease_until = NULL WHERE id = ? AND status = 'SENDING'",
        provider, cut(reason), UtcInstantConverter.toColumn(dueAt), id);
  }

  @Override
  public void routeToServiceLine(long id, long serviceLocalId, Instant now) {
    writes.add("UPDATE message SET status = 'QUEUED', service_local_id = ?, next_attempt_at = ?, lease_until = NULL, provider_message_id = NULL,"
            + " report_due_at = NULL, last_error = ? WHERE id = ? AND status IN ('SENDING', 'SENT') AND service_local_id IS NULL",
        serviceLocalId, UtcInstantConverter.toColumn(now), SmsGateway.DO_NOT_DISTURB, id);
  }

  @Override
  public void recordBlocked(long id) {
    writes.add("UPDATE message SET status = 'SUPPRESSED', last_error = ?, lease_until = NULL, report_due_at = NULL WHERE id = ? AND status IN ('SENDING', 'SENT')",
        SmsGateway.DO_NOT_DISTURB, id);
  }

  @Override
  public void recordHeld(long id, String provider, String reason, Instant dueAt) {
    writes.add("UPDATE message SET status = 'QUEUED', attempts = GREATEST(attempts - 1, 0), provider = ?, last_error = ?, next_attempt_at = ?,"
            + " lease_until = NULL WHERE id = ? AND status = 'SENDING'",
        provider, cut(reason), UtcInstantConverter.toColumn(dueAt), id);
  }

  @Override
  public void recordFailed(long id, String provider, String reason, Instant now) {
    writes.add(
        "UPDATE message SET status = 'FAILED', provider = ?, last_error = ?, lease_until = NULL, text = IF(confidential, '', text) WHERE id = ? AND status = 'SENDING'",
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
    // blocked when sent (FAILED before clubs could be told apart by C2, SUPPRESSED since) or sent again over the service line
    Statements.query(writes.connection(), "SELECT COUNT(*) FROM message WHERE batch_id = ? AND (last_error = ? OR service_local_id IS NOT NULL)",
        row -> count[0] = row.getLong(1), batchId, SmsGateway.DO_NOT_DISTURB);
    return count[0];
  }

  @Override
  public List<ReportDue> reportsDue(Instant now, int limit) {
    List<ReportDue> due = new ArrayList<>();
    Statements.query(writes.connection(),
        "SELECT id, line, provider, provider_message_id, sent_at, recipient, service_local_id FROM message WHERE report_due_at <= ? AND status = 'SENT'"
            + " ORDER BY report_due_at LIMIT ?",
        row -> {
          String line = row.getString(2);
          due.add(new ReportDue(row.getLong(1), line == null ? SmsLine.Line.PLATFORM : SmsLine.Line.valueOf(line), row.getString(3), row.getString(4),
              UtcInstantConverter.fromColumn(row.getObject(5, LocalDateTime.class)), FieldCipher.decrypt(row.getString(6)),
              row.getObject(7) != null));
        },
        UtcInstantConverter.toColumn(now), limit);
    return due;
  }

  @Override
  public void recordDelivered(long id, Instant at) {
    writes.add("UPDATE message SET status = 'DELIVERED', delivered_at = ?, report_due_at = NULL WHERE id = ? AND status = 'SENT'",
        UtcInstantConverter.toColumn(at), id);
  }

  @Override
  public void recordShown(long id, Instant at) {
    writes.add("UPDATE message SET delivered_at = COALESCE(delivered_at, ?), status = CASE WHEN status = 'SENT' THEN 'DELIVERED' ELSE status END"
        + " WHERE id = ? AND channel = 'PUSH' AND status IN ('SENDING', 'SENT')", UtcInstantConverter.toColumn(at), id);
  }

  @Override
  public void recordUndelivered(long id, String reason) {
    writes.add("UPDATE message SET status = 'FAILED', last_error = ?, report_due_at = NULL WHERE id = ? AND status = 'SENT'",
        cut(reason), id);
  }

  @Override
  public void askForReportAt(long id, Instant at) {
    writes.add("UPDATE message SET report_due_at = ? WHERE id = ? AND status = 'SENT'",
        at == null ? null : UtcInstantConverter.toColumn(at), id);
  }

  @Override
  public List<MessageRecord> ofMember(long memberId, int offset, int limit) {
    List<MessageRecord> found = new ArrayList<>();
    Statements.query(writes.connection(),
        "SELECT id, channel, IF(confidential, ?, text), status, created_at, sent_at, delivered_at, cost, last_error FROM message WHERE member_id = ?"
            + " ORDER BY created_at DESC, id DESC LIMIT ? OFFSET ?",
        row -> found.add(record(row)), CONFIDENTIAL_TEXT, memberId, limit, offset);
    return Collections.unmodifiableList(found);
  }

  @Override
  public List<BatchMessage> ofBatch(long batchId, MessageStatus status, int offset, int limit) {
    List<BatchMessage> found = new ArrayList<>();
    List<Object> values = new ArrayList<>(List.of(batchId));
    values.addAll(statuses(status));
    values.add(limit);
    values.add(offset);
    Statements.query(writes.connection(),
        "SELECT id, member_id, status, text, sent_at, delivered_at, cost, last_error, attempts FROM message WHERE batch_id = ?" + statusCondition(status)
            + " ORDER BY id LIMIT ? OFFSET ?",
        row -> {
          long cost = row.getLong(7);
          Long costOrNull = row.wasNull() ? null : cost;
          MessageStatus shown = MessageStatus.valueOf(row.getString(3)).shown();
          String failure = failure(shown, row.getString(8));
          found.add(new BatchMessage(row.getLong(1), longOrNull(row, 2), shown, row.getString(4),
              UtcInstantConverter.fromColumn(row.getObject(5, LocalDateTime.class)), UtcInstantConverter.fromColumn(row.getObject(6, LocalDateTime.class)),
              costOrNull, failure, row.getInt(9)));
        },
        values.toArray());
    return Collections.unmodifiableList(found);
  }

  @Override
  public long countOfBatch(long batchId, MessageStatus status) {
    long[] count = {0};
    List<Object> values = new ArrayList<>(List.of(batchId));
    values.addAll(statuses(status));
    Statements.query(writes.connection(), "SELECT COUNT(*) FROM message WHERE batch_id = ?" + statusCondition(status), row -> count[0] = row.getLong(1),
        values.toArray());
    return count[0];
  }

  @Override
  public long countOfMember(long memberId) {
    long[] count = {0};
    Statements.query(writes.connection(), "SELECT COUNT(*) FROM message WHERE member_id = ?", row -> count[0] = row.getLong(1), memberId);
    return count[0];
  }

}
