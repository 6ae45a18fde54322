package ir.bashgah.messaging.application;

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
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The outbox's rules as SqlMessages keeps them, in memory, for the worker's tests. */
class InMemoryMessages implements Messages {
  static final class Row {
    final long id;
    final Long batchId;
    final Long memberId;
    final Channel channel;
    final MessageKind kind;
    final String templateCode;
    final String params;
    String recipient;
    String subject;
    String text;
    MessageStatus status = MessageStatus.QUEUED;
    int attempts;
    Instant nextAttemptAt;
    Instant leaseUntil;
    String provider;
    SmsLine.Line line;
    String providerMessageId;
    Long cost;
    String lastError;
    Long serviceLocalId;
    final Instant createdAt;
    Instant sentAt;
    Instant deliveredAt;
    Instant reportDueAt;

    Row(long id, Long batchId, Long memberId, Channel channel, MessageKind kind, String recipient, String text, String templateCode, String params,
        Instant due, Instant now) {
      this.id = id;
      this.batchId = batchId;
      this.memberId = memberId;
      this.channel = channel;
      this.kind = kind;
      this.recipient = recipient;
      this.text = text;
      this.templateCode = templateCode;
      this.params = params;
      this.nextAttemptAt = due;
      this.createdAt = now;
    }
  }

  final Map<Long, Row> rows = new LinkedHashMap<>();
  final Map<Long, Batch> batches = new HashMap<>();

  Row row(long id) {
    return rows.get(id);
  }

  @Override
  public void addConfidential(long id, OutgoingMessage m, Instant now) {
    add(id, m, now);
  }

  @Override
  public void add(long id, OutgoingMessage m, Instant now) {
    Row r = new Row(id, m.batchId(), m.memberId(), m.channel(), m.kind(), m.recipient(), m.text(), null, null, now, now);
    r.subject = m.subject();
    rows.put(id, r);
  }

  @Override
  public void addDraft(long id, Draft d, Instant dueAt, Instant now) {
    Row r = new Row(id, d.batchId(), d.memberId(), d.channel(), d.kind(), d.recipient(), null, d.templateCode(), d.params(), dueAt, now);
    r.status = d.status();
    r.lastError = d.reason();
    rows.put(id, r);
  }

  @Override
  public void addBatch(Batch batch) {
    batches.put(batch.id(), batch);
  }

  @Override
  public Map<Long, Batch> batches(Collection<Long> ids) {
    Map<Long, Batch> found = new HashMap<>();
    ids.forEach(id -> {
      if (batches.containsKey(id)) {
        found.put(id, batches.get(id));
      }
    });
    return found;
  }

  @Override
  public List<Batch> recentBatches(int offset, int limit) {
    return batches.values().stream().sorted(Comparator.comparing(Batch::createdAt).reversed()).skip(offset).limit(limit).toList();
  }

  @Override
  public long countOfBatches() {
    return batches.size();
  }

  @Override
  public List<Long> unexpandedBatches() {
    return batches.values().stream().filter(b -> !b.expansionDone()).map(Batch::id).toList();
  }

  @Override
  public int expandNext(long batchId, int chunk, Instant now) {
    // segments select members in SQL; the worker's tests send to members by code
    return 0;
  }

  @Override
  public List<ClaimedMessage> claimDue(Channel channel, Instant now, int limit, Duration lease, boolean marketingToo) {
    List<ClaimedMessage> claimed = new ArrayList<>();
    rows.values().stream()
        .filter(r -> (r.status == MessageStatus.QUEUED || r.status == MessageStatus.SENDING) && !r.nextAttemptAt.isAfter(now) && r.channel == channel)
        .filter(r -> marketingToo || r.kind == MessageKind.TRANSACTIONAL)
        .sorted(Comparator.comparing(r -> r.nextAttemptAt))
        .limit(limit)
        .forEach(r -> {
          r.status = MessageStatus.SENDING;
          r.attempts++;
          r.leaseUntil = now.plus(lease);
          r.nextAttemptAt = r.leaseUntil;
          claimed.add(new ClaimedMessage(r.id, r.batchId, r.memberId, r.kind, r.recipient, r.subject, r.text, r.templateCode, r.params, r.attempts, r.serviceLocalId));
        });
    return claimed;
  }

  @Override
  public java.util.Optional<ClaimedMessage> claimOne(long id, Instant now, Duration lease) {
    Row r = rows.get(id);
    if (r == null || r.status != MessageStatus.QUEUED) {
      return java.util.Optional.empty();
    }
    r.status = MessageStatus.SENDING;
    r.attempts++;
    r.leaseUntil = now.plus(lease);
    r.nextAttemptAt = r.leaseUntil;
    return java.util.Optional.of(new ClaimedMessage(r.id, r.batchId, r.memberId, r.kind, r.recipient, r.subject, r.text, r.templateCode, r.params, r.attempts,
        r.serviceLocalId));
  }

  @Override
  public void writeNow() {
    // written at once already
  }

  @Override
  public void recordComposed(long id, String recipient, String subject, String text) {
    Row r = rows.get(id);
    if (r.status == MessageStatus.SENDING) {
      r.recipient = recipient;
      r.subject = subject;
      r.text = text;
    }
  }

  @Override
  public void recordSuppressed(long id, String reason) {
    Row r = rows.get(id);
    if (r.status == MessageStatus.SENDING) {
      r.status = MessageStatus.SUPPRESSED;
      r.lastError = reason;
      r.leaseUntil = null;
    }
  }

  @Override
  public void recordSent(long id, SmsLine.Line line, String provider, String providerMessageId, Long cost, Instant now) {
    Row r = rows.get(id);
    if (r.status == MessageStatus.SENDING) {
      r.status = r.deliveredAt == null ? MessageStatus.SENT : MessageStatus.DELIVERED;
      r.line = line;
      r.reportDueAt = r.channel == Channel.SMS && providerMessageId != null ? now : null;
      r.provider = provider;
      r.providerMessageId = providerMessageId;
      r.cost = cost;
      r.sentAt = now;
      r.leaseUntil = null;
      r.lastError = null;
    }
  }

  @Override
  public void recordRetry(long id, String provider, String reason, Instant dueAt) {
    Row r = rows.get(id);
    if (r.status == MessageStatus.SENDING) {
      r.status = MessageStatus.QUEUED;
      r.provider = provider;
      r.lastError = reason;
      r.nextAttemptAt = dueAt;
      r.leaseUntil = null;
    }
  }

  @Override
  public void recordFailed(long id, String provider, String reason, Instant now) {
    Row r = rows.get(id);
    if (r.status == MessageStatus.SENDING) {
      r.status = MessageStatus.FAILED;
      r.provider = provider;
      r.lastError = reason;
      r.leaseUntil = null;
    }
  }

  @Override
  public Map<MessageStatus, Long> countsOfBatch(long batchId) {
    Map<MessageStatus, Long> counts = new EnumMap<>(MessageStatus.class);
    rows.values().stream().filter(r -> r.batchId != null && r.batchId == batchId).forEach(r -> counts.merge(r.status.shown(), 1L, Long::sum));
    return counts;
  }

  @Override
  public long doNotDisturbOfBatch(long batchId) {
    return rows.values().stream()
        .filter(r -> r.batchId != null && r.batchId == batchId && (SmsGateway.DO_NOT_DISTURB.equals(r.lastError) || r.serviceLocalId != null))
        .count();
  }

  @Override
  public List<BatchMessage> ofBatch(long batchId, MessageStatus status, int offset, int limit) {
    return rows.values().stream()
        .filter(r -> r.batchId != null && r.batchId == batchId && (status == null || r.status.shown() == status))
        .sorted(Comparator.comparing(r -> r.id))
        .skip(offset).limit(limit)
        .map(r -> new BatchMessage(r.id, r.memberId, r.status.shown(), r.text, r.sentAt, r.deliveredAt, r.cost,
            r.status == MessageStatus.FAILED || r.status == MessageStatus.SUPPRESSED ? r.lastError : null, r.attempts))
        .toList();
  }

  @Override
  public long countOfBatch(long batchId, MessageStatus status) {
    return rows.values().stream().filter(r -> r.batchId != null && r.batchId == batchId && (status == null || r.status.shown() == status)).count();
  }

  @Override
  public void recordHeld(long id, String provider, String reason, Instant dueAt) {
    Row r = rows.get(id);
    if (r.status == MessageStatus.SENDING) {
      r.status = MessageStatus.QUEUED;
      r.attempts = Math.max(0, r.attempts - 1);
      r.provider = provider;
      r.lastError = reason;
      r.nextAttemptAt = dueAt;
      r.leaseUntil = null;
    }
  }

  @Override
  public void routeToServiceLine(long id, long serviceLocalId, Instant now) {
    Row r = rows.get(id);
    if ((r.status == MessageStatus.SENDING || r.status == MessageStatus.SENT) && r.serviceLocalId == null) {
      r.status = MessageStatus.QUEUED;
      r.serviceLocalId = serviceLocalId;
      r.nextAttemptAt = now;
      r.leaseUntil = null;
      r.providerMessageId = null;
      r.reportDueAt = null;
      r.lastError = SmsGateway.DO_NOT_DISTURB;
    }
  }

  @Override
  public void recordBlocked(long id) {
    Row r = rows.get(id);
    if (r.status == MessageStatus.SENDING || r.status == MessageStatus.SENT) {
      r.status = MessageStatus.SUPPRESSED;
      r.lastError = SmsGateway.DO_NOT_DISTURB;
      r.leaseUntil = null;
      r.reportDueAt = null;
    }
  }

  @Override
  public List<ReportDue> reportsDue(Instant now, int limit) {
    return rows.values().stream()
        .filter(r -> r.status == MessageStatus.SENT && r.reportDueAt != null && !r.reportDueAt.isAfter(now))
        .sorted(Comparator.comparing(r -> r.reportDueAt))
        .limit(limit)
        .map(r -> new ReportDue(r.id, r.line == null ? SmsLine.Line.PLATFORM : r.line, r.provider, r.providerMessageId, r.sentAt, r.recipient,
            r.serviceLocalId != null))
        .toList();
  }

  @Override
  public void recordShown(long id, Instant at) {
    Row r = rows.get(id);
    if (r != null && r.channel == Channel.PUSH && (r.status == MessageStatus.SENDING || r.status == MessageStatus.SENT)) {
      r.deliveredAt = r.deliveredAt == null ? at : r.deliveredAt;
      r.status = r.status == MessageStatus.SENT ? MessageStatus.DELIVERED : r.status;
    }
  }

  @Override
  public void recordDelivered(long id, Instant at) {
    Row r = rows.get(id);
    if (r.status == MessageStatus.SENT) {
      r.status = MessageStatus.DELIVERED;
      r.deliveredAt = at;
      r.reportDueAt = null;
    }
  }

  @Override
  public void recordUndelivered(long id, String reason) {
    Row r = rows.get(id);
    if (r.status == MessageStatus.SENT) {
      r.status = MessageStatus.FAILED;
      r.lastError = reason;
      r.reportDueAt = null;
    }
  }

  @Override
  public void askForReportAt(long id, Instant at) {
    Row r = rows.get(id);
    if (r.status == MessageStatus.SENT) {
      r.reportDueAt = at;
    }
  }

  @Override
  public List<MessageRecord> ofMember(long memberId, int offset, int limit) {
    return rows.values().stream().filter(r -> r.memberId != null && r.memberId == memberId)
        .sorted(Comparator.comparing((Row r) -> r.createdAt).reversed()).skip(offset).limit(limit)
        .map(r -> new MessageRecord(r.id, r.channel, r.text, r.status.shown(), r.createdAt, r.sentAt, r.deliveredAt, r.cost,
            r.status == MessageStatus.FAILED ? r.lastError : null))
        .toList();
  }

  @Override
  public long countOfMember(long memberId) {
    return rows.values().stream().filter(r -> r.memberId != null && r.memberId == memberId).count();
  }
}
