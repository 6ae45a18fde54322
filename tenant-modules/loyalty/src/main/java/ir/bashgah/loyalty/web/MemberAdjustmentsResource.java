package ir.bashgah.loyalty.web;

import ir.bashgah.kernel.access.Allowed;
import ir.bashgah.kernel.access.Permission;
import ir.bashgah.kernel.problem.Problem;
import ir.bashgah.loyalty.application.AdjustBalance;
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
 * POST /api/v1/members/{memberCode}/adjustments (docs/integration.md): a manual change of points or credit,
 * with a reason; the Idempotency-Key is required so that a retried request changes nothing twice.
 */
@ApplicationScoped
@Path("/v1/members/{memberCode}/adjustments")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class MemberAdjustmentsResource {
  @Inject AdjustBalance adjust;

  @POST
  @Operation(summary = "Increase or decrease a member's points or credit", description = "amount: a whole number other than 0 from -10^15 to 10^15 (points or rials); a balance holds at most 9 x 10^15 (available and pending together): an increase beyond is 422 validation-failed naming amount; a decrease below zero is 422 insufficient-credit. docs/security.md.")
  @Allowed(Permission.LOYALTY_ADJUST)
  @Transactional
  @Idempotent
  public Response adjust(@PathParam("memberCode") String memberCode, AdjustBalance.Adjustment body) {
    if (body == null) {
      throw Problem.invalid("body", "is required: {\"asset\", \"amount\", \"reason\"}");
    }
    return Response.status(Response.Status.CREATED).entity(adjust.adjust(memberCode, body)).build();
  }
}
