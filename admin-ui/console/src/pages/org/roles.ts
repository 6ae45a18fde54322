import { useMemo } from "react";
import { useQuery } from "@tanstack/react-query";
import { rolesQuery, type RoleInfo } from "./queries";

/**
 * The staff roles' rules as the server states them (GET /roles, from Role.java and ManageStaff): the
 * staff page explains the roles and offers only what the caller may grant from this answer, never
 * from a copy of its own. The server still decides.
 */
export interface RoleRules {
  /** The staff roles in the server's order. */
  names: string[];
  /** What the role may do (permission wire names), own-account (everyone's) left out. */
  permissions: (role: string) => string[];
  /** A role that works in one branch: a branch manager must have one ("required"), a cashier may ("optional"). */
  branchRole: (role: string) => "required" | "optional" | null;
  /** Only an owner hands out (or takes away) this role. */
  ownerOnly: (role: string) => boolean;
  /** The roles a caller may give: all of them for an owner, the others for anyone else. */
  grantable: (callerRole: string | undefined) => string[];
}

export function roleRules(roles: readonly RoleInfo[]): RoleRules {
  const byName = new Map(roles.map((r) => [r.role, r]));
  return {
    names: roles.map((r) => r.role),
    permissions: (role) => (byName.get(role)?.permissions ?? []).filter((p) => p !== "own-account"),
    branchRole: (role) => {
      const scope = byName.get(role)?.branch;
      return scope === "required" || scope === "optional" ? scope : null;
    },
    ownerOnly: (role) => byName.get(role)?.ownerGrantsOnly ?? false,
    grantable: (callerRole) => roles.filter((r) => callerRole === "owner" || !r.ownerGrantsOnly).map((r) => r.role),
  };
}

/** The roles' rules with the state of their request (empty rules until the answer arrives). */
export function useRoleRules() {
  const roles = useQuery(rolesQuery);
  const rules = useMemo(() => roleRules(roles.data ?? []), [roles.data]);
  return { ...rules, query: roles };
}
