package ir.bashgah.loyalty.web;

import ir.bashgah.kernel.access.Allowed;
import ir.bashgah.kernel.access.Permission;
import ir.bashgah.kernel.access.RequiresFeature;
import ir.bashgah.kernel.problem.Problem;
import ir.bashgah.loyalty.api.BalanceView;
import ir.bashgah.loyalty.application.ChangeMemberProgramme;
import ir.bashgah.loyalty.application.ConvertPoints;
import ir.bashgah.loyalty.application.TransferBalance;
import ir.bashgah.web.idempotency.Idempotent;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * What staff do with a member's points and credit beyond the till: convert points to credit (L1),
 * transfer to another member (L8) — both B6, smart points management, and both retried safely with an
 * Idempotency-Key — and move him to another programme (L10).
 */
@RequestScoped
@Path("/v1/members/{memberCode}")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class MemberLoyaltyResource {
  @Inject ConvertPoints convert;
  @Inject TransferBalance transfer;
  @Inject ChangeMemberProgramme move;

  @POST
  @Path("conversions")
  @Allowed(Permission.MEMBERS_WRITE)
  @RequiresFeature("B6")
  @Transactional
  @Idempotent
  public Response convert(@PathParam("memberCode") String memberCode, ConvertPoints.Conversion body) {
    if (body == null) {
      throw Problem.invalid("body", "is required: {\"points\"}");
    }
    return Response.status(Response.Status.CREATED).entity(convert.convert(memberCode, body)).build();
  }

  @POST
  @Path("transfers")
  @Allowed(Permission.LOYALTY_ADJUST)
  @RequiresFeature("B6")
  @Transactional
  @Idempotent
  public Response transfer(@PathParam("memberCode") String memberCode, TransferBalance.Transfer body) {
    if (body == null) {
      throw Problem.invalid("body", "is required: {\"to\", \"asset\", \"amount\", \"reason\"}");
    }
    return Response.status(Response.Status.CREATED).entity(transfer.transfer(memberCode, body)).build();
  }

  @PUT
  @Path("programme")
  @Allowed(Permission.LOYALTY_CONFIGURE)
  @RequiresFeature("A3")
  public BalanceView programme(@PathParam("memberCode") String memberCode, ChangeMemberProgramme.Move body) {
    if (body == null) {
      throw Problem.invalid("body", "is required: {\"programme\"}");
    }
    return move.move(memberCode, body);
  }
}
