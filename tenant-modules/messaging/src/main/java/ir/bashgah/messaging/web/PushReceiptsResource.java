package ir.bashgah.messaging.web;

import ir.bashgah.kernel.access.PublicEndpoint;
import ir.bashgah.kernel.problem.Problem;
import ir.bashgah.messaging.application.RecordPushReceipt;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/**
 * Web push delivery receipts (plan feature C4): the member portal's service worker posts one when it
 * shows a notification. No login (a service worker woken by a push has none to hand); the token the
 * push carried is the proof, and names the club.
 */
@ApplicationScoped
@Path("/v1/push/receipts")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class PushReceiptsResource {
  public record Receipt(String messageId, String token) {}

  @Inject RecordPushReceipt receipts;

  @POST
  @PublicEndpoint
  @Operation(summary = "A browser showed a web push",
      description = "messageId and token exactly as the push's payload carried them. The message becomes DELIVERED if it was SENT; the answer is 204"
          + " whatever the message's state, and a token that does not match the message is 422 naming token. Posting twice changes nothing more.")
  @APIResponse(responseCode = "204", description = "Recorded (or nothing to record)")
  public Response record(Receipt body) {
    if (body == null) {
      throw Problem.invalid("body", "is required: {\"messageId\", \"token\"} as the push carried them");
    }
    receipts.record(body.messageId(), body.token());
    return Response.noContent().build();
  }
}
