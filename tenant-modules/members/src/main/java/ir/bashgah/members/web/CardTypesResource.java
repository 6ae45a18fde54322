package ir.bashgah.members.web;

import ir.bashgah.kernel.access.Allowed;
import ir.bashgah.kernel.access.Permission;
import ir.bashgah.members.application.ManageCardTypes.TypeForm;
import ir.bashgah.members.application.ManageCardTypes.TypeView;
import ir.bashgah.members.application.ManageCardTypes;
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

/** The club's card types (M3): {"code", "name", "validityMonths"? (null: never expires), "programmeCode"?}. */
@ApplicationScoped
@Path("/v1/card-types")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class CardTypesResource {
  @Inject ManageCardTypes types;

  @GET
  @Allowed(Permission.MEMBERS_READ)
  public List<TypeView> list() {
    return types.list();
  }

  @GET
  @Path("{code}")
  @Allowed(Permission.MEMBERS_READ)
  public TypeView get(@PathParam("code") String code) {
    return types.get(code);
  }

  @POST
  @Allowed(Permission.MEMBERS_CONFIGURE)
  public Response create(TypeForm body, @Context UriInfo uri) {
    TypeView created = types.create(body);
    return Response.created(uri.getAbsolutePathBuilder().path(created.code()).build()).entity(created).build();
  }

  /** New terms (name, validityMonths, programmeCode) for cards issued from now on. */
  @PUT
  @Path("{code}")
  @Allowed(Permission.MEMBERS_CONFIGURE)
  public TypeView change(@PathParam("code") String code, TypeForm body) {
    return types.change(code, body);
  }
}
