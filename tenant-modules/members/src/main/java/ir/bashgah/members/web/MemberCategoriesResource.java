package ir.bashgah.members.web;

import ir.bashgah.kernel.access.Allowed;
import ir.bashgah.kernel.access.Permission;
import ir.bashgah.members.application.ManageMemberCatalogues.EntryForm;
import ir.bashgah.members.application.ManageMemberCatalogues.EntryView;
import ir.bashgah.members.application.ManageMemberCatalogues;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
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
 * The club's member categories (M1): list, read, create {"code", "name"}, rename {"name"}, delete (409 while members are in
 * it). Written out rather than inherited from a shared base: the OpenAPI scanner does not follow
 * inherited endpoints.
 */
@ApplicationScoped
@Path("/v1/member-categories")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class MemberCategoriesResource {
  private static final ManageMemberCatalogues.Catalogue CATEGORIES = ManageMemberCatalogues.Catalogue.CATEGORIES;

  @Inject ManageMemberCatalogues catalogues;

  @GET
  @Allowed(Permission.MEMBERS_READ)
  public List<EntryView> list() {
    return catalogues.list(CATEGORIES);
  }

  @GET
  @Path("{code}")
  @Allowed(Permission.MEMBERS_READ)
  public EntryView get(@PathParam("code") String code) {
    return catalogues.get(CATEGORIES, code);
  }

  @POST
  @Allowed(Permission.MEMBERS_CONFIGURE)
  public Response create(EntryForm body, @Context UriInfo uri) {
    EntryView created = catalogues.create(CATEGORIES, body);
    return Response.created(uri.getAbsolutePathBuilder().path(created.code()).build()).entity(created).build();
  }

  @PUT
  @Path("{code}")
  @Allowed(Permission.MEMBERS_CONFIGURE)
  public EntryView rename(@PathParam("code") String code, EntryForm body) {
    return catalogues.rename(CATEGORIES, code, body);
  }

  @DELETE
  @Path("{code}")
  @Allowed(Permission.MEMBERS_CONFIGURE)
  public Response delete(@PathParam("code") String code) {
    catalogues.delete(CATEGORIES, code);
    return Response.noContent().build();
  }
}
