package ir.bashgah.audit.web;

import ir.bashgah.audit.api.AuditQuery;
import ir.bashgah.kernel.problem.FieldError;
import ir.bashgah.kernel.problem.Problem;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.QueryParam;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

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
  @DefaultValue("0")
  String page;

  @QueryParam("size")
  @DefaultValue("50")
  String size;

  public AuditQuery toQuery() {
    List<FieldError> errors = new ArrayList<>();
    Instant fromInstant = instant("from", from, errors);
    Instant toInstant = instant("to", to, errors);
    int pageNo = integer("page", page, 0, Integer.MAX_VALUE, errors);
    int pageSize = integer("size", size, 1, AuditQuery.MAX_SIZE, errors);
    if (!errors.isEmpty()) {
      throw Problem.invalid(errors);
    }
    return new AuditQuery(
        fromInstant, toInstant, blankToNull(action), blankToNull(actor), blankToNull(targetType),
        blankToNull(targetId), blankToNull(tenant), pageNo, pageSize);
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.trim();
  }

  private static Instant instant(String name, String value, List<FieldError> errors) {
    if (blankToNull(value) == null) {
      return null;
    }
    try {
      return OffsetDateTime.parse(value.trim()).toInstant();
    } catch (DateTimeParseException e) {
      errors.add(new FieldError(name, "must be an ISO-8601 instant with offset, e.g. 2026-11-23T10:00:00Z"));
      return null;
    }
  }

  private static int integer(String name, String value, int min, int max, List<FieldError> errors) {
    try {
      int n = Integer.parseInt(value.trim());
      if (n < min || n > max) {
        errors.add(new FieldError(name, "must be between " + min + " and " + max));
      }
      return n;
    } catch (NumberFormatException e) {
      errors.add(new FieldError(name, "must be a whole number"));
      return 0;
    }
  }
}
