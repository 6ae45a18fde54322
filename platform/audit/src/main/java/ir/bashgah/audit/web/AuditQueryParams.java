package ir.bashgah.audit.web;

import ir.bashgah.audit.api.AuditQuery;
import ir.bashgah.kernel.problem.Paging;
import ir.bashgah.kernel.problem.Validation;
import ir.bashgah.kernel.time.Instants;
import jakarta.ws.rs.QueryParam;
import java.time.Instant;

/** The query string of the audit endpoints; turned into an {@link AuditQuery} or a 422 naming the bad parameter. */
public class AuditQueryParams {
  @QueryParam("from")
  String from;

  @QueryParam("to")
  String to;

  @QueryParam("action")
  String action;

  @QueryParam("actor")
  String actor;

  @QueryParam("targetType")
  String targetType;

  @QueryParam("targetId")
  String targetId;

  @QueryParam("tenant")
  String tenant;

  @QueryParam("page")
  String page;

  @QueryParam("size")
  String size;

  public AuditQuery toQuery() {
    Validation v = new Validation();
    Instant fromInstant = instant("from", from, v);
    Instant toInstant = instant("to", to, v);
    v.throwIfInvalid();
    // An unreadable page or size is a malformed request (400), one out of range a 422, as on every list.
    Paging paging = Paging.parse(page, size, Paging.DEFAULT_SIZE, AuditQuery.MAX_SIZE);
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
