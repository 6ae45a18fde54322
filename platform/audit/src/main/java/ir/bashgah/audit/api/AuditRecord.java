package ir.bashgah.audit.api;

import java.time.Instant;

/** One audit entry as it is read back. {@code before} and {@code after} are JSON snapshots. */
public record AuditRecord(
    String id,
    Instant occurredAt,
    String tenant,
    String actorKind,
    String actorId,
    String actorName,
    String action,
    String targetType,
    String targetId,
    String before,
    String after,
    String requestId,
    String clientIp) {}
