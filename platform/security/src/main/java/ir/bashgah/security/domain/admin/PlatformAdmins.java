package ir.bashgah.security.domain.admin;

import java.util.Optional;

/** The platform's administrators, in the platform schema. */
public interface PlatformAdmins {
  /** Locks the row: concurrent wrong passwords must each count towards the lockout. */
  Optional<PlatformAdmin> byUsernameForUpdate(String username);

  Optional<PlatformAdmin> byId(long id);

  void add(PlatformAdmin admin);
}
