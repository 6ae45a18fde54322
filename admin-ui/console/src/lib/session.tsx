import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from "react";
import { useQuery, useQueryClient } from "@tanstack/react-query";
import { api, configureApi } from "./api";

export interface Me {
  username: string;
  kind: "STAFF" | "PLATFORM_ADMIN" | string;
  role: string;
  tenant: string | null;
  plan: string | null;
  branch: string | null;
  permissions?: string[];
  mfaEnabled?: boolean;
}

export interface FeatureEntry {
  code: string;
  name: string;
  on: boolean;
  variant?: string | null;
  unlockedBy: string | null;
}

export interface FeatureList {
  plan: string;
  features: Record<string, boolean>;
  catalogue?: FeatureEntry[];
}

interface Stored {
  token: string;
  tenant: string | null;
}

const KEY = "bashgah.session";
/** Set when someone signed out on purpose: the next login starts at home, not where he left. */
const SIGNED_OUT = "bashgah.signedOut";

/** Whether the login page may send the next person back to the page the last session was on. */
export function mayResume(): boolean {
  return sessionStorage.getItem(SIGNED_OUT) === null;
}

function load(): Stored | null {
  try {
    const raw = sessionStorage.getItem(KEY);
    return raw ? (JSON.parse(raw) as Stored) : null;
  } catch {
    return null;
  }
}

export interface Session {
  token: string | null;
  me: Me | undefined;
  features: FeatureList | undefined;
  loading: boolean;
  signIn(token: string, tenant: string | null): void;
  /** Ends the session; `onPurpose` when the person chose to (not when the token expired). */
  signOut(onPurpose?: boolean): void;
  /** May the caller do this (a permission name such as "members-write")? */
  may(permission: string): boolean;
  /** Does the club's plan (with overrides) have this feature (a PLANS.md code such as "B2")? */
  has(feature: string): boolean;
  /** The lowest plan that has a feature, for "available from plan X". */
  unlockedBy(feature: string): string | null;
  isPlatformAdmin: boolean;
}

const SessionContext = createContext<Session | null>(null);

export function SessionProvider({ children }: { children: ReactNode }) {
  const [stored, setStored] = useState<Stored | null>(load);
  const client = useQueryClient();

  const signOut = useCallback((onPurpose?: boolean) => {
    if (onPurpose) sessionStorage.setItem(SIGNED_OUT, "1");
    sessionStorage.removeItem(KEY);
    setStored(null);
    client.clear();
  }, [client]);

  const signIn = useCallback(
    (token: string, tenant: string | null) => {
      const s = { token, tenant };
      sessionStorage.setItem(KEY, JSON.stringify(s));
      sessionStorage.removeItem(SIGNED_OUT);
      client.clear();
      setStored(s);
    },
    [client],
  );

  useEffect(() => {
    configureApi(() => load()?.token ?? null, () => signOut());
  }, [signOut]);
  // The first render's queries must already carry the token.
  configureApi(() => load()?.token ?? null, () => signOut());

  const me = useQuery({ queryKey: ["me", stored?.token], queryFn: () => api<Me>("/auth/me"), enabled: !!stored, staleTime: 60_000 });
  const isStaff = me.data?.kind === "STAFF";
  const features = useQuery({ queryKey: ["features", stored?.token], queryFn: () => api<FeatureList>("/features"), enabled: !!stored && isStaff, staleTime: 60_000 });

  const value = useMemo<Session>(() => {
    const permissions = new Set(me.data?.permissions ?? []);
    const catalogue = new Map((features.data?.catalogue ?? []).map((f) => [f.code, f]));
    return {
      token: stored?.token ?? null,
      me: me.data,
      features: features.data,
      loading: !!stored && (me.isPending || (isStaff && features.isPending)),
      signIn,
      signOut,
      may: (p) => permissions.has(p),
      has: (f) => features.data?.features?.[f] === true,
      unlockedBy: (f) => catalogue.get(f)?.unlockedBy ?? null,
      isPlatformAdmin: me.data?.kind === "PLATFORM_ADMIN",
    };
  }, [stored, me.data, me.isPending, features.data, features.isPending, isStaff, signIn, signOut]);

  return <SessionContext.Provider value={value}>{children}</SessionContext.Provider>;
}

export function useSession(): Session {
  const s = useContext(SessionContext);
  if (!s) throw new Error("useSession outside SessionProvider");
  return s;
}
