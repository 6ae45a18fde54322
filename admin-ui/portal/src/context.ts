import { createContext } from "preact";
import { useCallback, useContext, useEffect, useState } from "preact/hooks";
import type { Lang } from "./lib/format";
import { translate, type Key } from "./lib/i18n";
import type { Club, Session } from "./lib/types";

export interface Portal {
  lang: Lang;
  setLang(lang: Lang): void;
  t(key: Key, values?: Record<string, string | number>): string;
  /** The club of the page; null on the public invoice page. */
  tenant: string | null;
  club: Club | null;
  navigate(path: string, options?: { replace?: boolean }): void;
  signedIn(session: Session): void;
  signOut(): void;
}

export const PortalContext = createContext<Portal>({
  lang: "fa",
  setLang: () => {},
  t: (key, values) => translate("fa", key, values),
  tenant: null,
  club: null,
  navigate: () => {},
  signedIn: () => {},
  signOut: () => {},
});

export function usePortal(): Portal {
  return useContext(PortalContext);
}

export interface Loaded<T> {
  data: T | undefined;
  error: unknown;
  loading: boolean;
  reload(): void;
}

/** An answer of the API for a screen: loads when the screen opens (and when deps change). */
export function useLoad<T>(load: () => Promise<T>, deps: unknown[]): Loaded<T> {
  const [state, setState] = useState<{ data?: T; error?: unknown; loading: boolean }>({ loading: true });
  const [round, setRound] = useState(0);
  useEffect(() => {
    let live = true;
    setState((s) => ({ data: s.data, loading: true }));
    load().then(
      (data) => live && setState({ data, loading: false }),
      (error) => live && setState({ error, loading: false }),
    );
    return () => {
      live = false;
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [...deps, round]);
  const reload = useCallback(() => setRound((r) => r + 1), []);
  return { data: state.data, error: state.error, loading: state.loading, reload };
}
