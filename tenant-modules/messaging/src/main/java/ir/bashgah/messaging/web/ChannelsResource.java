package ir.bashgah.messaging.web;

import ir.bashgah.kernel.access.Allowed;
import ir.bashgah.kernel.access.Permission;
import ir.bashgah.kernel.access.RequiresFeature;
import ir.bashgah.messaging.application.ListChannels;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;

/** The channels the club may send on, with their plan features (the console's plan locks). */
@ApplicationScoped
@Path("/v1/messaging/channels")
@Produces(MediaType.APPLICATION_JSON)
@RequiresFeature("C1")
public class ChannelsResource {
  @Inject ListChannels channels;

  @GET
  @Allowed(Permission.MESSAGES_READ)
  public List<ListChannels.ChannelView> list() {
    return channels.list();
  }
}
