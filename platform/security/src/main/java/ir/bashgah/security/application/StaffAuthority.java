package ir.bashgah.security.application;

import ir.bashgah.kernel.CallContext;
import ir.bashgah.kernel.access.Actor;
import ir.bashgah.kernel.access.Role;
import ir.bashgah.kernel.problem.Problem;
import ir.bashgah.security.domain.staff.StaffUser;
import ir.bashgah.security.domain.staff.StaffUsers;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** Whose staff account the caller may manage: only an owner grants or touches the owner and manager roles. */
@ApplicationScoped
public class StaffAuthority {
  @Inject StaffUsers users;

  /** The staff member {@code username}, when the caller may manage his account. */
  public StaffUser manageable(String username) {
    StaffUser user = users.byUsername(username).orElseThrow(() -> Problem.notFound("No staff member '" + username + "'"));
    mayGrant(user.role());
    return user;
  }

  /** The owner and manager roles are handed out (and taken away) by an owner alone. */
  public static boolean onlyAnOwnerGrants(Role role) {
    return role == Role.OWNER || role == Role.MANAGER;
  }

  /** Throws unless the caller may hand out (or take away) {@code role}. */
  public void mayGrant(Role role) {
    Actor actor = CallContext.actor();
    if (onlyAnOwnerGrants(role) && actor.role() != Role.OWNER) {
      throw Problem.forbidden("Only an owner can grant or change the " + role.wireName() + " role");
    }
    if (actor.branch() != null) {
      throw Problem.forbidden("A branch manager cannot manage staff accounts");
    }
  }
}
