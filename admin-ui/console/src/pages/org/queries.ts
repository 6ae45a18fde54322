import { useMutation, useQueryClient } from "@tanstack/react-query";
import { api } from "../../lib/api";
import type { OpenSession } from "../../lib/sessions";

// The org pages' reads and writes: branches and their terminals, staff accounts and their sessions,
// and the roles as the server defines them.

export interface Branch {
  code: string;
  name: string;
  active: boolean;
  createdAt: string;
}

export interface Terminal {
  terminalId: string;
  branch: string;
  name: string;
  active: boolean;
  createdAt: string;
  revokedAt?: string | null;
}

/** A terminal just created, with the API key shown this once. */
export interface NewTerminal {
  terminalId: string;
  branch: string;
  name: string;
  apiKey: string;
}

export interface StaffMember {
  username: string;
  role: string;
  branch?: string | null;
  mobile?: string | null;
  active: boolean;
  mfaEnabled: boolean;
  createdAt: string;
}

/** A staff role as GET /roles describes it (DescribeRoles.RoleView): the server's own rules. */
export interface RoleInfo {
  role: string;
  /** Permission wire names, own-account included. */
  permissions: string[];
  /** Whether its accounts work in one branch. */
  branch: "required" | "optional" | "none";
  /** Only an owner hands this role out or takes it away. */
  ownerGrantsOnly: boolean;
}

const enc = encodeURIComponent;

/** The club's branches (a branch manager's own only). */
export const branchesQuery = { queryKey: ["branches"] as const, queryFn: () => api<Branch[]>("/branches") };

export function terminalsQuery(branch: string) {
  return { queryKey: ["terminals", branch] as const, queryFn: () => api<Terminal[]>(`/branches/${enc(branch)}/terminals`) };
}

/** The club's staff accounts. */
export const staffQuery = { queryKey: ["staff"] as const, queryFn: () => api<StaffMember[]>("/staff") };

/** The staff roles with what each may do; the same for every club, so read once per sign-in. */
export const rolesQuery = { queryKey: ["roles"] as const, queryFn: () => api<RoleInfo[]>("/roles"), staleTime: Infinity };

/**
 * POST /branches, with one Idempotency-Key per opening of the form (`key`): a retry after a timeout
 * answers the branch already made. The new branch joins the list at once.
 */
export function useCreateBranch() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ code, name, key }: { code: string; name: string; key: string }) => api<Branch>("/branches", { body: { code, name }, idempotencyKey: key }),
    onSuccess: (b) => {
      client.setQueryData<Branch[]>(branchesQuery.queryKey, (old) => (old ? [...old.filter((x) => x.code !== b.code), b] : [b]));
      void client.invalidateQueries({ queryKey: branchesQuery.queryKey });
    },
  });
}

/** POST /branches/{code}/terminals: not idempotent, so the form sends it once (its button is disabled while sending). */
export function useCreateTerminal(branch: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (name: string) => api<NewTerminal>(`/branches/${enc(branch)}/terminals`, { body: { name } }),
    onSuccess: () => void client.invalidateQueries({ queryKey: terminalsQuery(branch).queryKey }),
  });
}

export function useRevokeTerminal(branch: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (terminal: Terminal) => api<Terminal>(`/branches/${enc(branch)}/terminals/${enc(terminal.terminalId)}/revoke`, { method: "POST" }),
    onSuccess: (after) => client.setQueryData<Terminal[]>(terminalsQuery(branch).queryKey, (old) => old?.map((x) => (x.terminalId === after.terminalId ? after : x))),
  });
}

/** POST /staff (a new account) or PATCH /staff/{username} (a change); the list shows the answer at once. */
export function useSaveStaff() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ editing, body }: { editing: string | null; body: object }) =>
      editing ? api<StaffMember>(`/staff/${enc(editing)}`, { method: "PATCH", body }) : api<StaffMember>("/staff", { body }),
    onSuccess: (saved, { editing }) => {
      client.setQueryData<StaffMember[]>(staffQuery.queryKey, (old) => (old ? (editing ? old.map((s) => (s.username === saved.username ? saved : s)) : [...old, saved]) : old));
      void client.invalidateQueries({ queryKey: staffQuery.queryKey });
    },
  });
}

/** Sets a new password for a staff member (PATCH /staff/{username} {"password"}). */
export function useResetStaffPassword() {
  return useMutation({
    mutationFn: ({ username, password }: { username: string; password: string }) => api<StaffMember>(`/staff/${enc(username)}`, { method: "PATCH", body: { password } }),
  });
}

const sessionsPath = (username: string) => `/staff/${enc(username)}/sessions`;

/** A staff member's open sessions, for whoever manages his account. */
export function staffSessionsQuery(username: string) {
  return {
    queryKey: ["staff-sessions", username] as const,
    queryFn: () => api<OpenSession[]>(sessionsPath(username)),
  };
}

/** Ends one of his sessions (`id`), or all of them (no id): he is signed out there at once. */
export function useEndStaffSessions(username: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (id?: string) => api<void>(id ? `${sessionsPath(username)}/${enc(id)}` : sessionsPath(username), { method: "DELETE" }),
    onSettled: () => client.invalidateQueries({ queryKey: ["staff-sessions", username] }),
  });
}
