package ir.bashgah.messaging.web;

import ir.bashgah.kernel.access.Allowed;
import ir.bashgah.kernel.access.Permission;
import ir.bashgah.kernel.access.RequiresFeature;
import ir.bashgah.kernel.problem.Problem;
import ir.bashgah.messaging.application.ConfigureQuietHours;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** The club's quiet hours for marketing messages: {@code {"from": "22:00", "until": "08:00"}}, Tehran time; equal times mean none. */
@ApplicationScoped
@Path("/v1/messaging/quiet-hours")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RequiresFeature("C1")
public class QuietHoursResource {
  public record QuietHoursRequest(String from, String until) {}

  @Inject ConfigureQuietHours quietHours;

  @GET
  @Allowed(Permission.MESSAGES_READ)
  public ConfigureQuietHours.QuietHoursView get() {
    return quietHours.get();
  }

  @PUT
  @Allowed(Permission.MESSAGES_SEND)
  public ConfigureQuietHours.QuietHoursView set(QuietHoursRequest body) {
    if (body == null) {
      throw Problem.invalid("body", "is required: {\"from\": \"22:00\", \"until\": \"08:00\"}");
    }
    return quietHours.set(body.from(), body.until());
  }
}
