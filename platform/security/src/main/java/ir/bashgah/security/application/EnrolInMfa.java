package ir.bashgah.security.application;

import ir.bashgah.audit.api.AuditLog;
import ir.bashgah.kernel.TenantContext;
import ir.bashgah.kernel.persistence.Transactions;
import ir.bashgah.kernel.problem.Problem;
import ir.bashgah.kernel.problem.ProblemType;
import ir.bashgah.security.domain.staff.StaffUser;
import ir.bashgah.security.domain.secret.PasswordHasher;
import ir.bashgah.security.domain.secret.SecretHash;
import ir.bashgah.security.domain.secret.Totp;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;

/**
 * TOTP multi-factor authentication (K4): start with a secret, confirm with a code from the app, get
 * ten single-use recovery codes (shown once, stored hashed). Wrong codes and wrong passwords count
 * towards the login limit; turning MFA on or off ends every other session of the account.
 */
@ApplicationScoped
public class EnrolInMfa {
  public record Enrolment(String secret, String otpauthUri) {}

  public record Enabled(List<String> recoveryCodes) {}

  private static final String ALPHABET = "abcdefghjkmnpqrstuvwxyz23456789";
  private static final SecureRandom RANDOM = new SecureRandom();

  @Inject CurrentStaff current;
  @Inject AuditLog audit;
  @Inject PasswordHasher hasher;
  @Inject LoginAttempts attempts;
  @Inject EndSessions endSessions;
  @Inject Transactions tx;
  @Inject Clock clock;

  @Transactional
  public Enrolment start() {
    StaffUser user = current.require();
    if (user.isMfaEnabled()) {
      throw Problem.conflict("Multi-factor authentication is already on; turn it off first to enrol a new device");
    }
    String secret = Totp.newSecret();
    user.startMfaEnrolment(secret, Instant.now(clock));
    return new Enrolment(secret, Totp.otpauthUri("Bashgah " + TenantContext.require().slug(), user.username(), secret));
  }

  @Transactional
  public Enabled confirm(String otp, String deviceCookie) {
    StaffUser user = current.require();
    if (user.mfaSecret() == null) {
      throw Problem.conflict("Start the enrolment first (POST /api/v1/auth/mfa/setup)");
    }
    if (user.isMfaEnabled()) {
      throw Problem.conflict("Multi-factor authentication is already on");
    }
    LoginAttempts.Attempt attempt = attempts.begin(TenantContext.require().slug(), user.username(), deviceCookie);
    Instant now = Instant.now(clock);
    OptionalLong step = Totp.matchingStep(user.mfaSecret(), otp, now);
    if (step.isEmpty()) {
      throw Problem.invalid("otp", "is not the current code of your authenticator app");
    }
    attempt.succeeded();
    // The code that switched MFA on cannot be replayed to sign in.
    user.useOneTimeCodeStep(step.getAsLong(), now);
    List<String> codes = new ArrayList<>();
    List<String> hashes = new ArrayList<>();
    for (int i = 0; i < 10; i++) {
      String code = randomCode();
      codes.add(code.substring(0, 5) + "-" + code.substring(5));
      hashes.add(SecretHash.of(code));
    }
    user.enableMfa(hashes, now);
    endSessions.endCallersOtherSessions("mfa-enabled");
    audit.record("AUTH.MFA_ENABLE", "staff-user", user.username(), null, null);
    return new Enabled(codes);
  }

  @Transactional
  public void turnOff(String password, String deviceCookie) {
    StaffUser user = current.require();
    if (password == null || password.isEmpty()) {
      throw Problem.invalid("password", "is required: confirm with your password");
    }
    LoginAttempts.Attempt attempt = attempts.begin(TenantContext.require().slug(), user.username(), deviceCookie);
    if (!hasher.matches(password, user.passwordHash())) {
      tx.runInNew(() -> audit.record("AUTH.MFA_DISABLE_FAILED", "staff-user", user.username(), null, null));
      throw new Problem(ProblemType.FORBIDDEN, "The password is wrong");
    }
    attempt.succeeded();
    user.disableMfa(Instant.now(clock));
    endSessions.endCallersOtherSessions("mfa-disabled");
    audit.record("AUTH.MFA_DISABLE", "staff-user", user.username(), null, null);
  }

  private static String randomCode() {
    StringBuilder b = new StringBuilder(10);
    for (int i = 0; i < 10; i++) {
      b.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
    }
    return b.toString();
  }
}
