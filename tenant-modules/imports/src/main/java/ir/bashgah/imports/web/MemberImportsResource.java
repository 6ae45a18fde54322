package ir.bashgah.imports.web;

import ir.bashgah.imports.application.MemberImportView;
import ir.bashgah.imports.application.ReadMemberImports;
import ir.bashgah.imports.application.StartMemberImport;
import ir.bashgah.kernel.TenantContext;
import ir.bashgah.kernel.access.Allowed;
import ir.bashgah.kernel.access.Permission;
import ir.bashgah.kernel.problem.Paging;
import ir.bashgah.members.api.RowProblem;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import jakarta.ws.rs.core.UriInfo;
import java.io.InputStream;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;

/**
 * Imports of existing customers with their opening points and credit from CSV or XLSX (M1, L7, P10;
 * docs/member-import.md). Owners and managers only; every plan, since bringing a club's customers in
 * is how every plan starts.
 */
@ApplicationScoped
@Path("/v1/member-imports")
@Produces(MediaType.APPLICATION_JSON)
public class MemberImportsResource {
  @Inject StartMemberImport start;
  @Inject ReadMemberImports read;

  /** The raw file is the body; 202 with the import, or 200 with the import an Idempotency-Key already started. */
  @POST
  @Consumes(MediaType.WILDCARD)
  @Allowed(Permission.MEMBERS_IMPORT)
  // Any type is taken so that another one is answered with the import's own 415; the description names the two it reads.
  @RequestBody(required = true, description = "The file as it is, at most 512 MiB (docs/member-import.md)", content = {
      @Content(mediaType = "text/csv"), @Content(mediaType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")})
  public Response upload(InputStream body, @QueryParam("name") String name, @HeaderParam("Idempotency-Key") String key, @Context HttpHeaders headers,
      @Context UriInfo uri) {
    StartMemberImport.Started started = start.start(body, headers.getHeaderString(HttpHeaders.CONTENT_TYPE), headers.getLength(), name, blank(key));
    MemberImportView view = started.memberImport();
    return Response.status(started.replayed() ? Response.Status.OK : Response.Status.ACCEPTED)
        .location(uri.getAbsolutePathBuilder().path(view.id()).build()).entity(view).build();
  }

  @GET
  @Allowed(Permission.MEMBERS_IMPORT)
  public ReadMemberImports.Page<MemberImportView> list(@QueryParam("page") String page, @QueryParam("size") String size) {
    return read.newestFirst(Paging.of(page, size));
  }

  @GET
  @Path("{id}")
  @Allowed(Permission.MEMBERS_IMPORT)
  public MemberImportView get(@PathParam("id") String id) {
    return read.byId(id);
  }

  @GET
  @Path("{id}/errors")
  @Allowed(Permission.MEMBERS_IMPORT)
  public ReadMemberImports.Page<RowProblem> errors(@PathParam("id") String id, @QueryParam("page") String page,
      @QueryParam("size") String size) {
    return read.errors(id, Paging.of(page, size));
  }

  /** The whole report for Excel: row, field, message. */
  @GET
  @Path("{id}/errors.csv")
  @Produces("text/csv")
  @Allowed(Permission.MEMBERS_IMPORT)
  public Response errorsCsv(@PathParam("id") String id) {
    long importId = read.existing(id).id();
    // The body is written after the request's filters have cleared the thread's tenant, so it takes the tenant along.
    TenantContext.TenantRef tenant = TenantContext.require();
    StreamingOutput csv = out -> {
      try {
        TenantContext.callAs(tenant, () -> {
          read.errorsCsv(Long.toString(importId), out);
          return null;
        });
      } catch (java.io.IOException | RuntimeException e) {
        throw e;
      } catch (Exception e) {
        throw new IllegalStateException(e);
      }
    };
    return Response.ok(csv, "text/csv; charset=UTF-8").header("Content-Disposition", "attachment; filename=\"import-" + importId + "-errors.csv\"").build();
  }

  private static String blank(String s) {
    return s == null || s.isEmpty() ? null : s;
  }
}
