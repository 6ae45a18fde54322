package ir.bashgah.security.web;

import ir.bashgah.kernel.CallContext;
import ir.bashgah.kernel.TenantContext;
import ir.bashgah.kernel.access.Actor;
import ir.bashgah.kernel.access.Allowed;
import ir.bashgah.kernel.access.Permission;
import ir.bashgah.kernel.access.PublicEndpoint;
import ir.bashgah.kernel.access.RequiresFeature;
import ir.bashgah.kernel.persistence.Transactions;
import ir.bashgah.kernel.problem.Problem;
import ir.bashgah.security.api.AccessToken;
import ir.bashgah.security.application.ChangeOwnPassword;
import ir.bashgah.security.application.CurrentStaff;
import ir.bashgah.security.application.EndSessions;
import ir.bashgah.security.application.EnrolInMfa;
import ir.bashgah.security.application.ListSessions;
import ir.bashgah.security.application.LogIn;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.CookieParam;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.NewCookie;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/** Login, sessions, the caller's own account and MFA (docs/integration.md, Authentication; K4; docs/security.md). */
@jakarta.enterprise.context.RequestScoped
@Path("/v1/auth")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class AuthResource {
  public record LoginRequest(String tenant, String username, String password, String otp) {}

  public record PasswordChange(String currentPassword, String newPassword) {}

  public record OtpRequest(String otp) {}

  public record PasswordConfirmation(String password) {}

  /**
   * The caller as the console needs him: {@code permissions} are his role's, as wire names, sorted, so
   * the console shows only the screens he may use; {@code mfaEnabled} is set for staff only.
   */
  public record Me(String username, String kind, String role, String tenant, String plan, String branch, List<String> permissions, Boolean mfaEnabled) {}

  /** The browser's device cookie: attempts from a browser that signed in before are counted apart (docs/security.md). */
  static final String DEVICE_COOKIE = "bashgah_device";

  private static final int DEVICE_COOKIE_DAYS = 180;

  @Inject LogIn logIn;
  @Inject ChangeOwnPassword changePassword;
  @Inject EnrolInMfa mfa;
  @Inject CurrentStaff currentStaff;
  @Inject ListSessions listSessions;
  @Inject EndSessions endSessions;
  @Inject Transactions tx;

  @CookieParam(DEVICE_COOKIE) String deviceCookie;
  @Context UriInfo uri;

  @POST
  @Path("login")
  @PublicEndpoint
  @APIResponse(responseCode = "200", description = "Signed in", content = @Content(schema = @Schema(implementation = AccessToken.class)))
  public Response login(LoginRequest body, @HeaderParam(HttpHeaders.USER_AGENT) String userAgent) throws Exception {
    if (body == null || body.username() == null || body.password() == null) {
      throw Problem.invalid("username", "username and password are required");
    }
    LogIn.Client client = new LogIn.Client(deviceCookie, userAgent);
    LogIn.SignedIn signedIn = body.tenant() == null || body.tenant().isBlank()
        ? logIn.platformAdmin(body.username(), body.password(), client)
        : logIn.staff(body.tenant().trim(), body.username(), body.password(), body.otp(), client);
    return Response.ok(signedIn.token()).cookie(deviceCookie(signedIn.deviceCookie())).build();
  }

  /** Ends the session of this token: it, and only it, stops working at once. */
  @POST
  @Path("logout")
  @Allowed(Permission.OWN_ACCOUNT)
  @Consumes(MediaType.WILDCARD)
  public Response logout() {
    endSessions.signOut();
    return Response.noContent().build();
  }

  /** The caller's open sessions (every browser or device signed in to his account), this one marked {@code current}. */
  @GET
  @Path("sessions")
  @Allowed(Permission.OWN_ACCOUNT)
  public List<ListSessions.SessionView> sessions() {
    return listSessions.ofCaller();
  }

  /** Ends one of the caller's sessions (a browser left signed in elsewhere). */
  @DELETE
  @Path("sessions/{id}")
  @Allowed(Permission.OWN_ACCOUNT)
  @Consumes(MediaType.WILDCARD)
  public Response endSession(@PathParam("id") String id) {
    endSessions.endOwn(sessionId(id));
    return Response.noContent().build();
  }

  @GET
  @Path("me")
  @Allowed(Permission.OWN_ACCOUNT)
  public Me me() {
    Actor actor = CallContext.actor();
    var tenant = TenantContext.current();
    List<String> permissions = actor.role().permissions().stream().map(Permission::wireName).sorted().toList();
    Boolean mfaEnabled = actor.kind() == Actor.Kind.STAFF ? tx.inOne(() -> currentStaff.require().isMfaEnabled()) : null;
    return new Me(
        actor.name(),
        actor.kind().name(),
        actor.role().wireName(),
        tenant.map(TenantContext.TenantRef::slug).orElse(null),
        tenant.map(TenantContext.TenantRef::plan).orElse(null),
        actor.branch(),
        permissions,
        mfaEnabled);
  }

  /** A new password, with the current one; every other session of the account ends. */
  @POST
  @Path("password")
  @Allowed(Permission.OWN_ACCOUNT)
  public Response changePassword(PasswordChange body) {
    if (body == null) {
      throw Problem.invalid("body", "is required");
    }
    staffOnly();
    changePassword.change(body.currentPassword(), body.newPassword(), deviceCookie);
    return Response.noContent().build();
  }

  @POST
  @Path("mfa/setup")
  @Allowed(Permission.OWN_ACCOUNT)
  @RequiresFeature("K4")
  @Consumes(MediaType.WILDCARD)
  public EnrolInMfa.Enrolment startMfa() {
    staffOnly();
    return mfa.start();
  }

  @POST
  @Path("mfa/enable")
  @Allowed(Permission.OWN_ACCOUNT)
  @RequiresFeature("K4")
  public EnrolInMfa.Enabled enableMfa(OtpRequest body) {
    staffOnly();
    return mfa.confirm(body == null ? null : body.otp(), deviceCookie);
  }

  /** Turns MFA off, confirmed with the password (a JSON body {"password"}). */
  @DELETE
  @Path("mfa")
  @Allowed(Permission.OWN_ACCOUNT)
  public Response disableMfa(PasswordConfirmation body) {
    staffOnly();
    mfa.turnOff(body == null ? null : body.password(), deviceCookie);
    return Response.noContent().build();
  }

  private NewCookie deviceCookie(String value) {
    boolean https = "https".equalsIgnoreCase(uri.getBaseUri().getScheme());
    return new NewCookie.Builder(DEVICE_COOKIE)
        .value(value)
        .path(uri.getBaseUri().getPath().replaceAll("/$", "") + "/v1/auth")
        .maxAge(DEVICE_COOKIE_DAYS * 24 * 3600)
        .httpOnly(true)
        .secure(https)
        .sameSite(NewCookie.SameSite.STRICT)
        .build();
  }

  static long sessionId(String id) {
    try {
      return Long.parseLong(id);
    } catch (NumberFormatException e) {
      throw Problem.notFound("No session '" + id + "'");
    }
  }

  private static void staffOnly() {
    if (CallContext.actor().kind() != Actor.Kind.STAFF) {
      throw Problem.forbidden("Only a club's staff member can do this; the platform admin's password comes from BASHGAH_ADMIN_PASSWORD");
    }
  }
}
