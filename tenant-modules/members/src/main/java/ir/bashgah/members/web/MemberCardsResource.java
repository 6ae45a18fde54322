package ir.bashgah.members.web;

import ir.bashgah.kernel.access.Allowed;
import ir.bashgah.kernel.access.Permission;
import ir.bashgah.members.application.CardView;
import ir.bashgah.members.application.FindMembers;
import ir.bashgah.members.application.IssueCard;
import ir.bashgah.web.api.Idempotent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;

/** A member's cards (M3): all of them, newest first, and another one issued. */
@ApplicationScoped
@Path("/v1/members/{memberCode}/cards")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class MemberCardsResource {
  @Inject IssueCard issue;
  @Inject FindMembers find;

  @GET
  @Allowed(Permission.MEMBERS_READ)
  public List<CardView> list(@PathParam("memberCode") String memberCode) {
    return find.byCode(memberCode).cards();
  }

  /** {"type"?} (STANDARD when left out); a retry with the same Idempotency-Key answers the same card. */
  @POST
  @Allowed(Permission.MEMBERS_WRITE)
  @Transactional
  @Idempotent(required = false)
  public Response issue(@PathParam("memberCode") String memberCode, IssueCard.CardForm body) {
    return Response.status(Response.Status.CREATED).entity(issue.issue(memberCode, body)).build();
  }
}
