import { shiftIsoDate } from "../../lib/tehran";

/** One entry of an audit log (audit AuditRecord); before and after are JSON text, absent when null. */
export interface AuditRecord {
  id: string;
  occurredAt: string;
  tenant?: string | null;
  actorKind: string;
  actorId?: string | null;
  actorName?: string | null;
  action: string;
  targetType?: string | null;
  targetId?: string | null;
  before?: string | null;
  after?: string | null;
  requestId?: string | null;
  clientIp?: string | null;
}

/** GET /audit, /platform/audit and /platform/tenants/{slug}/audit answer a page of entries, newest first. */
export interface AuditPageAnswer {
  items: AuditRecord[];
  page: number;
  size: number;
  total: number;
}

/** The filters of AuditQueryParams; dates are Tehran calendar days (ISO), both ends included. */
export interface AuditFilters {
  actor: string;
  action: string;
  targetType: string;
  targetId: string;
  tenant: string;
  from: string | null;
  to: string | null;
}

export const NO_FILTERS: AuditFilters = { actor: "", action: "", targetType: "", targetId: "", tenant: "", from: null, to: null };

/** Iran keeps +03:30 all year (no daylight saving since 2022). */
const TEHRAN_OFFSET = "+03:30";

/**
 * The query string of an audit search: the server takes instants with an offset and reads "to" as
 * exclusive, so a Tehran day range [from, to] becomes [from 00:00, the day after to 00:00) in Tehran.
 */
export function auditQuery(filters: AuditFilters, page: number, size: number, withTenant = false): Record<string, string | number | undefined> {
  const text = (s: string) => (s.trim() === "" ? undefined : s.trim());
  return {
    actor: text(filters.actor),
    action: text(filters.action)?.toUpperCase(),
    targetType: text(filters.targetType),
    targetId: text(filters.targetId),
    tenant: withTenant ? text(filters.tenant) : undefined,
    from: filters.from ? `${filters.from}T00:00:00${TEHRAN_OFFSET}` : undefined,
    to: filters.to ? `${shiftIsoDate(filters.to, 1)}T00:00:00${TEHRAN_OFFSET}` : undefined,
    page,
    size,
  };
}

/** The filters a page's address carries (?actor=…&action=…&from=2026-11-01), so a log can be linked to. */
export function filtersFromSearch(params: URLSearchParams): AuditFilters {
  const date = (s: string | null) => (s && /^\d{4}-\d{2}-\d{2}$/.test(s) ? s : null);
  return {
    actor: params.get("actor") ?? "",
    action: params.get("action") ?? "",
    targetType: params.get("targetType") ?? "",
    targetId: params.get("targetId") ?? "",
    tenant: params.get("tenant") ?? "",
    from: date(params.get("from")),
    to: date(params.get("to")),
  };
}

export function filtersToSearch(filters: AuditFilters): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(filters)) if (v) out[k] = String(v).trim();
  return out;
}

/** A snapshot as a value: parsed JSON, the raw text when it is not JSON, null when absent. */
export function parseSnapshot(text: string | null | undefined): unknown {
  if (text == null || text === "") return null;
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}

/** The top-level fields whose values differ between before and after (those to highlight). */
export function changedFields(before: unknown, after: unknown): Set<string> {
  const changed = new Set<string>();
  if (!isRecord(before) || !isRecord(after)) return changed;
  for (const key of new Set([...Object.keys(before), ...Object.keys(after)])) {
    if (JSON.stringify(before[key]) !== JSON.stringify(after[key])) changed.add(key);
  }
  return changed;
}

/** The translation of a code from a table of them, or the code itself when there is none. */
export function labelOf(table: unknown, code: string | null | undefined): string {
  if (!code) return "—";
  const label = isRecord(table) ? table[code] : undefined;
  return typeof label === "string" ? label : code;
}
