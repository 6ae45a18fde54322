package ir.bashgah.audit.web;

import ir.bashgah.audit.api.AuditQuery;
import jakarta.ws.rs.QueryParam;

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
    return AuditQuery.parse(from, to, action, actor, targetType, targetId, tenant, page, size);
  }
}
