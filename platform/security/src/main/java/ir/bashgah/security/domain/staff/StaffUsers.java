package ir.bashgah.security.domain.staff;

import java.util.List;
import java.util.Optional;

/** The staff of the tenant in context. */
public interface StaffUsers {
  Optional<StaffUser> byUsername(String username);

  /** Locks the row: concurrent wrong passwords must each count towards the lockout. */
  Optional<StaffUser> byUsernameForUpdate(String username);

  Optional<StaffUser> byId(long id);

  /** Everyone, or the staff of one branch; by username. */
  List<StaffUser> all(String branchCode);

  void add(StaffUser user);

  /** Adds and writes at once, so that a username taken meanwhile fails here, as a duplicate key. */
  void addNow(StaffUser user);
}
