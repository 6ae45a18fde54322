import { createContext, useContext, useRef, useSyncExternalStore } from "react";
import { deepEqual, getIn, setIn, toBody, type JsonObject, type ProgrammeBody, type ProgrammeForm } from "./rules";
import { validate, type CheckContext, type Errors } from "./validate";

/**
 * The programme form as a small store: an input subscribes to its own value and error, so a
 * keystroke re-renders that input and what summarises it, not the hundred other inputs of the
 * programme (a tablet at a till feels the difference).
 */
export interface FormState {
  form: ProgrammeForm;
  /** The programme as loaded, to tell whether anything changed. */
  original: { name: string; rules: JsonObject };
  /** Paths the operator has edited: their mistakes are shown at once, the others after a save attempt. */
  touched: ReadonlySet<string>;
  attempted: boolean;
  /** What the server refused, by form path, until the operator edits the field. */
  serverErrors: Errors;
  ctx: CheckContext;
}

const under = (path: string, prefix: string) => path === prefix || path.startsWith(prefix + ".") || path.startsWith(prefix + "[");

function memo<A extends unknown[], R>(fn: (...args: A) => R): (...args: A) => R {
  let last: { args: A; value: R } | null = null;
  return (...args: A) => {
    if (last && last.args.length === args.length && last.args.every((a, i) => a === args[i])) return last.value;
    last = { args, value: fn(...args) };
    return last.value;
  };
}

export class FormStore {
  private state: FormState;
  private readonly listeners = new Set<() => void>();

  constructor(initial: FormState) {
    this.state = initial;
  }

  get = (): FormState => this.state;

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  update = (change: (s: FormState) => FormState) => {
    const next = change(this.state);
    if (next === this.state) return;
    this.state = next;
    for (const l of [...this.listeners]) l();
  };

  /** The operator changed the value at {@code path}: it counts as touched and the server's word on it is void. */
  set = (path: string, value: unknown) => {
    this.update((s) => {
      const stale = Object.keys(s.serverErrors).filter((k) => under(k, path));
      let serverErrors = s.serverErrors;
      if (stale.length) {
        serverErrors = { ...s.serverErrors };
        for (const k of stale) delete serverErrors[k];
      }
      return { ...s, form: setIn(s.form, path, value), touched: s.touched.has(path) ? s.touched : new Set(s.touched).add(path), serverErrors };
    });
  };

  private readonly clientErrorsOf = memo((form: ProgrammeForm, ctx: CheckContext) => validate(form, ctx));
  private readonly shownErrorsOf = memo((client: Errors, server: Errors, attempted: boolean, touched: ReadonlySet<string>) => {
    const shown: Errors = {};
    const edited = [...touched];
    for (const [path, m] of Object.entries(client)) if (attempted || edited.some((p) => under(path, p))) shown[path] = m;
    return { ...shown, ...server };
  });
  private readonly bodyOf = memo((form: ProgrammeForm) => toBody(form));
  private readonly dirtyOf = memo((body: ProgrammeBody, original: FormState["original"]) => !deepEqual(body, original));

  clientErrors = (): Errors => this.clientErrorsOf(this.state.form, this.state.ctx);
  shownErrors = (): Errors => this.shownErrorsOf(this.clientErrors(), this.state.serverErrors, this.state.attempted, this.state.touched);
  body = (): ProgrammeBody => this.bodyOf(this.state.form);
  dirty = (): boolean => this.dirtyOf(this.body(), this.state.original);
}

export const StoreContext = createContext<FormStore | null>(null);

export function useStore(): FormStore {
  const store = useContext(StoreContext);
  if (!store) throw new Error("useStore outside StoreContext");
  return store;
}

/** Something derived from the form, re-rendering its component only when it changes (by {@code equal}). */
export function useSelector<T>(select: (store: FormStore) => T, equal: (a: T, b: T) => boolean = Object.is): T {
  return useSelectorOf(useStore(), select, equal);
}

/** As useSelector, for the component that owns the store (above its provider). */
export function useSelectorOf<T>(store: FormStore, select: (store: FormStore) => T, equal: (a: T, b: T) => boolean = Object.is): T {
  const last = useRef<{ value: T } | null>(null);
  const snapshot = () => {
    const next = select(store);
    if (last.current && equal(last.current.value, next)) return last.current.value;
    last.current = { value: next };
    return next;
  };
  return useSyncExternalStore(store.subscribe, snapshot, snapshot);
}

export const sameList = (a: readonly unknown[], b: readonly unknown[]) => a.length === b.length && a.every((x, i) => x === b[i]);

/** The value at a path of the form. */
export function useValue<T>(path: string): T {
  return useSelector((s) => getIn(s.get().form, path) as T);
}

/** The row keys of a list: its component re-renders when rows come, go or move, not when one is edited. */
export function useRowKeys(path: string): string[] {
  return useSelector((s) => ((getIn(s.get().form, path) as { $key: string }[] | undefined) ?? []).map((r) => r.$key), sameList);
}
