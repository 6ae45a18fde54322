package ir.bashgah.loyalty.web;

import ir.bashgah.kernel.access.Allowed;
import ir.bashgah.kernel.access.Permission;
import ir.bashgah.kernel.access.RequiresFeature;
import ir.bashgah.kernel.problem.Problem;
import ir.bashgah.loyalty.application.TransferBalance;
import ir.bashgah.web.api.Idempotent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * POST /api/v1/members/{memberCode}/transfers: points or credit moved to another member (L8; B6).
 * A management decision with a reason, retried safely with its Idempotency-Key.
 */
@ApplicationScoped
@Path("/v1/members/{memberCode}/transfers")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class MemberTransfersResource {
  @Inject TransferBalance transfer;

  @POST
  @Operation(summary = "Move points or credit to another member", description = "amount: 1 to 10^15; to: a member code (1-20 digits); the receiver holds at most 9 x 10^15: beyond is 422 validation-failed naming amount. docs/security.md.")
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
}
