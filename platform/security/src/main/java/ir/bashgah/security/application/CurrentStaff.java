package ir.bashgah.security.application;

import ir.bashgah.kernel.CallContext;
import ir.bashgah.kernel.access.Actor;
import ir.bashgah.kernel.problem.Problem;
import ir.bashgah.security.domain.staff.StaffUser;
import ir.bashgah.security.domain.staff.StaffUsers;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** The staff user behind the current call's token. */
@ApplicationScoped
public class CurrentStaff {
  @Inject StaffUsers users;

  public StaffUser require() {
    Actor actor = CallContext.actor();
    if (actor.kind() != Actor.Kind.STAFF) {
      throw Problem.forbidden("Only a club's staff member has an account here");
    }
    return users.byId(Long.parseLong(actor.id())).orElseThrow(() -> Problem.unauthorized("Your account no longer exists"));
  }
}
