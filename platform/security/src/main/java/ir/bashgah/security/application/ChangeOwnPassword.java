package ir.bashgah.security.application;

import ir.bashgah.audit.api.AuditLog;
import ir.bashgah.kernel.access.Credentials;
import ir.bashgah.kernel.problem.Problem;
import ir.bashgah.kernel.problem.ProblemType;
import ir.bashgah.security.domain.staff.StaffUser;
import ir.bashgah.security.infra.PasswordHasher;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;

@ApplicationScoped
public class ChangeOwnPassword {
  @Inject CurrentStaff current;
  @Inject PasswordHasher hasher;
  @Inject AuditLog audit;
  @Inject Clock clock;

  @Transactional
  public void change(String currentPassword, String newPassword) {
    Credentials.passwordProblem(newPassword).ifPresent(m -> {
      throw Problem.invalid("newPassword", m);
    });
    StaffUser user = current.require();
    if (!hasher.matches(currentPassword, user.passwordHash())) {
      throw new Problem(ProblemType.FORBIDDEN, "The current password is wrong");
    }
    user.changePassword(hasher.hash(newPassword), Instant.now(clock));
    audit.record("AUTH.CHANGE_PASSWORD", "staff-user", user.username(), null, null);
  }
}
