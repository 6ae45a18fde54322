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
import ir.bashgah.kernel.persistence.Transactions;
import ir.bashgah.security.application.ChangeOwnPassword;
import ir.bashgah.security.application.CurrentStaff;
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
import java.util.List;

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

  /**
   * The caller as the console needs him: {@code permissions} are his role's, as wire names, sorted, so
   * the console shows only the screens he may use; {@code mfaEnabled} is set for staff only.
   */
  public record Me(String username, String kind, String role, String tenant, String plan, String branch, List<String> permissions, Boolean mfaEnabled) {}

  @Inject LogIn logIn;
  @Inject ChangeOwnPassword changePassword;
  @Inject EnrolInMfa mfa;
  @Inject CurrentStaff currentStaff;
  @Inject Transactions tx;

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
