package ir.bashgah.messaging.web;

import ir.bashgah.kernel.access.Allowed;
import ir.bashgah.kernel.access.Permission;
import ir.bashgah.kernel.access.RequiresFeature;
import ir.bashgah.kernel.problem.Paging;
import ir.bashgah.kernel.problem.Problem;
import ir.bashgah.messaging.application.PreviewMessage;
import ir.bashgah.messaging.application.SendMessages;
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
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/** The club's messages to its members (API-2.md, "Messaging"; C1): queued now, delivered by the outbox's worker. */
@ApplicationScoped
@Path("/v1/messages")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class MessagesResource {
  public record Recipients(List<String> memberCodes, String segment) {}

  public record SendRequest(String channel, Recipients to, String template, String subject, String text, String sendAt) {
    SendMessages.Request request() {
      return new SendMessages.Request(channel, to.memberCodes(), to.segment(), template, subject, text, sendAt);
    }
  }

  @Inject SendMessages send;
  @Inject PreviewMessage previews;

  @POST
  @Allowed(Permission.MESSAGES_SEND)
  @RequiresFeature("C1")
  @Transactional
  @Idempotent
  @APIResponse(responseCode = "202", description = "Accepted: queued in the outbox", content = @Content(schema = @Schema(implementation = SendMessages.Queued.class)))
  public Response send(SendRequest body) {
    if (body == null) {
      throw Problem.invalid("body", "is required: {\"channel\", \"to\": {\"memberCodes\": [...]}, \"text\"}");
    }
    if (body.to() == null) {
      throw Problem.invalid("to", "is required: {\"memberCodes\": [...]} or {\"segment\": \"<code>\"}");
    }
    SendMessages.Queued queued = send.send(body.request());
    return Response.accepted(queued).build();
  }

  /** What the send would reach and cost; writes nothing. */
  @POST
  @Path("estimate")
  @Allowed(Permission.MESSAGES_SEND)
  @RequiresFeature("C1")
  public SendMessages.Estimate estimate(SendRequest body) {
    if (body == null || body.to() == null) {
      throw Problem.invalid("to", "is required: {\"memberCodes\": [...]} or {\"segment\": \"<code>\"}");
    }
    return send.estimate(body.request());
  }

  public record PreviewRequest(String channel, String memberCode, String template, String subject, String text) {}

  /** The message as one member would get it now, filled with his values; writes nothing. */
  @POST
  @Path("preview")
  @Allowed(Permission.MESSAGES_SEND)
  @RequiresFeature("C1")
  public PreviewMessage.Preview preview(PreviewRequest body) {
    if (body == null) {
      throw Problem.invalid("body", "is required: {\"channel\", \"memberCode\", \"template\" or \"text\"}");
    }
    return previews.preview(body.channel(), body.memberCode(), body.template(), body.subject(), body.text());
  }

  @GET
  @Path("batches")
  @Allowed(Permission.MESSAGES_READ)
  @RequiresFeature("C1")
  public SendMessages.Batches batches(@QueryParam("page") String page, @QueryParam("size") String size) {
    return send.batches(Paging.of(page, size));
  }

  @GET
  @Path("batches/{batchId}")
  @Allowed(Permission.MESSAGES_READ)
  @RequiresFeature("C1")
  public SendMessages.BatchCounts batch(@PathParam("batchId") String batchId) {
    return send.batch(batchId);
  }

  /** The batch's messages, paged, those in one status when {@code status} is given (QUEUED, SENT, DELIVERED, FAILED, SUPPRESSED). */
  @GET
  @Path("batches/{batchId}/messages")
  @Allowed(Permission.MESSAGES_READ)
  @RequiresFeature("C1")
  public SendMessages.BatchMessages batchMessages(@PathParam("batchId") String batchId, @QueryParam("status") String status,
      @QueryParam("page") String page, @QueryParam("size") String size) {
    return send.ofBatch(batchId, status, Paging.of(page, size));
  }
}
