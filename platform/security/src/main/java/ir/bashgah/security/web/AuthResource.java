package ir.bashgah.security.web;

import ir.bashgah.kernel.CallContext;
import ir.bashgah.kernel.access.Actor;
import ir.bashgah.kernel.access.Allowed;
import ir.bashgah.kernel.access.Permission;
import ir.bashgah.kernel.access.PublicEndpoint;
import ir.bashgah.kernel.access.RequiresFeature;
import ir.bashgah.kernel.TenantContext;
import ir.bashgah.kernel.problem.Problem;
import ir.bashgah.security.api.AccessToken;
import ir.bashgah.security.application.ChangeOwnPassword;
import ir.bashgah.security.application.EnrolInMfa;
import ir.bashgah.security.application.LogIn;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/** Login, the caller's own account and MFA (POS-API.md, Authentication; K4). */
@jakarta.enterprise.context.RequestScoped
@Path("/v1/auth")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class AuthResource {
  public record LoginRequest(String tenant, String username, String password, String otp) {}

  public record PasswordChange(String currentPassword, String newPassword) {}

  public record OtpRequest(String otp) {}

  public record PasswordConfirmation(String password) {}

  public record Me(String username, String kind, String role, String tenant, String plan, String branch) {}

  @Inject LogIn logIn;
  @Inject ChangeOwnPassword changePassword;
  @Inject EnrolInMfa mfa;

  @POST
  @Path("login")
  @PublicEndpoint
  public AccessToken login(LoginRequest body) throws Exception {
    if (body == null || body.username() == null || body.password() == null) {
      throw Problem.invalid("username", "username and password are required");
    }
    if (body.tenant() == null || body.tenant().isBlank()) {
      return logIn.platformAdmin(body.username(), body.password());
    }
    return logIn.staff(body.tenant().trim(), body.username(), body.password(), body.otp());
  }

  @GET
  @Path("me")
  @Allowed(Permission.OWN_ACCOUNT)
  public Me me() {
    Actor actor = CallContext.actor();
    var tenant = TenantContext.current();
    return new Me(
        actor.name(),
        actor.kind().name(),
        actor.role().wireName(),
        tenant.map(TenantContext.TenantRef::slug).orElse(null),
        tenant.map(TenantContext.TenantRef::plan).orElse(null),
        actor.branch());
  }

  @POST
  @Path("password")
  @Allowed(Permission.OWN_ACCOUNT)
  public Response changePassword(PasswordChange body) {
    if (body == null) {
      throw Problem.invalid("body", "is required");
    }
    staffOnly();
    changePassword.change(body.currentPassword(), body.newPassword());
    return Response.noContent().build();
  }

  @POST
  @Path("mfa/setup")
  @Allowed(Permission.OWN_ACCOUNT)
  @RequiresFeature("K4")
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
    return mfa.confirm(body == null ? null : body.otp());
  }

  @DELETE
  @Path("mfa")
  @Allowed(Permission.OWN_ACCOUNT)
  @Consumes(MediaType.WILDCARD)
  public Response disableMfa(PasswordConfirmation body) {
    staffOnly();
    mfa.turnOff(body == null ? null : body.password());
    return Response.noContent().build();
  }

  private static void staffOnly() {
    if (CallContext.actor().kind() != Actor.Kind.STAFF) {
      throw Problem.forbidden("Only a club's staff member can do this; the platform admin's password comes from BASHGAH_ADMIN_PASSWORD");
    }
  }
}
