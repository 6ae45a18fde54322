package ir.bashgah.audit.api;

import java.time.Instant;

/** Filters of an audit search; null means "any". {@code tenant} filters the platform log only. */
public record AuditQuery(
    Instant from,
    Instant to,
    String action,
    String actor,
    String targetType,
    String targetId,
    String tenant,
    int page,
    int size) {
  public static final int MAX_SIZE = 200;
}
