package ir.bashgah.kernel.access;

/**
 * Who is calling: a person or a terminal, as it appears in the audit log. {@code branch} is set for a
 * branch manager and a terminal, who act within one branch.
 */
public record Actor(Kind kind, String id, String name, Role role, String branch) {
  public enum Kind {
    PLATFORM_ADMIN,
    STAFF,
    TERMINAL,
    /** A member of a club signed in to its portal: sees and changes only his own things. */
    MEMBER,
    SYSTEM,
    ANONYMOUS
  }

  public static final Actor SYSTEM = new Actor(Kind.SYSTEM, "system", "system", null, null);
  public static final Actor ANONYMOUS = new Actor(Kind.ANONYMOUS, "-", "anonymous", null, null);

  public boolean may(Permission permission) {
    return role != null && role.may(permission);
  }

  /** True when the actor is limited to one branch and that branch is not {@code branchCode}. */
  public boolean isOutsideBranch(String branchCode) {
    return branch != null && !branch.equals(branchCode);
  }
}
