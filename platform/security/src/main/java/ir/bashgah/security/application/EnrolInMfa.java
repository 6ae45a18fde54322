package ir.bashgah.security.application;

import ir.bashgah.audit.api.AuditLog;
import ir.bashgah.kernel.problem.Problem;
import ir.bashgah.kernel.problem.ProblemType;
import ir.bashgah.security.domain.staff.StaffUser;
import ir.bashgah.security.infra.PasswordHasher;
import ir.bashgah.security.infra.SecretHash;
import ir.bashgah.security.infra.Totp;
import ir.bashgah.kernel.TenantContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * TOTP multi-factor authentication (K4): start with a secret, confirm with a code from the app, get
 * ten single-use recovery codes (shown once, stored hashed).
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
  public Enabled confirm(String otp) {
    StaffUser user = current.require();
    if (user.mfaSecret() == null) {
      throw Problem.conflict("Start the enrolment first (POST /api/v1/auth/mfa/setup)");
    }
    if (user.isMfaEnabled()) {
      throw Problem.conflict("Multi-factor authentication is already on");
    }
    Instant now = Instant.now(clock);
    if (!Totp.verify(user.mfaSecret(), otp, now)) {
      throw Problem.invalid("otp", "is not the current code of your authenticator app");
    }
    List<String> codes = new ArrayList<>();
    List<String> hashes = new ArrayList<>();
    for (int i = 0; i < 10; i++) {
      String code = randomCode();
      codes.add(code.substring(0, 5) + "-" + code.substring(5));
      hashes.add(SecretHash.of(code));
    }
    user.enableMfa(hashes, now);
    audit.record("AUTH.MFA_ENABLE", "staff-user", user.username(), null, null);
    return new Enabled(codes);
  }

  @Transactional
  public void turnOff(String password) {
    StaffUser user = current.require();
    if (!hasher.matches(password, user.passwordHash())) {
      throw new Problem(ProblemType.FORBIDDEN, "The password is wrong");
    }
    user.disableMfa(Instant.now(clock));
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
