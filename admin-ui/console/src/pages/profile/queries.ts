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

/** An authenticator app's secret to confirm (POST /auth/mfa/setup). */
export interface Enrolment {
  secret: string;
  otpauthUri: string;
}

/**
 * Each change to the caller's own sign-in ends his other sessions on the server, so the list of
 * them (and, for MFA, who he is) is read again after it.
 */
function useOwnAccountChange<V, R>(call: (v: V) => Promise<R>, me = false) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: call,
    onSuccess: () => {
      if (me) void client.invalidateQueries({ queryKey: ["me"] });
      void client.invalidateQueries({ queryKey: MY_SESSIONS });
    },
  });
}

export function useChangePassword() {
  return useOwnAccountChange((body: { currentPassword: string; newPassword: string }) => api<void>("/auth/password", { body }));
}

export function useStartMfa() {
  return useMutation({ mutationFn: () => api<Enrolment>("/auth/mfa/setup", { method: "POST" }) });
}

export function useEnableMfa() {
  return useOwnAccountChange((otp: string) => api<{ recoveryCodes: string[] }>("/auth/mfa/enable", { body: { otp } }), true);
}

export function useDisableMfa() {
  return useOwnAccountChange((password: string) => api<void>("/auth/mfa", { method: "DELETE", body: { password } }), true);
}
