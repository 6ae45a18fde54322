package ir.bashgah.messaging.web;

import ir.bashgah.kernel.access.Allowed;
import ir.bashgah.kernel.access.Permission;
import ir.bashgah.kernel.access.RequiresFeature;
import ir.bashgah.kernel.problem.Problem;
import ir.bashgah.messaging.application.ManageSegments;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/**
 * The club's segments: saved member filters that a send can name ({@code "to": {"segment": "<code>"}}).
 * A POST is not replayed by key: the code names the segment, so a repeated POST answers 409.
 */
@ApplicationScoped
@Path("/v1/segments")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RequiresFeature("C1")
public class SegmentsResource {
  public record SegmentRequest(String code, String name, ManageSegments.FilterForm filter) {}

  @Inject ManageSegments segments;

  @POST
  @Allowed(Permission.MESSAGES_SEND)
  @APIResponse(responseCode = "201", description = "Saved", content = @Content(schema = @Schema(implementation = ManageSegments.SegmentView.class)))
  public Response create(SegmentRequest body) {
    SegmentRequest b = body == null ? new SegmentRequest(null, null, null) : body;
    ManageSegments.SegmentView view = segments.create(b.code(), b.name(), b.filter());
    return Response.created(URI.create("segments/" + view.code())).entity(view).build();
  }

  @GET
  @Allowed(Permission.MESSAGES_READ)
  public List<ManageSegments.SegmentView> all() {
    return segments.all();
  }

  @GET
  @Path("{code}")
  @Allowed(Permission.MESSAGES_READ)
  public ManageSegments.SegmentView one(@PathParam("code") String code) {
    return segments.one(code);
  }

  @PUT
  @Path("{code}")
  @Allowed(Permission.MESSAGES_SEND)
  public ManageSegments.SegmentView replace(@PathParam("code") String code, SegmentRequest body) {
    if (body == null) {
      throw Problem.invalid("body", "is required: {\"name\", \"filter\": {...}}");
    }
    if (body.code() != null && !body.code().trim().equals(code)) {
      throw Problem.invalid("code", "must be the segment's code in the address (" + code + ") or left out");
    }
    return segments.replace(code, body.name(), body.filter());
  }
}
