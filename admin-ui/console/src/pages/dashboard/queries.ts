import { api } from "../../lib/api";

export { branchesQuery } from "../org/queries";

/** GET /api/v1/dashboard (A1, AN4). */
export interface Dashboard {
  from: string;
  to: string;
  branch: string | null;
  members: { total: number; active: number; newInPeriod: number };
  totals: {
    newMembers: number;
    pointsIssued: number;
    pointsSpent: number;
    creditIssued: number;
    creditSpent: number;
    sales: number;
    clubSales?: number;
    invoices: number;
    /** Value of returns (rials) and their number. */
    returns: number;
    returnCount: number;
  };
  daily: { date: string; newMembers: number; pointsIssued: number; pointsSpent: number; creditIssued: number; creditSpent: number; sales: number; invoices: number }[];
  levels: { programme: string | null; level: string | null; name: string | null; members: number }[];
  topBranches: { code: string; name: string; sales: number; invoices: number; members: number }[];
}

/** The club's figures from `from` to `to` (Tehran days, both included), of one branch or all. */
export function dashboardQuery(from: string, to: string, branch: string) {
  return {
    queryKey: ["dashboard", from, to, branch] as const,
    queryFn: () => api<Dashboard>("/dashboard", { query: { from, to, branch: branch || undefined } }),
  };
}
