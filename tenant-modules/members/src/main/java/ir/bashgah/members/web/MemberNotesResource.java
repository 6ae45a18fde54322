package ir.bashgah.members.web;

import ir.bashgah.kernel.access.Allowed;
import ir.bashgah.kernel.access.Permission;
import ir.bashgah.kernel.problem.Paging;
import ir.bashgah.members.application.NoteView;
import ir.bashgah.members.application.ReadNotes;
import ir.bashgah.members.application.RecordNote;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/** The timeline of staff notes on a member (M7): append-only, newest first. */
@ApplicationScoped
@Path("/v1/members/{memberCode}/notes")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class MemberNotesResource {
  @Inject RecordNote record;
  @Inject ReadNotes read;

  /** {"text", "kind"?}: kind is behaviour, temperament, call, visit, complaint or other (the default). */
  @POST
  @Allowed(Permission.MEMBERS_WRITE)
  public Response add(@PathParam("memberCode") String memberCode, RecordNote.NoteForm body) {
    return Response.status(Response.Status.CREATED).entity(record.record(memberCode, body)).build();
  }

  @GET
  @Allowed(Permission.MEMBERS_READ)
  public NoteView.Page list(
      @PathParam("memberCode") String memberCode, @QueryParam("page") String page, @QueryParam("size") String size) {
    Paging paging = Paging.of(page, size);
    return read.page(memberCode, paging.page(), paging.size());
  }
}
