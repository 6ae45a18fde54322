import { useQuery, useQueryClient } from "@tanstack/react-query";
import { api } from "../../../lib/api";
import type { BalanceView, MemberView } from "../types";

export const memberKey = (code: string) => ["member", code];
export const balanceKey = (code: string) => ["balance", code];
export const ledgerKey = (code: string) => ["ledger", code];
export const notesKey = (code: string) => ["notes", code];

export function useMember(code: string) {
  return useQuery({ queryKey: memberKey(code), queryFn: () => api<MemberView>(`/members/${encodeURIComponent(code)}`) });
}

export function useBalance(code: string) {
  return useQuery({ queryKey: balanceKey(code), queryFn: () => api<BalanceView>(`/members/${encodeURIComponent(code)}/balance`) });
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
