/**
 * The staff roles with what each may do, as kernel Role.java grants them (permission wire names;
 * own-account, which every role has, left out). The staff page explains the roles from this; the
 * server, not this list, decides.
 */
export const STAFF_ROLES = ["owner", "manager", "branch-manager", "cashier", "marketer", "support", "analyst"] as const;
export type StaffRole = (typeof STAFF_ROLES)[number];

export const ROLE_PERMISSIONS: Record<StaffRole, string[]> = {
  owner: [
    "dashboard-read",
    "members-read",
    "members-write",
    "members-import",
    "members-configure",
    "loyalty-adjust",
    "loyalty-configure",
    "pos",
    "branches-read",
    "branches-manage",
    "terminals-manage",
    "staff-read",
    "staff-manage",
    "audit-read",
    "features-read",
  ],
  manager: [
    "dashboard-read",
    "members-read",
    "members-write",
    "members-import",
    "members-configure",
    "loyalty-adjust",
    "loyalty-configure",
    "pos",
    "branches-read",
    "branches-manage",
    "terminals-manage",
    "staff-read",
    "staff-manage",
    "features-read",
  ],
  "branch-manager": ["dashboard-read", "members-read", "members-write", "pos", "branches-read", "staff-read", "features-read"],
  cashier: ["members-read", "members-write", "pos", "branches-read", "features-read"],
  marketer: ["dashboard-read", "members-read", "branches-read", "features-read"],
  support: ["members-read", "members-write", "branches-read", "features-read"],
  analyst: ["dashboard-read", "members-read", "branches-read", "features-read"],
};

/** Roles that work in one branch: a branch manager must have one, a cashier may. */
export function branchRole(role: string): "required" | "optional" | null {
  if (role === "branch-manager") return "required";
  if (role === "cashier") return "optional";
  return null;
}

/** Only an owner hands out (or takes away) the owner and manager roles (ManageStaff.mayGrant). */
export function ownerOnly(role: string): boolean {
  return role === "owner" || role === "manager";
}

/** The roles a caller may give: all of them for an owner, the others for a manager. */
export function grantableRoles(callerRole: string | undefined): StaffRole[] {
  return STAFF_ROLES.filter((r) => callerRole === "owner" || !ownerOnly(r));
}
