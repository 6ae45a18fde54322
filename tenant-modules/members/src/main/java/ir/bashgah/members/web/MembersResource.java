package ir.bashgah.members.web;

import ir.bashgah.kernel.access.Allowed;
import ir.bashgah.kernel.access.Permission;
import ir.bashgah.kernel.access.RequiresFeature;
import ir.bashgah.kernel.problem.Paging;
import ir.bashgah.kernel.problem.Problem;
import ir.bashgah.members.application.ChangeMemberStatus;
import ir.bashgah.members.application.EditMember;
import ir.bashgah.members.application.FindMembers;
import ir.bashgah.members.application.IssueMemberQr;
import ir.bashgah.members.application.MemberForm;
import ir.bashgah.members.application.MemberView;
import ir.bashgah.members.application.RegisterMember;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.GenericEntity;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.Map;

/** Members for the club's staff (docs/integration.md, Members; requirement M1-M7). */
@ApplicationScoped
@Path("/v1/members")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class MembersResource {
  static final String TOTAL_COUNT = "X-Total-Count";

  @Inject RegisterMember register;
  @Inject FindMembers find;
  @Inject EditMember edit;
  @Inject ChangeMemberStatus status;
  @Inject IssueMemberQr qr;

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

  /**
   * Changes the fields sent (any field of registration; null clears an optional one), checked as at
   * registration. The body is read as a plain object so that a field left out and a field sent as
   * null can be told apart.
   */
  @PATCH
  @Path("{memberCode}")
  @Allowed(Permission.MEMBERS_WRITE)
  public MemberView edit(@PathParam("memberCode") String memberCode, Map<String, Object> body) {
    return edit.edit(memberCode, body);
  }

  /** M5: {"active", "creditActive", "reason"}. */
  @PUT
  @Path("{memberCode}/status")
  @Allowed(Permission.MEMBERS_WRITE)
  public MemberView changeStatus(@PathParam("memberCode") String memberCode, ChangeMemberStatus.StatusForm body) {
    return status.change(memberCode, body);
  }

  /**
   * The member's personal QR code (B7): {@code kind=printed} for the card it is printed on
   * (cardNumber chooses which; the newest usable one otherwise), {@code kind=digital} (the default)
   * for a phone screen, valid a few minutes. The till sends the payload to POST /pos/lookup as {"qr"}.
   */
  @GET
  @Path("{memberCode}/qr")
  @Allowed(Permission.MEMBERS_READ)
  @RequiresFeature("B7")
  public IssueMemberQr.QrView qr(@PathParam("memberCode") String memberCode, @QueryParam("kind") String kind, @QueryParam("cardNumber") String cardNumber) {
    return qr.qr(memberCode, kind, cardNumber);
  }

  /** The same code as a PNG, {@code size} pixels wide (100 to 1000). Not to be cached: a digital code expires. */
  @GET
  @Path("{memberCode}/qr.png")
  @Produces("image/png")
  @Allowed(Permission.MEMBERS_READ)
  @RequiresFeature("B7")
  public Response qrImage(
      @PathParam("memberCode") String memberCode,
      @QueryParam("kind") String kind,
      @QueryParam("cardNumber") String cardNumber,
      @QueryParam("size") @DefaultValue("300") int size) {
    return Response.ok(qr.png(memberCode, kind, cardNumber, size), "image/png").header("Cache-Control", "no-store").build();
  }

  /**
   * One of mobile, nationalCode, cardNumber, code answers at most one member; tag (B2) or q (a name
   * prefix) a page by name; nothing a page of every member, newest first. The header X-Total-Count
   * says how many match in all, for paging.
   */
  @GET
  @Allowed(Permission.MEMBERS_READ)
  public Response search(
      @QueryParam("mobile") String mobile,
      @QueryParam("nationalCode") String nationalCode,
      @QueryParam("cardNumber") String cardNumber,
      @QueryParam("code") String code,
      @QueryParam("tag") String tag,
      @QueryParam("q") String name,
      @QueryParam("page") String page,
      @QueryParam("size") String size) {
    Paging paging = Paging.of(page, size);
    FindMembers.Found found =
        find.search(new FindMembers.Criteria(blank(mobile), blank(nationalCode), blank(cardNumber), blank(code), blank(tag), blank(name), paging.page(), paging.size()));
    return Response.ok(new GenericEntity<List<MemberView>>(found.members()) {}).header(TOTAL_COUNT, found.total()).build();
  }

  private static String blank(String s) {
    return s == null || s.isBlank() ? null : s;
  }
}
