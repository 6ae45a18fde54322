import { useMutation, useQueryClient } from "@tanstack/react-query";
import { api } from "../../lib/api";
import type { OpenSession } from "../../lib/sessions";

export interface StaffMember {
  username: string;
  role: string;
  branch?: string | null;
  mobile?: string | null;
  active: boolean;
  mfaEnabled: boolean;
  createdAt: string;
}

/** The club's staff accounts. */
export const staffQuery = {
  queryKey: ["staff"] as const,
  queryFn: () => api<StaffMember[]>("/staff"),
};

const path = (username: string) => `/staff/${encodeURIComponent(username)}/sessions`;

/** A staff member's open sessions, for whoever manages his account. */
export function staffSessionsQuery(username: string) {
  return {
    queryKey: ["staff-sessions", username] as const,
    queryFn: () => api<OpenSession[]>(path(username)),
  };
}

/** Ends one of his sessions (`id`), or all of them (no id): he is signed out there at once. */
export function useEndStaffSessions(username: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (id?: string) => api<void>(id ? `${path(username)}/${encodeURIComponent(id)}` : path(username), { method: "DELETE" }),
    onSettled: () => client.invalidateQueries({ queryKey: ["staff-sessions", username] }),
  });
}
