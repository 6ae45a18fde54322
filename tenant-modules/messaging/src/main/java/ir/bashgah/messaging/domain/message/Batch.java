package ir.bashgah.messaging.domain.message;

import ir.bashgah.messaging.api.Channel;
import ir.bashgah.messaging.api.MessageKind;
import java.time.Instant;

/** What one staff send asked for: its members' messages are composed from its template or text. */
public record Batch(long id, Channel channel, MessageKind kind, String templateCode, String text, String subject, String segmentCode, Instant sendAt,
    int recipients, int suppressed, String createdBy, Instant createdAt) {}
