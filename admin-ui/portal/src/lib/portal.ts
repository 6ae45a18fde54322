import { api } from "./api";
import type { Club, Consents, Invoice, InvoiceSummary, LedgerEntry, Me, Offer, Paged, ProfileEdit, Qr, Session } from "./types";

// Every call of the portal API, in one place.
const club = (tenant: string) => `/portal/${encodeURIComponent(tenant)}`;

export const portal = {
  club: (tenant: string) => api<Club>(`${club(tenant)}/club`, { auth: false }),
  requestCode: (tenant: string, mobile: string) => api<{ expiresIn: number; codeLength: number }>(`${club(tenant)}/otp`, { body: { mobile }, auth: false }),
  signIn: (tenant: string, mobile: string, code: string) => api<Session>(`${club(tenant)}/session`, { body: { mobile, code }, auth: false }),
  signInByLink: (tenant: string, token: string) => api<Session>(`${club(tenant)}/session/link`, { body: { token }, auth: false }),
  publicInvoice: (token: string) => api<Invoice>(`/portal/invoices/${encodeURIComponent(token)}`, { auth: false }),
  me: () => api<Me>("/portal/me"),
  updateMe: (edit: ProfileEdit) => api<Me>("/portal/me", { method: "PATCH", body: edit }),
  consents: (c: Consents) => api<Consents>("/portal/me/consents", { method: "PUT", body: c }),
  ledger: (page: number) => api<Paged<LedgerEntry>>(`/portal/me/ledger?page=${page}&size=20`),
  invoices: (page: number) => api<Paged<InvoiceSummary>>(`/portal/me/invoices?page=${page}&size=20`),
  invoice: (id: string) => api<Invoice>(`/portal/me/invoices/${encodeURIComponent(id)}`),
  offers: () => api<{ items: Offer[] }>("/portal/me/offers"),
  qr: () => api<Qr>("/portal/me/qr"),
  pushKey: () => api<{ publicKey: string }>("/messaging/push/public-key", { auth: false }),
  subscribe: (subscription: PushSubscriptionJSON) => api<void>("/portal/me/push-subscriptions", { body: subscription }),
  unsubscribe: (endpoint: string) => api<void>("/portal/me/push-subscriptions", { method: "DELETE", body: { endpoint } }),
  signOut: () => api<void>("/portal/session", { method: "DELETE" }),
};
