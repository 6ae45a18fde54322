package ir.bashgah.members.web;

import ir.bashgah.kernel.access.Allowed;
import ir.bashgah.kernel.access.Permission;
import ir.bashgah.members.application.SetMemberPin;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/** PUT /api/v1/members/{memberCode}/pin (docs/integration.md): sets or changes the PIN that guards credit. */
@ApplicationScoped
@Path("/v1/members/{memberCode}/pin")
@Consumes(MediaType.APPLICATION_JSON)
public class MemberPinResource {
  public record PinRequest(String pin) {}

  @Inject SetMemberPin pins;

  @PUT
  @Allowed(Permission.MEMBERS_WRITE)
  public Response set(@PathParam("memberCode") String memberCode, PinRequest body) {
    pins.set(memberCode, body == null ? null : body.pin());
    return Response.noContent().build();
  }
}
