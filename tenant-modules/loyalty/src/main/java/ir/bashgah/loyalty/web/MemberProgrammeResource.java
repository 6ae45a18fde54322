package ir.bashgah.loyalty.web;

import ir.bashgah.kernel.access.Allowed;
import ir.bashgah.kernel.access.Permission;
import ir.bashgah.kernel.access.RequiresFeature;
import ir.bashgah.kernel.problem.Problem;
import ir.bashgah.loyalty.api.BalanceView;
import ir.bashgah.loyalty.application.ChangeMemberProgramme;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** PUT /api/v1/members/{memberCode}/programme: moves the member to another of the club's programmes (L10). */
@ApplicationScoped
@Path("/v1/members/{memberCode}/programme")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class MemberProgrammeResource {
  @Inject ChangeMemberProgramme move;

  @PUT
  @Allowed(Permission.LOYALTY_CONFIGURE)
  @RequiresFeature("A3")
  public BalanceView move(@PathParam("memberCode") String memberCode, ChangeMemberProgramme.Move body) {
    if (body == null) {
      throw Problem.invalid("body", "is required: {\"programme\"}");
    }
    return move.move(memberCode, body);
  }
}
