/** The members API's shapes, as the JAX-RS resources answer them (nulls are left out of the JSON). */

export interface CardView {
  cardNumber: string;
  memberCode: string;
  type: string;
  status: "ACTIVE" | "SUSPENDED" | "BLOCKED" | "REPLACED" | string;
  expiresOn?: string | null;
  issuedAt: string;
  replacedBy?: string | null;
}

export interface MemberView {
  memberCode: string;
  cardNumber?: string | null;
  title?: string | null;
  firstName: string;
  lastName: string;
  group?: string | null;
  category?: string | null;
  /** Masked by the server (123****890). */
  nationalCode?: string | null;
  birthDate?: string | null;
  marriageDate?: string | null;
  educationDegree?: string | null;
  educationField?: string | null;
  mobile: string;
  phone?: string | null;
  otherPhones?: string | null;
  address?: string | null;
  city?: string | null;
  postalCode?: string | null;
  email?: string | null;
  referrerCode?: string | null;
  notes?: string | null;
  externalRef?: string | null;
  active: boolean;
  creditActive: boolean;
  registeredAt: string;
  tags?: string[];
  cards?: CardView[];
}

export interface BalanceView {
  points: number;
  credit: number;
  pendingPoints: number;
  pendingCredit: number;
  level?: string | null;
  levelName?: string | null;
  discountPercent?: number | null;
}

export interface LedgerEntry {
  id: string;
  asset: "POINTS" | "CREDIT" | string;
  bucket: "AVAILABLE" | "PENDING" | string;
  amount: number;
  kind: string;
  source?: string | null;
  sourceId?: string | null;
  reason?: string | null;
  balanceAfter: number;
  occurredAt: string;
  actor?: string | null;
}

/** The paged answers of ledger, notes, imports and import errors. */
export interface Paged<T> {
  items: T[];
  page: number;
  size: number;
  total: number;
}

export interface NoteView {
  id: string;
  kind: string;
  text: string;
  author: string;
  createdAt: string;
}

export const NOTE_KINDS = ["behaviour", "temperament", "call", "visit", "complaint", "other"] as const;

export interface CatalogueEntry {
  code: string;
  name: string;
  members?: number;
}

export interface CardType {
  code: string;
  name: string;
  validityMonths?: number | null;
  programmeCode?: string | null;
}

export interface MemberImportView {
  id: string;
  fileName?: string | null;
  kind: "CSV" | "XLSX" | string;
  status: "RUNNING" | "DONE" | "FAILED" | string;
  rowsRead: number;
  imported: number;
  failed: number;
  message?: string | null;
  actor?: string | null;
  createdAt: string;
  startedAt?: string | null;
  finishedAt?: string | null;
}

export interface RowProblem {
  row: number;
  field?: string | null;
  message: string;
}

export const fullName = (m: Pick<MemberView, "title" | "firstName" | "lastName">) => [m.title, m.firstName, m.lastName].filter(Boolean).join(" ");

/** Text of one direction inside a sentence of the other (a Persian name in English), kept whole. */
export const isolate = (s: string | null | undefined) => `\u2068${s ?? ""}\u2069`;
