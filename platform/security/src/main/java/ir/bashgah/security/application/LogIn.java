package ir.bashgah.security.application;

import ir.bashgah.audit.api.AuditLog;
import ir.bashgah.kernel.CallContext;
import ir.bashgah.kernel.TenantContext;
import ir.bashgah.kernel.access.Actor;
import ir.bashgah.kernel.access.Role;
import ir.bashgah.kernel.persistence.Transactions;
import ir.bashgah.kernel.problem.Problem;
import ir.bashgah.kernel.problem.ProblemType;
import ir.bashgah.security.api.AccessClaims;
import ir.bashgah.security.api.AccessToken;
import ir.bashgah.security.domain.LoginGuard;
import ir.bashgah.security.domain.admin.PlatformAdmin;
import ir.bashgah.security.domain.staff.StaffUser;
import ir.bashgah.security.infra.PasswordHasher;
import ir.bashgah.security.infra.PlatformAdmins;
import ir.bashgah.security.infra.SecretHash;
import ir.bashgah.security.infra.StaffUsers;
import ir.bashgah.security.infra.TokenIssuer;
import ir.bashgah.security.infra.Totp;
import ir.bashgah.tenancy.api.TenantDescriptor;
import ir.bashgah.tenancy.api.TenantDirectory;
import ir.bashgah.tenancy.api.TenantStatus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;

/**
 * Logs in the platform admin or a tenant's staff member (POS-API.md, Authentication). Wrong passwords
 * are counted towards the lockout in a transaction that commits even though the login fails; the
 * answer never tells whether the username exists.
 */
@ApplicationScoped
public class LogIn {
  /** What the attempt came to; decided inside the transaction, turned into an answer after it. */
  private sealed interface Outcome {}

  private record Success(AccessClaims claims) implements Outcome {}

  private record Refused(ProblemType type, String detail) implements Outcome {}

  private static final Refused BAD_CREDENTIALS = new Refused(ProblemType.UNAUTHORIZED, "Unknown tenant, username or password");

  @Inject PlatformAdmins admins;
  @Inject StaffUsers staff;
  @Inject PasswordHasher hasher;
  @Inject TokenIssuer tokens;
  @Inject TenantDirectory directory;
  @Inject AuditLog audit;
  @Inject Transactions tx;
  @Inject Clock clock;

  public AccessToken platformAdmin(String username, String password) {
    Outcome outcome = tx.inNew(() -> checkAdmin(username, password));
    return answer(outcome);
  }

  public AccessToken staff(String tenantSlug, String username, String password, String otp) throws Exception {
    TenantDescriptor tenant = directory.find(tenantSlug).orElse(null);
    if (tenant == null || tenant.status() == TenantStatus.PROVISIONING) {
      hasher.spendTimeOnDecoy(password);
      throw new Problem(BAD_CREDENTIALS.type(), BAD_CREDENTIALS.detail());
    }
    if (tenant.status() == TenantStatus.SUSPENDED) {
      throw new Problem(ProblemType.TENANT_SUSPENDED, "Club '" + tenantSlug + "' is suspended; contact the platform's support");
    }
    if (!tenant.isServable()) {
      throw new Problem(ProblemType.TENANT_UNAVAILABLE, "Club '" + tenantSlug + "' is being repaired; try again later");
    }
    Outcome outcome = TenantContext.callAs(tenant.ref(), () -> tx.inNew(() -> checkStaff(tenant, username, password, otp)));
    return answer(outcome);
  }

  private AccessToken answer(Outcome outcome) {
    if (outcome instanceof Success s) {
      return tokens.issue(s.claims());
    }
    Refused r = (Refused) outcome;
    throw new Problem(r.type(), r.detail());
  }

  private Outcome checkAdmin(String username, String password) {
    Instant now = Instant.now(clock);
    Optional<PlatformAdmin> found = username == null ? Optional.empty() : admins.byUsernameForUpdate(username);
    if (found.isEmpty()) {
      hasher.spendTimeOnDecoy(password);
      failed(username, "unknown user");
      return BAD_CREDENTIALS;
    }
    PlatformAdmin admin = found.get();
    Actor actor = new Actor(Actor.Kind.PLATFORM_ADMIN, Long.toString(admin.id()), admin.username(), Role.PLATFORM_ADMIN, null);
    Outcome passwordOutcome = checkPassword(admin.guard(), password, admin.passwordHash(), admin.username(), now);
    if (passwordOutcome != null) {
      return passwordOutcome;
    }
    CallContext.actAs(actor);
    audit.record("AUTH.LOGIN", "platform-user", admin.username(), null, null);
    return new Success(new AccessClaims(actor.id(), admin.username(), null, Role.PLATFORM_ADMIN, null));
  }

  private Outcome checkStaff(TenantDescriptor tenant, String username, String password, String otp) {
    Instant now = Instant.now(clock);
    Optional<StaffUser> found = username == null ? Optional.empty() : staff.byUsernameForUpdate(username);
    if (found.isEmpty()) {
      hasher.spendTimeOnDecoy(password);
      failed(username, "unknown user");
      return BAD_CREDENTIALS;
    }
    StaffUser user = found.get();
    Outcome passwordOutcome = checkPassword(user.guard(), password, user.passwordHash(), user.username(), now);
    if (passwordOutcome != null) {
      return passwordOutcome;
    }
    if (!user.isActive()) {
      failed(username, "account disabled");
      return BAD_CREDENTIALS;
    }
    if (user.isMfaEnabled()) {
      if (otp == null || otp.isBlank()) {
        return new Refused(ProblemType.MFA_REQUIRED, "Enter the 6-digit code of your authenticator app, or a recovery code, as 'otp'");
      }
      boolean codeOk = Totp.verify(user.mfaSecret(), otp.trim(), now) || user.consumeRecoveryCode(SecretHash.of(normalizeRecovery(otp)), now);
      if (!codeOk) {
        boolean locked = user.guard().registerFailure(now);
        failed(username, "wrong one-time code");
        return locked ? lockedOutcome(user.guard()) : new Refused(ProblemType.MFA_REQUIRED, "The one-time code is wrong or expired");
      }
    }
    Actor actor = new Actor(Actor.Kind.STAFF, Long.toString(user.id()), user.username(), user.role(), user.branchCode());
    CallContext.actAs(actor);
    audit.record("AUTH.LOGIN", "staff-user", user.username(), null, Map.of("role", user.role().wireName()));
    return new Success(new AccessClaims(actor.id(), user.username(), tenant.slug(), user.role(), user.branchCode()));
  }

  /** Null when the password is right and the account not locked; otherwise the refusal (already counted). */
  private Outcome checkPassword(LoginGuard guard, String password, String hash, String username, Instant now) {
    if (guard.isLocked(now)) {
      hasher.spendTimeOnDecoy(password);
      failed(username, "account locked");
      return lockedOutcome(guard);
    }
    if (!hasher.matches(password, hash)) {
      boolean locked = guard.registerFailure(now);
      failed(username, locked ? "wrong password; account locked" : "wrong password");
      return locked ? lockedOutcome(guard) : BAD_CREDENTIALS;
    }
    guard.registerSuccess();
    return null;
  }

  private static Refused lockedOutcome(LoginGuard guard) {
    return new Refused(
        ProblemType.ACCOUNT_LOCKED,
        "Too many failed logins; the account is locked until " + guard.lockedUntil() + " (UTC). Try again after that.");
  }

  private void failed(String username, String reason) {
    audit.record("AUTH.LOGIN_FAILED", "user", username, null, Map.of("reason", reason));
  }

  static String normalizeRecovery(String code) {
    return code.trim().toLowerCase().replace("-", "").replace(" ", "");
  }
}
