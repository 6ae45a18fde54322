import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { api, apiBlob } from "../../../lib/api";
import type { BalanceView, CardView, LedgerEntry, MemberView, NoteView, Paged } from "../types";

// A member's profile: his data, balances, ledger, notes, QR code, and every change made from it.

export const memberKey = (code: string) => ["member", code];
export const balanceKey = (code: string) => ["balance", code];
export const ledgerKey = (code: string) => ["ledger", code];
export const notesKey = (code: string) => ["notes", code];

const enc = encodeURIComponent;

export function useMember(code: string) {
  return useQuery({ queryKey: memberKey(code), queryFn: () => api<MemberView>(`/members/${enc(code)}`) });
}

export function useBalance(code: string) {
  return useQuery({ queryKey: balanceKey(code), queryFn: () => api<BalanceView>(`/members/${enc(code)}/balance`) });
}

/** One page of his ledger, newest first. */
export function ledgerQuery(code: string, page: number, size: number) {
  return {
    queryKey: [...ledgerKey(code), { page, pageSize: size }],
    queryFn: () => api<Paged<LedgerEntry>>(`/members/${enc(code)}/ledger`, { query: { page, size } }),
  };
}

/** His notes, page by page (useInfiniteQuery). */
export function notesQuery(code: string, size: number) {
  return {
    queryKey: notesKey(code),
    queryFn: ({ pageParam }: { pageParam: number }) => api<Paged<NoteView>>(`/members/${enc(code)}/notes`, { query: { page: pageParam, size } }),
    initialPageParam: 0,
    getNextPageParam: (last: Paged<NoteView>) => ((last.page + 1) * last.size < last.total ? last.page + 1 : undefined),
  };
}

/** His QR code as a PNG: a digital one (expires in minutes) or the printed one. */
export function qrQuery(code: string, kind: "digital" | "printed") {
  return {
    queryKey: ["member-qr", code, kind],
    // apiBlob asks for JSON by default, which a PNG endpoint answers 406.
    queryFn: () => apiBlob(`/members/${enc(code)}/qr.png`, { query: { kind, size: 240 }, headers: { Accept: "image/png, application/problem+json" } }),
  };
}

/** After any change on a member: his profile, balances, ledger and the list read again. */
export function useRefreshMember(code: string) {
  const client = useQueryClient();
  return (what: { member?: boolean; money?: boolean } = { member: true, money: true }) => {
    if (what.member) {
      void client.invalidateQueries({ queryKey: memberKey(code) });
      void client.invalidateQueries({ queryKey: ["members"] });
    }
    if (what.money) {
      void client.invalidateQueries({ queryKey: balanceKey(code) });
      void client.invalidateQueries({ queryKey: ledgerKey(code) });
    }
  };
}

/** PATCH /members/{code} with the fields that changed. */
export function useEditMember(code: string) {
  return useMutation({ mutationFn: (body: Record<string, string | null>) => api<MemberView>(`/members/${enc(code)}`, { method: "PATCH", body }) });
}

/** PUT /members/{code}/status: active or not, credit usable or not, with a reason. */
export function useChangeMemberStatus(code: string) {
  return useMutation({
    mutationFn: (body: { active: boolean; creditActive: boolean; reason: string }) => api<MemberView>(`/members/${enc(code)}/status`, { method: "PUT", body }),
  });
}

/** PUT /members/{code}/pin. */
export function useSetPin(code: string) {
  return useMutation({ mutationFn: (pin: string) => api<void>(`/members/${enc(code)}/pin`, { method: "PUT", body: { pin } }) });
}

/** POST /members/{code}/adjustments, one Idempotency-Key per opening of the dialog (`key`). */
export function useAdjust(code: string) {
  return useMutation({
    mutationFn: ({ asset, amount, reason, key }: { asset: string; amount: number; reason: string; key: string }) =>
      api<void>(`/members/${enc(code)}/adjustments`, { method: "POST", body: { asset, amount, reason }, idempotencyKey: key }),
  });
}

export type CardAction = "suspend" | "reactivate" | "block" | "replace";

/** A card suspended, reactivated or blocked (PUT status), or replaced by a new one (POST replace, idempotent by `key`). */
export function useCardAction(cardNumber: string, action: CardAction) {
  return useMutation({
    mutationFn: ({ reason, key }: { reason: string; key: string }) =>
      action === "replace"
        ? api<CardView>(`/cards/${cardNumber}/replace`, { method: "POST", body: { reason }, idempotencyKey: key })
        : api<CardView>(`/cards/${cardNumber}/status`, {
            method: "PUT",
            body: { status: action === "suspend" ? "SUSPENDED" : action === "block" ? "BLOCKED" : "ACTIVE", reason },
          }),
  });
}

/** POST /members/{code}/cards: a new card of a type, idempotent by `key`. */
export function useIssueCard(code: string) {
  return useMutation({
    mutationFn: ({ type, key }: { type: string; key: string }) => api<CardView>(`/members/${enc(code)}/cards`, { method: "POST", body: { type }, idempotencyKey: key }),
  });
}

/** PUT or DELETE /members/{code}/tags/{tag}. */
export function useTag(code: string, method: "PUT" | "DELETE") {
  return useMutation({ mutationFn: (tag: string) => api<void>(`/members/${enc(code)}/tags/${enc(tag)}`, { method }) });
}

/** POST /members/{code}/notes; the notes are read again after. */
export function useAddNote(code: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (note: { text: string; kind: string }) => api<NoteView>(`/members/${enc(code)}/notes`, { method: "POST", body: note }),
    onSuccess: () => void client.invalidateQueries({ queryKey: notesKey(code) }),
  });
}

/** A message the club sent the member (GET /members/{code}/messages). */
export interface MemberMessage {
  id: string;
  channel: string;
  text: string | null;
  status: string;
  createdAt: string;
  sentAt?: string | null;
  /** Rial; none when the gateway does not say. */
  cost?: number | null;
}

/** Which channels the member lets the club reach him on; on one he refused, what is due to him is SUPPRESSED, not sent. */
export interface Consents {
  sms: boolean;
  email: boolean;
  push: boolean;
  /** The club's messenger bot (C8); a server without messengers does not answer it. */
  messenger?: boolean;
}

/** One page of what the club sent him, newest first. */
export function memberMessagesQuery(code: string, page: number, size: number) {
  return {
    queryKey: ["member-messages", code, { page, size }] as const,
    queryFn: () => api<Paged<MemberMessage>>(`/members/${enc(code)}/messages`, { query: { page, size } }),
  };
}

export const consentsKey = (code: string) => ["member-consents", code];

export function consentsQuery(code: string) {
  return { queryKey: consentsKey(code), queryFn: () => api<Consents>(`/members/${enc(code)}/consents`) };
}

/** PUT /members/{code}/consents with the one channel that changed (the others keep theirs on the server). */
export function useSetConsent(code: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (change: Partial<Consents>) => api<Consents>(`/members/${enc(code)}/consents`, { method: "PUT", body: change }),
    onSuccess: (saved) => client.setQueryData(consentsKey(code), saved),
  });
}
