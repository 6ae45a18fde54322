package ir.bashgah.messaging.web;

import ir.bashgah.kernel.access.Allowed;
import ir.bashgah.kernel.access.Permission;
import ir.bashgah.kernel.access.RequiresFeature;
import ir.bashgah.kernel.problem.Paging;
import ir.bashgah.messaging.application.SendMessages;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

/** GET /api/v1/members/{memberCode}/messages: what the club sent the member, newest first, paged. */
@ApplicationScoped
@Path("/v1/members/{memberCode}/messages")
@Produces(MediaType.APPLICATION_JSON)
public class MemberMessagesResource {
  @Inject SendMessages send;

  @GET
  @Allowed(Permission.MESSAGES_READ)
  @RequiresFeature("C1")
  public SendMessages.MemberMessages messages(@PathParam("memberCode") String memberCode, @QueryParam("page") String page, @QueryParam("size") String size) {
    return send.ofMember(memberCode, Paging.of(page, size));
  }
}
