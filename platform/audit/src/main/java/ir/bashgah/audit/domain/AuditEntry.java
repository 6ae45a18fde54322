package ir.bashgah.audit.domain;

import java.time.Instant;

/**
 * One entry as it is written: to the platform log ({@code platform}, with the tenant it concerns, if
 * any) or to the log of the tenant in context. {@code before} and {@code after} are JSON snapshots.
 */
public record AuditEntry(
    boolean platform,
    String tenantSlug,
    Instant occurredAt,
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
