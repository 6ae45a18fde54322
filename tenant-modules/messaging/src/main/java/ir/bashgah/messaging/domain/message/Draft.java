package ir.bashgah.messaging.domain.message;

import ir.bashgah.messaging.api.Channel;
import ir.bashgah.messaging.api.MessageKind;
import ir.bashgah.messaging.api.MessageStatus;
import ir.bashgah.messaging.api.Trigger;

/**
 * A message to compose when it is sent: to a member ({@code recipient} null means his address then),
 * from {@code templateCode} or its batch's text, with the event's {@code params}. {@code status} is
 * QUEUED, or SUPPRESSED with {@code reason} for a member the club may not reach on the channel.
 */
public record Draft(Long batchId, long memberId, Channel channel, MessageKind kind, String recipient, String templateCode, String params, Trigger trigger,
    MessageStatus status, String reason) {}
