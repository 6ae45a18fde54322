import { useMutation, useQueryClient } from "@tanstack/react-query";
import { api, ApiError } from "../../lib/api";
import type { OpenSession } from "../../lib/sessions";

/** The caller's own open sessions (every browser signed in to his account). */
export const MY_SESSIONS = ["sessions", "mine"] as const;

export const mySessionsQuery = {
  queryKey: MY_SESSIONS,
  queryFn: () => api<OpenSession[]>("/auth/sessions"),
};

/** Ends some of the caller's other sessions, one DELETE each; the list is asked again after. */
export function useEndMySessions() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: async (ids: string[]) => {
      for (const id of ids) {
        try {
          await api(`/auth/sessions/${encodeURIComponent(id)}`, { method: "DELETE" });
        } catch (e) {
          // One that ended meanwhile (expired, signed out) is what was asked for.
          if (!(e instanceof ApiError && e.status === 404)) throw e;
        }
      }
    },
    onSettled: () => client.invalidateQueries({ queryKey: MY_SESSIONS }),
  });
}
