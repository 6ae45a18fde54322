import { api } from "../../lib/api";
import { auditQuery, type AuditFilters, type AuditPageAnswer } from "./audit";

/** A page of an audit log (the club's, the platform's, or one club's for the platform admin) under `path`. */
export function auditPageQuery(path: string, filters: AuditFilters, page: number, size: number, withTenant: boolean) {
  return {
    queryKey: ["audit", path, filters, page, size] as const,
    queryFn: () => api<AuditPageAnswer>(path, { query: auditQuery(filters, page, size, withTenant) }),
  };
}
