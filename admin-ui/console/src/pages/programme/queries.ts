import { useMutation, useQueryClient } from "@tanstack/react-query";
import { api } from "../../lib/api";
import type { MemberGroup } from "./EarningSection";
import type { Programme } from "./rules";
import type { DryRunQuote } from "./dryRun";

// The club's programmes: the list, a new one, saving one (whole or its levels), the default, and the
// preview of what an invoice would earn.

const PROGRAMMES_KEY = ["programmes"] as const;
const enc = encodeURIComponent;

export const programmesQuery = { queryKey: PROGRAMMES_KEY, queryFn: () => api<Programme[]>("/programmes") };

export function programmeQuery(code: string) {
  return { queryKey: [...PROGRAMMES_KEY, code] as const, queryFn: () => api<Programme>(`/programmes/${enc(code)}`) };
}

export const memberGroupsQuery = { queryKey: ["member-groups"] as const, queryFn: () => api<MemberGroup[]>("/member-groups"), staleTime: 60_000 };

/** POST /programmes; the list shows the new one at once. */
export function useCreateProgramme() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: { code: string; name: string; rules: object }) => api<Programme>("/programmes", { method: "POST", body }),
    onSuccess: (p) => {
      client.setQueryData<Programme[]>(PROGRAMMES_KEY, (old) => [...(old ?? []), p]);
      void client.invalidateQueries({ queryKey: PROGRAMMES_KEY });
    },
  });
}

/** PUT /programmes/{code} (everything) or PUT /programmes/{code}/levels (the levels alone), with the version it was loaded at. */
export function useSaveProgramme(code: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ levelsOnly, body }: { levelsOnly: boolean; body: object }) =>
      api<Programme>(levelsOnly ? `/programmes/${enc(code)}/levels` : `/programmes/${enc(code)}`, { method: "PUT", body }),
    onSuccess: (saved) => client.setQueryData<Programme[]>(PROGRAMMES_KEY, (old) => old?.map((p) => (p.code === saved.code ? saved : p))),
  });
}

/** The programme as saved now, after a 409 said someone else saved it meanwhile. */
export function useFetchProgramme() {
  const client = useQueryClient();
  return (code: string) => client.fetchQuery({ ...programmeQuery(code), staleTime: 0 });
}

export function useMakeDefault(code: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: () => api<Programme>(`/programmes/${enc(code)}/default`, { method: "PUT" }),
    onSuccess: () => void client.invalidateQueries({ queryKey: PROGRAMMES_KEY }),
  });
}

/** The POS contract's preview (docs/integration.md): what an invoice would earn, nothing stored. */
export const DRY_RUN_PATH = "/pos/invoices/dry-run";

/** POST the sample invoice to the preview: what it would earn, nothing stored. */
export function useDryRun() {
  return useMutation({ mutationFn: (body: unknown) => api<DryRunQuote>(DRY_RUN_PATH, { method: "POST", body }) });
}
