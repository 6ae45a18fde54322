package ir.bashgah.security.application;

import ir.bashgah.audit.api.AuditLog;
import ir.bashgah.kernel.CallContext;
import ir.bashgah.kernel.Ids;
import ir.bashgah.kernel.TenantContext;
import ir.bashgah.kernel.access.Actor;
import ir.bashgah.kernel.access.Role;
import ir.bashgah.kernel.persistence.Transactions;
import ir.bashgah.kernel.problem.Problem;
import ir.bashgah.kernel.problem.ProblemType;
import ir.bashgah.security.api.AccessClaims;
import ir.bashgah.security.api.AccessToken;
import ir.bashgah.security.domain.admin.PlatformAdmin;
import ir.bashgah.security.domain.session.AccountKind;
import ir.bashgah.security.domain.session.Session;
import ir.bashgah.security.domain.session.Sessions;
import ir.bashgah.security.domain.staff.StaffUser;
import ir.bashgah.security.domain.throttle.KnownDevices;
import ir.bashgah.security.domain.throttle.ThrottleKey;
import ir.bashgah.security.domain.secret.PasswordHasher;
import ir.bashgah.security.domain.admin.PlatformAdmins;
import ir.bashgah.security.domain.secret.SecretHash;
import ir.bashgah.security.domain.staff.StaffUsers;
import ir.bashgah.security.domain.session.AccessTokens;
import ir.bashgah.security.domain.secret.Totp;
import ir.bashgah.tenancy.api.TenantDescriptor;
import ir.bashgah.tenancy.api.TenantDirectory;
import ir.bashgah.tenancy.api.TenantStatus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * Logs in the platform admin or a tenant's staff member (docs/integration.md, Authentication) and opens a
 * session for the token. Every attempt is counted by {@link LoginAttempts} before anything is checked;
 * the answer never tells whether the club or the username exists, nor (until the password is right)
 * whether the club is suspended.
 */
@ApplicationScoped
public class LogIn {
  /** What the caller's browser brings: its device cookie (may be null) and its User-Agent, for the session list. */
  public record Client(String deviceCookie, String userAgent) {}

  /** The token, and the device cookie the browser should keep from now on. */
  public record SignedIn(AccessToken token, String deviceCookie) {}

  /** What the attempt came to; decided inside the transaction, turned into an answer after it. */
  private sealed interface Outcome {}

  private record Success(AccessClaims claims) implements Outcome {}

  /** {@code failure}: counts towards the limit (a wrong password or code), or not (a right password, more to come). */
  private record Refused(ProblemType type, String detail, boolean failure) implements Outcome {}

  private static final Refused BAD_CREDENTIALS = new Refused(ProblemType.UNAUTHORIZED, "Unknown tenant, username or password", true);

  @Inject PlatformAdmins admins;
  @Inject StaffUsers staff;
  @Inject Sessions sessions;
  @Inject PasswordHasher hasher;
  @Inject AccessTokens tokens;
  @Inject TenantDirectory directory;
  @Inject LoginAttempts attempts;
  @Inject KnownDevices knownDevices;
  @Inject AuditLog audit;
  @Inject Transactions tx;
  @Inject Clock clock;

  public SignedIn platformAdmin(String username, String password, Client client) {
    LoginAttempts.Attempt attempt = attempts.begin(null, username, client.deviceCookie());
    Outcome outcome = tx.inNew(() -> checkAdmin(username, password, client));
    return answer(outcome, attempt, ThrottleKey.accountName(null, username), client);
  }

  public SignedIn staff(String tenantSlug, String username, String password, String otp, Client client) throws Exception {
    LoginAttempts.Attempt attempt = attempts.begin(tenantSlug, username, client.deviceCookie());
    TenantDescriptor tenant = directory.find(tenantSlug).orElse(null);
    if (tenant == null || tenant.status() == TenantStatus.PROVISIONING) {
      hasher.spendTimeOnDecoy(password);
      throw new Problem(BAD_CREDENTIALS.type(), BAD_CREDENTIALS.detail());
    }
    if (tenant.status() == TenantStatus.ACTIVE && !tenant.isServable()) {
      attempt.refund();
      throw new Problem(ProblemType.TENANT_UNAVAILABLE, "Club '" + tenantSlug + "' is being repaired; try again later");
    }
    Outcome outcome = TenantContext.callAs(tenant.ref(), () -> tx.inNew(() -> checkStaff(tenant, username, password, otp, client)));
    return answer(outcome, attempt, ThrottleKey.accountName(tenantSlug, username), client);
  }

  private SignedIn answer(Outcome outcome, LoginAttempts.Attempt attempt, String accountName, Client client) {
    if (outcome instanceof Success s) {
      attempt.succeeded();
      String cookie = attempt.fromKnownDevice() ? client.deviceCookie() : knownDevices.remember(accountName);
      return new SignedIn(tokens.issue(s.claims()), cookie);
    }
    Refused r = (Refused) outcome;
    if (!r.failure()) {
      attempt.refund();
    }
    throw new Problem(r.type(), r.detail());
  }

  private Outcome checkAdmin(String username, String password, Client client) {
    Optional<PlatformAdmin> found = username == null ? Optional.empty() : admins.byUsernameForUpdate(username);
    if (found.isEmpty()) {
      hasher.spendTimeOnDecoy(password);
      failed(username, "unknown user");
      return BAD_CREDENTIALS;
    }
    PlatformAdmin admin = found.get();
    if (!hasher.matches(password, admin.passwordHash())) {
      failed(username, "wrong password");
      return BAD_CREDENTIALS;
    }
    Actor actor = new Actor(Actor.Kind.PLATFORM_ADMIN, Long.toString(admin.id()), admin.username(), Role.PLATFORM_ADMIN, null);
    CallContext.actAs(actor);
    long session = openSession(AccountKind.PLATFORM_ADMIN, admin.id(), client);
    audit.record("AUTH.LOGIN", "platform-user", admin.username(), null, Map.of("session", Long.toString(session)));
    return new Success(new AccessClaims(actor.id(), admin.username(), null, Role.PLATFORM_ADMIN, null, Long.toString(session)));
  }

  private Outcome checkStaff(TenantDescriptor tenant, String username, String password, String otp, Client client) {
    Instant now = Instant.now(clock);
    Optional<StaffUser> found = username == null ? Optional.empty() : staff.byUsernameForUpdate(username);
    if (found.isEmpty()) {
      hasher.spendTimeOnDecoy(password);
      failed(username, "unknown user");
      return BAD_CREDENTIALS;
    }
    StaffUser user = found.get();
    if (!hasher.matches(password, user.passwordHash())) {
      failed(username, "wrong password");
      return BAD_CREDENTIALS;
    }
    if (!user.isActive()) {
      failed(username, "account disabled");
      return BAD_CREDENTIALS;
    }
    if (tenant.status() == TenantStatus.SUSPENDED) {
      // Said only to someone who proved the password: a guess learns nothing about the club.
      return new Refused(ProblemType.TENANT_SUSPENDED, "Club '" + tenant.slug() + "' is suspended; contact the platform's support", false);
    }
    if (user.isMfaEnabled()) {
      if (otp == null || otp.isBlank()) {
        return new Refused(ProblemType.MFA_REQUIRED, "Enter the 6-digit code of your authenticator app, or a recovery code, as 'otp'", false);
      }
      if (!oneTimeCodeAccepted(user, otp.trim(), now)) {
        failed(username, "wrong one-time code");
        return new Refused(ProblemType.MFA_REQUIRED, "The one-time code is wrong, expired or already used", true);
      }
    }
    Actor actor = new Actor(Actor.Kind.STAFF, Long.toString(user.id()), user.username(), user.role(), user.branchCode());
    CallContext.actAs(actor);
    long session = openSession(AccountKind.STAFF, user.id(), client);
    audit.record("AUTH.LOGIN", "staff-user", user.username(), null, Map.of("role", user.role().wireName(), "session", Long.toString(session)));
    return new Success(new AccessClaims(actor.id(), user.username(), tenant.slug(), user.role(), user.branchCode(), Long.toString(session)));
  }

  /** A TOTP code not used before (each code is good once), or one of the unused recovery codes. */
  private static boolean oneTimeCodeAccepted(StaffUser user, String otp, Instant now) {
    OptionalLong step = Totp.matchingStep(user.mfaSecret(), otp, now);
    if (step.isPresent()) {
      return user.useOneTimeCodeStep(step.getAsLong(), now);
    }
    return user.consumeRecoveryCode(SecretHash.of(normalizeRecovery(otp)), now);
  }

  private long openSession(AccountKind kind, long userId, Client client) {
    Instant now = Instant.now(clock);
    long id = Ids.next();
    sessions.open(kind, new Session(id, userId, now, now.plus(tokens.ttl()), CallContext.current().clientIp(), client.userAgent()));
    sessions.forgetExpired(kind, now.minus(java.time.Duration.ofDays(30)), 20);
    return id;
  }

  private void failed(String username, String reason) {
    audit.record("AUTH.LOGIN_FAILED", "user", username, null, Map.of("reason", reason));
  }

  static String normalizeRecovery(String code) {
    return code.trim().toLowerCase().replace("-", "").replace(" ", "");
  }
}
