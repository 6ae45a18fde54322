import { useMutation, useQueryClient } from "@tanstack/react-query";
import { api, apiBlob, apiPage } from "../../lib/api";
import type { BalanceView, CardType, CatalogueEntry, MemberView, Paged } from "./types";
import type { MemberImportView, RowProblem } from "./types";

// The members pages' reads and writes: the member list, registration, the club's catalogues and the
// imports from a file. A member's own profile has its own (profile/queries.ts).

const enc = encodeURIComponent;
const FIVE_MINUTES = 5 * 60_000;

/** A page of members matching the search (X-Total-Count the total). */
export function membersQuery(query: Record<string, string | number | undefined>) {
  return { queryKey: ["members", query] as const, queryFn: () => apiPage<MemberView>("/members", { query }) };
}

/** A member's balance and level, for a row of the list. */
export function memberBalanceQuery(code: string) {
  return { queryKey: ["balance", code] as const, queryFn: () => api<BalanceView>(`/members/${enc(code)}/balance`), staleTime: 60_000 };
}

export const groupsQuery = { queryKey: ["member-groups"] as const, queryFn: () => api<CatalogueEntry[]>("/member-groups"), staleTime: FIVE_MINUTES };
export const categoriesQuery = { queryKey: ["member-categories"] as const, queryFn: () => api<CatalogueEntry[]>("/member-categories"), staleTime: FIVE_MINUTES };
export const cardTypesQuery = { queryKey: ["card-types"] as const, queryFn: () => api<CardType[]>("/card-types"), staleTime: FIVE_MINUTES };

export interface Registration {
  body: object;
  /** A card type other than the standard one issued at once, idempotent by `cardKey`. */
  cardType: string | null;
  cardKey: string;
  tags: string[];
}

/**
 * POST /members, then the card of another type and the tags asked for. The member exists once the
 * first call succeeded: what fails after is named in `failed`, for the profile to say so.
 */
export function useRegisterMember() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: async ({ body, cardType, cardKey, tags }: Registration) => {
      const created = await api<MemberView>("/members", { method: "POST", body });
      const failed: { cardType?: string; tag?: string }[] = [];
      if (cardType) {
        try {
          await api(`/members/${created.memberCode}/cards`, { method: "POST", body: { type: cardType }, idempotencyKey: cardKey });
        } catch {
          failed.push({ cardType });
        }
      }
      for (const tag of tags) {
        try {
          await api(`/members/${created.memberCode}/tags/${enc(tag)}`, { method: "PUT" });
        } catch {
          failed.push({ tag });
        }
      }
      return { created, failed };
    },
    onSuccess: () => void client.invalidateQueries({ queryKey: ["members"] }),
  });
}

export function importsQuery(page: number, size: number) {
  return {
    queryKey: ["member-imports", { page, pageSize: size }] as const,
    queryFn: () => api<Paged<MemberImportView>>("/member-imports", { query: { page, size } }),
  };
}

export function importQuery(id: string) {
  return { queryKey: ["member-import", id] as const, queryFn: () => api<MemberImportView>(`/member-imports/${enc(id)}`) };
}

/** A page of an import's refused rows; `version` changes while it runs, so that new ones are read. */
export function importErrorsQuery(id: string, page: number, size: number, version: unknown) {
  return {
    queryKey: ["member-import-errors", id, { page, pageSize: size }, version] as const,
    queryFn: () => api<Paged<RowProblem>>(`/member-imports/${enc(id)}/errors`, { query: { page, size } }),
  };
}

/** POST /member-imports with the file as it is, one Idempotency-Key per chosen file (`key`). */
export function useUploadImport() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ file, contentType, key }: { file: File; contentType: string; key: string }) =>
      api<MemberImportView>("/member-imports", { method: "POST", query: { name: file.name }, raw: file, contentType, idempotencyKey: key }),
    onSuccess: () => void client.invalidateQueries({ queryKey: ["member-imports"] }),
  });
}

/** The refused rows as CSV, to save. */
export function useImportErrorsCsv(id: string) {
  return useMutation({
    // apiBlob asks for JSON by default, which the CSV endpoint answers 406.
    mutationFn: () => apiBlob(`/member-imports/${enc(id)}/errors.csv`, { headers: { Accept: "text/csv, application/problem+json" } }),
  });
}
