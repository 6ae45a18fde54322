package ir.bashgah.messaging.domain.message;

import ir.bashgah.messaging.api.Channel;
import ir.bashgah.messaging.api.MessageKind;
import ir.bashgah.messaging.api.SegmentFilter;
import java.time.Instant;

/**
 * What one staff send asked for: its members' messages are composed from its template or text. A send
 * to a segment keeps the segment's filter as it was, and its rows are written after the request
 * ({@code expansionDone} false until they all are).
 */
public record Batch(long id, Channel channel, MessageKind kind, String templateCode, String text, String subject, String segmentCode,
    SegmentFilter segmentFilter, Instant sendAt, long recipients, long suppressed, String createdBy, Instant createdAt, boolean expansionDone) {}
