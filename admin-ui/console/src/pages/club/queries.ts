import { api } from "../../lib/api";

// The plan page's reads: the club's features (the session's own query) and the plan matrix.

/** GET /plans (PlansResource): the plans cheapest first and each feature's cell per plan. */
export interface PlanMatrix {
  plans: string[];
  features: { code: string; name: string; cells: Record<string, string> }[];
}

/** The club's features; the same query (and cache) as the session's, for its error and a retry. */
export { featuresQuery } from "../../lib/queries";

/** The plan matrix of docs/plans.md as the server applies it; the same for everyone, so read once. */
export const plansQuery = { queryKey: ["plans"] as const, queryFn: () => api<PlanMatrix>("/plans"), staleTime: Infinity };
