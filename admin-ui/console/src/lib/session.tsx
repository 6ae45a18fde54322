import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from "react";
import { useQuery, useQueryClient } from "@tanstack/react-query";
import { configureApi } from "./api";
import { featuresQuery, logOut, meQuery } from "./queries";

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

/**
 * Set when the server ended the session under the operator's hands (the token expired, he signed out
 * elsewhere, his account was changed): the login page says so.
 */
const ENDED = "bashgah.sessionEnded";

/** Whether the login page may send the next person back to the page the last session was on. */
export function mayResume(): boolean {
  return sessionStorage.getItem(SIGNED_OUT) === null;
}

/** Whether the last session ended without the operator signing out (the login page tells him why he is there). */
export function sessionEnded(): boolean {
  return sessionStorage.getItem(ENDED) !== null;
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
  /**
   * Signs out on purpose: tells the server to end this session (POST /auth/logout; a session that
   * ended already is still a sign-out), then forgets it here.
   */
  signOut(): Promise<void>;
  /** May the caller do this (a permission name such as "members-write")? */
  may(permission: string): boolean;
  /** Does the club's plan (with overrides) have this feature (a docs/plans.md code such as "B2")? */
  has(feature: string): boolean;
  /** The lowest plan that has a feature, for "available from plan X". */
  unlockedBy(feature: string): string | null;
  isPlatformAdmin: boolean;
}

const SessionContext = createContext<Session | null>(null);

export function SessionProvider({ children }: { children: ReactNode }) {
  const [stored, setStored] = useState<Stored | null>(load);
  const client = useQueryClient();

  const forget = useCallback(() => {
    sessionStorage.removeItem(KEY);
    setStored(null);
    client.clear();
  }, [client]);

  const signOut = useCallback(async () => {
    sessionStorage.setItem(SIGNED_OUT, "1");
    sessionStorage.removeItem(ENDED);
    if (load()) {
      try {
        await logOut();
      } catch {
        // Ended already (expired, or ended from another device), or the server is out of reach: the
        // token is forgotten here all the same, and it expires on its own.
      }
    }
    forget();
  }, [forget]);

  /** The server refused the token (401): the session ended without the operator choosing it. */
  const ended = useCallback(() => {
    // Requests still under way while he signs out on purpose are refused too; that is no news to him.
    if (load() && sessionStorage.getItem(SIGNED_OUT) === null) sessionStorage.setItem(ENDED, "1");
    forget();
  }, [forget]);

  const signIn = useCallback(
    (token: string, tenant: string | null) => {
      const s = { token, tenant };
      sessionStorage.setItem(KEY, JSON.stringify(s));
      sessionStorage.removeItem(SIGNED_OUT);
      sessionStorage.removeItem(ENDED);
      client.clear();
      setStored(s);
    },
    [client],
  );

  useEffect(() => {
    configureApi(() => load()?.token ?? null, ended);
  }, [ended]);
  // The first render's queries must already carry the token.
  configureApi(() => load()?.token ?? null, ended);

  const me = useQuery({ ...meQuery(stored?.token), enabled: !!stored });
  const isStaff = me.data?.kind === "STAFF";
  const features = useQuery({ ...featuresQuery(stored?.token), enabled: !!stored && isStaff });

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
