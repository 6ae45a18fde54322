package ir.bashgah.messaging.web;

import ir.bashgah.kernel.access.Allowed;
import ir.bashgah.kernel.access.Permission;
import ir.bashgah.kernel.access.RequiresFeature;
import ir.bashgah.kernel.problem.Problem;
import ir.bashgah.messaging.application.ConfigureAutomations;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;

/** The club's automatic messages, one per trigger (API-2.md, "Messaging"); marketing triggers need C5 as well. */
@ApplicationScoped
@Path("/v1/messaging/automations")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RequiresFeature("C1")
public class AutomationsResource {
  public record AutomationRequest(Boolean enabled, String channel, String template) {}

  @Inject ConfigureAutomations automations;

  @GET
  @Allowed(Permission.MESSAGES_READ)
  public List<ConfigureAutomations.AutomationView> all() {
    return automations.all();
  }

  @PUT
  @Path("{trigger}")
  @Allowed(Permission.MESSAGES_SEND)
  public ConfigureAutomations.AutomationView configure(@PathParam("trigger") String trigger, AutomationRequest body) {
    if (body == null) {
      throw Problem.invalid("body", "is required: {\"enabled\", \"channel\", \"template\"}");
    }
    return automations.configure(trigger, body.enabled(), body.channel(), body.template());
  }
}
