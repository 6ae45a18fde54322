package ir.bashgah.security.application;

import ir.bashgah.audit.api.AuditLog;
import ir.bashgah.kernel.TenantContext;
import ir.bashgah.kernel.access.Credentials;
import ir.bashgah.kernel.persistence.Transactions;
import ir.bashgah.kernel.problem.Problem;
import ir.bashgah.kernel.problem.ProblemType;
import ir.bashgah.security.domain.staff.StaffUser;
import ir.bashgah.security.domain.secret.PasswordHasher;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;

/**
 * A staff member's new password, given with the current one. Wrong current passwords count towards
 * the same limit as wrong logins (a stolen token must not become a way to guess the password), and
 * the change ends every other session of the account.
 */
@ApplicationScoped
public class ChangeOwnPassword {
  @Inject CurrentStaff current;
  @Inject PasswordHasher hasher;
  @Inject LoginAttempts attempts;
  @Inject EndSessions endSessions;
  @Inject AuditLog audit;
  @Inject Transactions tx;
  @Inject Clock clock;

  @Transactional
  public void change(String currentPassword, String newPassword, String deviceCookie) {
    if (currentPassword == null || currentPassword.isEmpty()) {
      throw Problem.invalid("currentPassword", "is required");
    }
    Credentials.passwordProblem(newPassword).ifPresent(m -> {
      throw Problem.invalid("newPassword", m);
    });
    StaffUser user = current.require();
    LoginAttempts.Attempt attempt = attempts.begin(TenantContext.require().slug(), user.username(), deviceCookie);
    if (!hasher.matches(currentPassword, user.passwordHash())) {
      tx.runInNew(() -> audit.record("AUTH.CHANGE_PASSWORD_FAILED", "staff-user", user.username(), null, null));
      throw new Problem(ProblemType.FORBIDDEN, "The current password is wrong");
    }
    attempt.succeeded();
    user.changePassword(hasher.hash(newPassword), Instant.now(clock));
    endSessions.endCallersOtherSessions("password-changed");
    audit.record("AUTH.CHANGE_PASSWORD", "staff-user", user.username(), null, null);
  }
}
