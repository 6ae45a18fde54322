package ir.bashgah.loyalty.web;

import ir.bashgah.kernel.access.Allowed;
import ir.bashgah.kernel.access.Permission;
import ir.bashgah.kernel.access.RequiresFeature;
import ir.bashgah.kernel.problem.Problem;
import ir.bashgah.loyalty.application.ConfigureProgramme;
import ir.bashgah.loyalty.domain.programme.Programme;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;

/**
 * The club's loyalty programmes (L2, L6, L9, L10, T1-T4). Rules are changed on plans with A3 (club
 * rules and policies); levels alone on plans with B4 (level configuration). A change names the
 * version it was made on.
 */
@ApplicationScoped
@Path("/v1/programmes")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ProgrammesResource {
  @Inject ConfigureProgramme configure;

  @GET
  @Allowed(Permission.MEMBERS_READ)
  public List<Programme> list() {
    return configure.list();
  }

  @GET
  @Path("{code}")
  @Allowed(Permission.MEMBERS_READ)
  public Programme get(@PathParam("code") String code) {
    return configure.get(code);
  }

  @POST
  @Allowed(Permission.LOYALTY_CONFIGURE)
  @RequiresFeature("A3")
  public Response create(ConfigureProgramme.NewProgramme body, @Context UriInfo uri) {
    Programme created = configure.create(required(body));
    return Response.created(uri.getAbsolutePathBuilder().path(created.code()).build()).entity(created).build();
  }

  @PUT
  @Path("{code}")
  @Allowed(Permission.LOYALTY_CONFIGURE)
  @RequiresFeature("A3")
  public Programme update(@PathParam("code") String code, ConfigureProgramme.Change body) {
    return configure.update(code, required(body));
  }

  @PUT
  @Path("{code}/levels")
  @Allowed(Permission.LOYALTY_CONFIGURE)
  @RequiresFeature("B4")
  public Programme updateLevels(@PathParam("code") String code, ConfigureProgramme.LevelsChange body) {
    return configure.updateLevels(code, required(body));
  }

  @PUT
  @Path("{code}/default")
  @Consumes(MediaType.WILDCARD)
  @Allowed(Permission.LOYALTY_CONFIGURE)
  @RequiresFeature("A3")
  public Programme makeDefault(@PathParam("code") String code) {
    return configure.makeDefault(code);
  }

  private static <T> T required(T body) {
    if (body == null) {
      throw Problem.invalid("body", "is required");
    }
    return body;
  }
}
