package ir.bashgah.security.web;

import ir.bashgah.kernel.access.Allowed;
import ir.bashgah.kernel.access.Permission;
import ir.bashgah.kernel.problem.Problem;
import ir.bashgah.security.application.EndSessions;
import ir.bashgah.security.application.ListSessions;
import ir.bashgah.security.application.ManageStaff;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;

/** The club's staff accounts and roles (A6, K6). */
@jakarta.enterprise.context.ApplicationScoped
@Path("/v1/staff")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class StaffResource {
  @Inject ManageStaff staff;
  @Inject ListSessions sessions;
  @Inject EndSessions endSessions;

  @GET
  @Allowed(Permission.STAFF_READ)
  public List<ManageStaff.StaffView> list() {
    return staff.list();
  }

  @POST
  @Allowed(Permission.STAFF_MANAGE)
  public Response create(ManageStaff.NewStaff body, @Context UriInfo uri) {
    if (body == null) {
      throw Problem.invalid("body", "is required");
    }
    ManageStaff.StaffView created = staff.create(body);
    return Response.created(uri.getAbsolutePathBuilder().path(created.username()).build()).entity(created).build();
  }

  @PATCH
  @Path("{username}")
  @Allowed(Permission.STAFF_MANAGE)
  public ManageStaff.StaffView change(@PathParam("username") String username, ManageStaff.StaffChange body) {
    if (body == null) {
      throw Problem.invalid("body", "is required");
    }
    return staff.change(username, body);
  }

  /** The staff member's open sessions, for whoever manages his account. */
  @GET
  @Path("{username}/sessions")
  @Allowed(Permission.STAFF_MANAGE)
  public List<ListSessions.SessionView> sessions(@PathParam("username") String username) {
    return sessions.ofStaff(username);
  }

  /** Signs the staff member out everywhere: every token of his ends at once. */
  @DELETE
  @Path("{username}/sessions")
  @Allowed(Permission.STAFF_MANAGE)
  @Consumes(MediaType.WILDCARD)
  public Response endAllSessions(@PathParam("username") String username) {
    endSessions.endOfStaff(username, null);
    return Response.noContent().build();
  }

  @DELETE
  @Path("{username}/sessions/{id}")
  @Allowed(Permission.STAFF_MANAGE)
  @Consumes(MediaType.WILDCARD)
  public Response endSession(@PathParam("username") String username, @PathParam("id") String id) {
    endSessions.endOfStaff(username, AuthResource.sessionId(id));
    return Response.noContent().build();
  }
}
