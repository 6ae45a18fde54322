package ir.bashgah.audit.api;

import ir.bashgah.kernel.problem.Paging;
import ir.bashgah.kernel.problem.Validation;
import ir.bashgah.kernel.time.Instants;
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

  /**
   * The query as an audit endpoint's query string gives it (blank means "any"), or a 422 naming the
   * bad parameter; an unreadable page or size is a malformed request (400), one out of range a 422,
   * as on every list.
   */
  public static AuditQuery parse(
      String from, String to, String action, String actor, String targetType, String targetId, String tenant, String page, String size) {
    Validation v = new Validation();
    Instant fromInstant = instant("from", from, v);
    Instant toInstant = instant("to", to, v);
    v.throwIfInvalid();
    Paging paging = Paging.parse(page, size, Paging.DEFAULT_SIZE, MAX_SIZE);
    return new AuditQuery(
        fromInstant, toInstant, blankToNull(action), blankToNull(actor), blankToNull(targetType),
        blankToNull(targetId), blankToNull(tenant), paging.page(), paging.size());
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.trim();
  }

  private static Instant instant(String name, String value, Validation v) {
    if (blankToNull(value) == null) {
      return null;
    }
    Instant at = Instants.parse(value, name, v);
    Instants.requireFilter(at, name, v);
    return at;
  }
}
