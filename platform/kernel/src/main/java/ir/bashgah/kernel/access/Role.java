package ir.bashgah.kernel.access;

import static ir.bashgah.kernel.access.Permission.*;

import java.util.EnumSet;
import java.util.Set;

/**
 * The roles of requirement P3 with what each may do. PLATFORM_ADMIN, TERMINAL and MEMBER are not staff
 * roles: the first is the SaaS operator, the second a POS terminal's API key.
 */
public enum Role {
  PLATFORM_ADMIN(PLATFORM_TENANTS, PLATFORM_AUDIT, PLATFORM_JOBS, OWN_ACCOUNT),
  OWNER(
      OWN_ACCOUNT,
      FEATURES_READ,
      BRANCHES_READ,
      BRANCHES_MANAGE,
      TERMINALS_MANAGE,
      STAFF_READ,
      STAFF_MANAGE,
      AUDIT_READ,
      MEMBERS_READ,
      MEMBERS_WRITE,
      MEMBERS_CONFIGURE,
      MEMBERS_IMPORT,
      LOYALTY_ADJUST,
      LOYALTY_CONFIGURE,
      POS,
      DASHBOARD_READ,
      MESSAGES_SEND,
      MESSAGES_READ,
      MESSAGES_CONFIGURE,
      PORTAL_CONFIGURE),
  MANAGER(
      OWN_ACCOUNT, FEATURES_READ, BRANCHES_READ, BRANCHES_MANAGE, TERMINALS_MANAGE, STAFF_READ, STAFF_MANAGE, MEMBERS_READ, MEMBERS_WRITE, MEMBERS_CONFIGURE, MEMBERS_IMPORT, LOYALTY_ADJUST,
      LOYALTY_CONFIGURE, POS, DASHBOARD_READ, MESSAGES_SEND, MESSAGES_READ, MESSAGES_CONFIGURE, PORTAL_CONFIGURE),
  /** Sees and works in one branch only; the token carries the branch. */
  BRANCH_MANAGER(OWN_ACCOUNT, FEATURES_READ, BRANCHES_READ, STAFF_READ, MEMBERS_READ, MEMBERS_WRITE, POS, DASHBOARD_READ),
  CASHIER(OWN_ACCOUNT, FEATURES_READ, BRANCHES_READ, MEMBERS_READ, MEMBERS_WRITE, POS),
  MARKETER(OWN_ACCOUNT, FEATURES_READ, BRANCHES_READ, MEMBERS_READ, DASHBOARD_READ, MESSAGES_SEND, MESSAGES_READ),
  SUPPORT(OWN_ACCOUNT, FEATURES_READ, BRANCHES_READ, MEMBERS_READ, MEMBERS_WRITE, MESSAGES_READ),
  ANALYST(OWN_ACCOUNT, FEATURES_READ, BRANCHES_READ, MEMBERS_READ, DASHBOARD_READ),
  TERMINAL(POS),
  /** A member signed in to the club's portal; his token names him and his club. */
  MEMBER(PORTAL_SELF);

  private final Set<Permission> permissions;

  Role(Permission... permissions) {
    this.permissions = permissions.length == 0 ? EnumSet.noneOf(Permission.class) : EnumSet.of(permissions[0], permissions);
  }

  public boolean may(Permission permission) {
    return permissions.contains(permission);
  }

  public Set<Permission> permissions() {
    return Set.copyOf(permissions);
  }

  /** Roles a tenant's staff user can hold (the others are not people of the tenant). */
  public boolean isStaffRole() {
    return this != PLATFORM_ADMIN && this != TERMINAL && this != MEMBER;
  }

  /** The wire name: lower case with dashes, as the API and UI show it (branch-manager). */
  public String wireName() {
    return name().toLowerCase().replace('_', '-');
  }

  public static Role fromWireName(String name) {
    return Role.valueOf(name.trim().toUpperCase().replace('-', '_'));
  }
}
