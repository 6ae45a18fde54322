package ir.bashgah.members.web;

import ir.bashgah.kernel.access.Allowed;
import ir.bashgah.kernel.access.Permission;
import ir.bashgah.kernel.problem.Problem;
import ir.bashgah.kernel.problem.Paging;
import ir.bashgah.members.application.FindMembers;
import ir.bashgah.members.application.MemberForm;
import ir.bashgah.members.application.MemberView;
import ir.bashgah.members.application.RegisterMember;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;

/** Members for the club's staff (POS-API.md, Members; REQUIREMENTS.md M1-M7). */
@RequestScoped
@Path("/v1/members")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class MembersResource {
  @Inject RegisterMember register;
  @Inject FindMembers find;

  @POST
  @Allowed(Permission.MEMBERS_WRITE)
  /** The body is a {@link MemberForm}: every field of M1, as typed; the form checks and normalises it. */
  public Response register(MemberForm body, @Context UriInfo uri) {
    if (body == null) {
      throw Problem.invalid("body", "is required: {\"firstName\", \"lastName\", \"mobile\", ...}");
    }
    MemberView created = register.register(body);
    return Response.created(uri.getAbsolutePathBuilder().path(created.memberCode()).build()).entity(created).build();
  }

  @GET
  @Path("{memberCode}")
  @Allowed(Permission.MEMBERS_READ)
  public MemberView get(@PathParam("memberCode") String memberCode) {
    return find.byCode(memberCode);
  }

  @GET
  @Allowed(Permission.MEMBERS_READ)
  public List<MemberView> search(
      @QueryParam("mobile") String mobile,
      @QueryParam("nationalCode") String nationalCode,
      @QueryParam("cardNumber") String cardNumber,
      @QueryParam("code") String code,
      @QueryParam("q") String name,
      @QueryParam("page") @DefaultValue("0") int page,
      @QueryParam("size") @DefaultValue("50") int size) {
    Paging paging = Paging.checked(page, size);
    return find.search(new FindMembers.Criteria(blank(mobile), blank(nationalCode), blank(cardNumber), blank(code), blank(name), paging.page(), paging.size()));
  }

  private static String blank(String s) {
    return s == null || s.isBlank() ? null : s;
  }
}
