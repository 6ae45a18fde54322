package ir.bashgah.portal.web;

import ir.bashgah.kernel.access.Allowed;
import ir.bashgah.kernel.access.Permission;
import ir.bashgah.kernel.access.PublicEndpoint;
import ir.bashgah.kernel.problem.Problem;
import ir.bashgah.members.api.MemberProfiles;
import ir.bashgah.portal.application.DescribeClub;
import ir.bashgah.portal.application.EditOwnProfile;
import ir.bashgah.portal.application.RequestLoginCode;
import ir.bashgah.portal.application.ShowInvoiceByLink;
import ir.bashgah.portal.application.ShowOwnAccount;
import ir.bashgah.portal.application.SignInMember;
import ir.bashgah.security.api.AccessToken;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/**
 * The member portal's API (API-2.md, "Member portal"; docs/portal.md): signing in by a code sent to
 * the member's mobile, and then, with the member's token, his own account and nothing else. Public
 * calls name the club in the path; a member's calls take the club and the member from the token.
 */
@ApplicationScoped
@Path("/v1/portal")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class PortalResource {
  public record CodeRequest(String mobile) {}

  public record SessionRequest(String mobile, String code) {}

  public record LinkRequest(String token) {}

  public record ConsentRequest(Boolean sms, Boolean email, Boolean push, Boolean messenger) {}

  public record PushKeys(String p256dh, String auth) {}

  public record PushSubscription(String endpoint, PushKeys keys) {}

  public record Unsubscribe(String endpoint) {}

  @Inject DescribeClub clubs;
  @Inject RequestLoginCode codes;
  @Inject SignInMember signIn;
  @Inject ShowOwnAccount account;
  @Inject EditOwnProfile edits;
  @Inject ShowInvoiceByLink links;

  @GET
  @Path("{club}/club")
  @PublicEndpoint
  @Operation(summary = "The club's name, look and what its portal offers, before anyone signs in")
  public DescribeClub.Club club(@PathParam("club") String club) {
    return clubs.describe(club);
  }

  @POST
  @Path("{club}/otp")
  @PublicEndpoint
  @Operation(summary = "Send a sign-in code to a member's mobile",
      description = "202 whether or not the mobile is a member's. More than 5 requests per mobile or 20 per client address in an hour: 429 too-many-requests with Retry-After.")
  @APIResponse(responseCode = "202", description = "Sent if the mobile is a member's", content = @Content(schema = @Schema(implementation = RequestLoginCode.Requested.class)))
  public Response requestCode(@PathParam("club") String club, CodeRequest body) {
    if (body == null) {
      throw Problem.invalid("mobile", "is required: {\"mobile\": \"09121234567\"}");
    }
    return Response.accepted(codes.request(club, body.mobile())).build();
  }

  @POST
  @Path("{club}/session")
  @PublicEndpoint
  @Operation(summary = "Sign in with the code", description = "A wrong, used or expired code is 401 unauthorized; after 5 wrong tries the code no longer works.")
  public AccessToken session(@PathParam("club") String club, SessionRequest body, @HeaderParam(HttpHeaders.USER_AGENT) String userAgent) {
    if (body == null) {
      throw Problem.invalid("code", "is required: {\"mobile\", \"code\"}");
    }
    return signIn.withCode(club, body.mobile(), body.code(), userAgent);
  }

  @POST
  @Path("{club}/session/link")
  @PublicEndpoint
  @Operation(summary = "Sign in with the link of the code's SMS", description = "Each link signs in once, within 10 minutes of the SMS.")
  public AccessToken sessionByLink(@PathParam("club") String club, LinkRequest body, @HeaderParam(HttpHeaders.USER_AGENT) String userAgent) {
    if (body == null) {
      throw Problem.invalid("token", "is required: {\"token\"} from the link /p/{club}/l/{token}");
    }
    return signIn.withLink(club, body.token(), userAgent);
  }

  @DELETE
  @Path("session")
  @Allowed(Permission.PORTAL_SELF)
  @Operation(summary = "Sign out: the member's token stops working at once")
  @APIResponse(responseCode = "204", description = "Signed out")
  public Response signOut() {
    signIn.signOut();
    return Response.noContent().build();
  }

  @GET
  @Path("me")
  @Allowed(Permission.PORTAL_SELF)
  @Operation(summary = "The signed-in member: balances, level and progress, what expires when, profile, consents")
  public PortalAnswers.MemberHome me() {
    return PortalAnswers.me(account.me());
  }

  @PATCH
  @Path("me")
  @Allowed(Permission.PORTAL_SELF)
  @Operation(summary = "Change the member's own profile fields",
      description = "Any of title, firstName, lastName, nationalCode, birthDate, marriageDate, educationDegree, educationField, phone, address, city, postalCode,"
          + " email; null clears a field. Checked as the staff edit checks them (422 naming each field).")
  public PortalAnswers.MemberHome edit(Map<String, Object> body) {
    return PortalAnswers.me(edits.edit(body));
  }

  @PUT
  @Path("me/consents")
  @Allowed(Permission.PORTAL_SELF)
  @Operation(summary = "The member's consent per channel; a channel left out keeps its value")
  public PortalAnswers.Consents consents(ConsentRequest body) {
    if (body == null) {
      throw Problem.invalid("body", "name at least one of sms, email, push, messenger with true or false");
    }
    return PortalAnswers.consents(edits.consent(body.sms(), body.email(), body.push(), body.messenger()));
  }

  @GET
  @Path("me/ledger")
  @Allowed(Permission.PORTAL_SELF)
  @Operation(summary = "The member's ledger, newest first (20 a page by default, at most 100)")
  public PortalAnswers.Ledger ledger(@QueryParam("page") String page, @QueryParam("size") String size) {
    return PortalAnswers.ledger(account.ledger(page, size));
  }

  @GET
  @Path("me/invoices")
  @Allowed(Permission.PORTAL_SELF)
  @Operation(summary = "The member's invoices, newest first (20 a page by default, at most 100)")
  public PortalAnswers.Invoices invoices(@QueryParam("page") String page, @QueryParam("size") String size) {
    return PortalAnswers.invoices(account.invoices(page, size));
  }

  @GET
  @Path("me/invoices/{id}")
  @Allowed(Permission.PORTAL_SELF)
  @Operation(summary = "One of the member's invoices, as its page shows it")
  public PortalAnswers.PortalInvoice invoice(@PathParam("id") String id) {
    return PortalAnswers.invoice(account.invoice(invoiceId(id)));
  }

  @GET
  @Path("me/offers")
  @Allowed(Permission.PORTAL_SELF)
  @Operation(summary = "The member's personal offers and codes (filled by the offers module; empty until it exists)")
  public PortalAnswers.Offers offers() {
    account.requireMember();
    return new PortalAnswers.Offers(List.of());
  }

  @GET
  @Path("me/qr")
  @Allowed(Permission.PORTAL_SELF)
  @Operation(summary = "A fresh QR code for the till (B7), good for a few minutes")
  public MemberProfiles.Qr qr() {
    return account.qr();
  }

  @POST
  @Path("me/push-subscriptions")
  @Allowed(Permission.PORTAL_SELF)
  @Operation(summary = "Keep this browser's web push subscription (PushSubscription.toJSON())")
  @APIResponse(responseCode = "201", description = "Kept")
  public Response subscribe(PushSubscription body, @HeaderParam(HttpHeaders.USER_AGENT) String userAgent) {
    if (body == null) {
      throw Problem.invalid("endpoint", "is required: the browser's PushSubscription.toJSON()");
    }
    PushKeys keys = body.keys() == null ? new PushKeys(null, null) : body.keys();
    edits.subscribe(body.endpoint(), keys.p256dh(), keys.auth(), userAgent);
    return Response.status(Response.Status.CREATED).build();
  }

  @DELETE
  @Path("me/push-subscriptions")
  @Allowed(Permission.PORTAL_SELF)
  @Operation(summary = "Forget this browser's web push subscription")
  @APIResponse(responseCode = "204", description = "Forgotten (or there was none)")
  public Response unsubscribe(Unsubscribe body) {
    if (body == null || body.endpoint() == null) {
      throw Problem.invalid("endpoint", "is required: the subscription's endpoint");
    }
    edits.unsubscribe(body.endpoint());
    return Response.noContent().build();
  }

  @GET
  @Path("invoices/{token}")
  @PublicEndpoint
  @Operation(summary = "An invoice's page by its link (C3), without signing in: the link's token is the key")
  public PortalAnswers.PortalInvoice invoiceByLink(@PathParam("token") String token) {
    return PortalAnswers.invoice(links.show(token));
  }

  private static long invoiceId(String id) {
    try {
      return Long.parseLong(id);
    } catch (NumberFormatException e) {
      throw Problem.notFound("You have no invoice " + id);
    }
  }
}
