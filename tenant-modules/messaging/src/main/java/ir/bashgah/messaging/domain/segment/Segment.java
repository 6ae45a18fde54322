package ir.bashgah.messaging.domain.segment;

import ir.bashgah.messaging.api.SegmentFilter;
import java.time.Instant;

/** A club's saved member filter, by its code. */
public record Segment(String code, String name, SegmentFilter filter, Instant createdAt, Instant updatedAt) {}
