package ir.bashgah.messaging.application;

import ir.bashgah.messaging.api.Channel;
import ir.bashgah.messaging.api.MessageStatus;
import ir.bashgah.messaging.api.OutgoingMessage;
import ir.bashgah.messaging.domain.message.ClaimedMessage;
import ir.bashgah.messaging.domain.message.Messages;
import ir.bashgah.messaging.domain.message.SmsGateway;
import ir.bashgah.messaging.domain.message.SmsLine;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The outbox's rules as SqlMessages keeps them, in memory, for the worker's tests. */
class InMemoryMessages implements Messages {
  static final class Row {
    final long id;
    final OutgoingMessage message;
    MessageStatus status = MessageStatus.QUEUED;
    int attempts;
    Instant nextAttemptAt;
    Instant leaseUntil;
    String provider;
    SmsLine.Line line;
    String providerMessageId;
    Long cost;
    String lastError;
    final Instant createdAt;
    Instant sentAt;
    Instant deliveredAt;
    Instant reportDueAt;

    Row(long id, OutgoingMessage message, Instant now) {
      this.id = id;
      this.message = message;
      this.nextAttemptAt = now;
      this.createdAt = now;
    }
  }

  final Map<Long, Row> rows = new LinkedHashMap<>();

  Row row(long id) {
    return rows.get(id);
  }

  @Override
  public void add(long id, OutgoingMessage message, Instant now) {
    rows.put(id, new Row(id, message, now));
  }

  @Override
  public List<ClaimedMessage> claimDue(Channel channel, Instant now, int limit, Duration lease) {
    List<ClaimedMessage> claimed = new ArrayList<>();
    rows.values().stream()
        .filter(r -> (r.status == MessageStatus.QUEUED || r.status == MessageStatus.SENDING) && !r.nextAttemptAt.isAfter(now) && r.message.channel() == channel)
        .sorted(Comparator.comparing(r -> r.nextAttemptAt))
        .limit(limit)
        .forEach(r -> {
          r.status = MessageStatus.SENDING;
          r.attempts++;
          r.leaseUntil = now.plus(lease);
          r.nextAttemptAt = r.leaseUntil;
          claimed.add(new ClaimedMessage(r.id, r.message.recipient(), r.message.text(), r.attempts));
        });
    return claimed;
  }

  @Override
  public void recordSent(long id, SmsLine.Line line, String provider, String providerMessageId, Long cost, Instant now) {
    Row r = rows.get(id);
    if (r.status == MessageStatus.SENDING) {
      r.status = MessageStatus.SENT;
      r.line = line;
      r.reportDueAt = r.message.channel() == Channel.SMS && providerMessageId != null ? now : null;
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
    rows.values().stream().filter(r -> r.message.batchId() != null && r.message.batchId() == batchId)
        .forEach(r -> counts.merge(r.status.shown(), 1L, Long::sum));
    return counts;
  }

  @Override
  public long doNotDisturbOfBatch(long batchId) {
    return rows.values().stream()
        .filter(r -> r.message.batchId() != null && r.message.batchId() == batchId && r.status == MessageStatus.FAILED && SmsGateway.DO_NOT_DISTURB.equals(r.lastError))
        .count();
  }

  @Override
  public List<ReportDue> reportsDue(Instant now, int limit) {
    return rows.values().stream()
        .filter(r -> r.status == MessageStatus.SENT && r.reportDueAt != null && !r.reportDueAt.isAfter(now))
        .sorted(Comparator.comparing(r -> r.reportDueAt))
        .limit(limit)
        .map(r -> new ReportDue(r.id, r.line == null ? SmsLine.Line.PLATFORM : r.line, r.provider, r.providerMessageId, r.sentAt))
        .toList();
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
    return rows.values().stream().filter(r -> r.message.memberId() != null && r.message.memberId() == memberId)
        .sorted(Comparator.comparing((Row r) -> r.createdAt).reversed()).skip(offset).limit(limit)
        .map(r -> new MessageRecord(r.id, r.message.channel(), r.message.text(), r.status.shown(), r.createdAt, r.sentAt, r.deliveredAt, r.cost,
            r.status == MessageStatus.FAILED ? r.lastError : null))
        .toList();
  }

  @Override
  public long countOfMember(long memberId) {
    return rows.values().stream().filter(r -> r.message.memberId() != null && r.message.memberId() == memberId).count();
  }
}
