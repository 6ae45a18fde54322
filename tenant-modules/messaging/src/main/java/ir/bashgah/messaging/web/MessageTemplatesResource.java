package ir.bashgah.messaging.web;

import ir.bashgah.kernel.access.Allowed;
import ir.bashgah.kernel.access.Permission;
import ir.bashgah.kernel.access.RequiresFeature;
import ir.bashgah.kernel.problem.Problem;
import ir.bashgah.messaging.application.ManageTemplates;
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
 * The club's message templates (API-2.md, "Messaging"). A POST is not replayed by key: the code is the
 * template's name, so a repeated POST answers 409 and changes nothing.
 */
@ApplicationScoped
@Path("/v1/message-templates")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RequiresFeature("C1")
public class MessageTemplatesResource {
  public record TemplateRequest(String code, String channel, String text, String subject) {}

  @Inject ManageTemplates templates;

  @POST
  @Allowed(Permission.MESSAGES_SEND)
  @APIResponse(responseCode = "201", description = "Saved", content = @Content(schema = @Schema(implementation = ManageTemplates.TemplateView.class)))
  public Response create(TemplateRequest body) {
    TemplateRequest b = body == null ? new TemplateRequest(null, null, null, null) : body;
    ManageTemplates.TemplateView view = templates.create(b.code(), b.channel(), b.text(), b.subject());
    return Response.created(URI.create("message-templates/" + view.code())).entity(view).build();
  }

  @GET
  @Allowed(Permission.MESSAGES_READ)
  public List<ManageTemplates.TemplateView> all() {
    return templates.all();
  }

  @GET
  @Path("{code}")
  @Allowed(Permission.MESSAGES_READ)
  public ManageTemplates.TemplateView one(@PathParam("code") String code) {
    return templates.one(code);
  }

  @PUT
  @Path("{code}")
  @Allowed(Permission.MESSAGES_SEND)
  public ManageTemplates.TemplateView replace(@PathParam("code") String code, TemplateRequest body) {
    if (body == null) {
      throw Problem.invalid("body", "is required: {\"channel\", \"text\", \"subject\"?}");
    }
    return templates.replace(code, body.code(), body.channel(), body.text(), body.subject());
  }
}
