package ir.bashgah.messaging.web;

import ir.bashgah.kernel.access.Allowed;
import ir.bashgah.kernel.access.Permission;
import ir.bashgah.kernel.problem.Problem;
import ir.bashgah.messaging.api.MemberConsents;
import ir.bashgah.messaging.application.RecordConsent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/**
 * A member's consent per channel (API-2.md, "Messaging"). Not behind a plan feature: a member's
 * refusal must be recordable in every club, whatever it may send.
 */
@ApplicationScoped
@Path("/v1/members/{memberCode}/consents")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class MemberConsentsResource {
  /** {@code messenger} is optional beside API-2's three: a client that knows only those keeps working. */
  public record ConsentRequest(Boolean sms, Boolean email, Boolean push, Boolean messenger) {}

  @Inject RecordConsent consents;

  @GET
  @Allowed(Permission.MEMBERS_READ)
  public MemberConsents.ConsentView of(@PathParam("memberCode") String memberCode) {
    return consents.of(memberCode);
  }

  @PUT
  @Allowed(Permission.MEMBERS_WRITE)
  public MemberConsents.ConsentView record(@PathParam("memberCode") String memberCode, ConsentRequest body) {
    if (body == null) {
      throw Problem.invalid("body", "is required: {\"sms\": true|false, \"email\": true|false, \"push\": true|false, \"messenger\"?: true|false}");
    }
    return consents.record(memberCode, body.sms(), body.email(), body.push(), body.messenger());
  }
}
