import { useMutation, useQueryClient } from "@tanstack/react-query";
import { api } from "../../lib/api";
import { overrideCall, type OverrideChoice, type TenantFeatureState } from "./overrides";

export { plansQuery } from "../club/queries";

// The platform admin's reads and writes: the clubs, one club's plan and status, its feature overrides.

export interface Tenant {
  slug: string;
  name: string;
  plan: string;
  status: "ACTIVE" | "SUSPENDED" | "PROVISIONING" | string;
  branding?: Record<string, string>;
  schemaVersion?: string;
  createdAt: string;
  updatedAt?: string;
}

const enc = encodeURIComponent;

export const tenantsQuery = { queryKey: ["tenants"] as const, queryFn: () => api<Tenant[]>("/platform/tenants") };

export function tenantQuery(slug: string) {
  return { queryKey: ["tenant", slug] as const, queryFn: () => api<Tenant>(`/platform/tenants/${enc(slug)}`) };
}

export function tenantFeaturesQuery(slug: string) {
  return { queryKey: ["tenant-features", slug] as const, queryFn: () => api<TenantFeatureState[]>(`/platform/tenants/${enc(slug)}/features`) };
}

/** POST /platform/tenants: the club and its first owner; the list shows it at once. */
export function useCreateTenant() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: object) => api<Tenant>("/platform/tenants", { body }),
    onSuccess: (x) => {
      client.setQueryData<Tenant[]>(tenantsQuery.queryKey, (old) => (old ? [...old, x] : [x]));
      void client.invalidateQueries({ queryKey: tenantsQuery.queryKey });
    },
  });
}

/** PATCH /platform/tenants/{slug} with a new plan or status; a new plan changes the club's features. */
export function useChangeTenant(slug: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: { plan?: string; status?: string }) => api<Tenant>(`/platform/tenants/${enc(slug)}`, { method: "PATCH", body }),
    onSuccess: (after) => {
      client.setQueryData(tenantQuery(slug).queryKey, after);
      client.setQueryData<Tenant[]>(tenantsQuery.queryKey, (old) => old?.map((x) => (x.slug === after.slug ? after : x)));
      void client.invalidateQueries({ queryKey: tenantFeaturesQuery(slug).queryKey });
    },
  });
}

/** Turns one feature of the club on or off, or back to its plan's default (overrideCall). */
export function useSetOverride(slug: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ code, choice }: { code: string; choice: OverrideChoice }) => {
      const call = overrideCall(slug, code, choice);
      return api<TenantFeatureState>(call.path, { method: call.method, body: call.body });
    },
    onSuccess: (after) => client.setQueryData<TenantFeatureState[]>(tenantFeaturesQuery(slug).queryKey, (old) => old?.map((f) => (f.code === after.code ? after : f))),
  });
}
