package ir.bashgah.security.domain.staff;

import ir.bashgah.kernel.access.Role;

/**
 * Whether a staff role works in one branch: a branch manager must have one, a cashier may, the
 * others see the whole club. The accounts, their checks and the console's role list all read it here.
 */
public enum BranchScope {
  REQUIRED,
  OPTIONAL,
  NONE;

  public static BranchScope of(Role role) {
    return switch (role) {
      case BRANCH_MANAGER -> REQUIRED;
      case CASHIER -> OPTIONAL;
      default -> NONE;
    };
  }

  /** Whether a staff member of this scope keeps a branch code at all. */
  public boolean hasBranch() {
    return this != NONE;
  }

  public String wireName() {
    return name().toLowerCase();
  }
}
