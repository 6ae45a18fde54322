package ir.bashgah.loyalty.web;

import ir.bashgah.kernel.access.Allowed;
import ir.bashgah.kernel.access.Permission;
import ir.bashgah.kernel.access.RequiresFeature;
import ir.bashgah.kernel.problem.Problem;
import ir.bashgah.loyalty.application.ConvertPoints;
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
 * POST /api/v1/members/{memberCode}/conversions: points turned into credit at the group's rate (L1;
 * B6, smart points management). Retried safely with its Idempotency-Key.
 */
@ApplicationScoped
@Path("/v1/members/{memberCode}/conversions")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class MemberConversionsResource {
  @Inject ConvertPoints convert;

  @POST
  @Operation(summary = "Turn points into credit at the group's rate", description = "points: 1 to 10^15; the credit produced at most 10^15 rials and the balance at most 9 x 10^15: beyond is 422 validation-failed naming points. docs/security.md.")
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
}
