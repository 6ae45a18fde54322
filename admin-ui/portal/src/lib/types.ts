// The portal API's answers (docs: the portal API of issue 13).
export interface Club {
  slug: string;
  name: string;
  logoUrl: string | null;
  primaryColor: string;
  backgroundColor: string;
  template: string;
  qrAvailable: boolean;
  pushAvailable: boolean;
  /** The club's plan has the members' credit wallet (H1). */
  walletAvailable: boolean;
}

export interface Session {
  accessToken: string;
  tokenType: string;
  expiresIn: number;
}

export type Asset = "POINTS" | "CREDIT";

export interface Profile {
  mobile: string;
  email: string | null;
  birthDate: string | null;
  nationalCode: string | null;
  city: string | null;
}

export interface Consents {
  sms: boolean;
  email: boolean;
  push: boolean;
}

export interface Me {
  memberCode: string;
  firstName: string | null;
  lastName: string | null;
  level: string | null;
  levelName: string | null;
  balance: { points: number; credit: number; pendingPoints: number; pendingCredit: number };
  /**
   * How far he is on the programme's level basis within the window: {@code value} in Rial (TURNOVER), in
   * purchases (PURCHASES) or in points (POINTS); the next level's threshold on the same basis, null at the top.
   */
  progress: {
    basis: "TURNOVER" | "PURCHASES" | "POINTS";
    value: number;
    windowDays: number;
    nextLevel: string | null;
    nextLevelName: string | null;
    nextThreshold: number | null;
  } | null;
  expiring: { asset: Asset; amount: number; expiresAt: string }[];
  profile: Profile;
  consents: Consents;
  referralCode: string | null;
  qrAvailable: boolean;
}

export interface Paged<T> {
  items: T[];
  page: number;
  size: number;
  hasMore: boolean;
}

export interface LedgerEntry {
  id: string | number;
  at: string;
  asset: Asset;
  type: string;
  amount: number;
  description: string | null;
  invoiceNumber: string | null;
}

export interface InvoiceSummary {
  id: string | number;
  invoiceNumber: string;
  branchName: string | null;
  issuedAt: string;
  total: number;
  pointsEarned: number;
  creditEarned: number;
  creditRedeemed: number;
}

export interface Invoice {
  club: {
    slug: string;
    name: string;
    logoUrl: string | null;
    primaryColor: string;
    backgroundColor?: string;
    address?: string | null;
    social?: { instagram?: string | null; telegram?: string | null; whatsapp?: string | null; website?: string | null };
  };
  invoiceNumber: string;
  branchName: string | null;
  issuedAt: string;
  lines: { sku: string; name: string | null; quantity: number; unitPrice: number; lineTotal: number }[];
  payments: { method: string; amount: number }[];
  total: number;
  pointsEarned: number;
  creditEarned: number;
  creditRedeemed: number;
  balanceAfter: { points: number; credit: number } | null;
  surveyUrl: string | null;
  portalUrl: string | null;
}

export interface Offer {
  id?: string | number;
  title?: string;
  description?: string | null;
  validUntil?: string | null;
}

export interface Qr {
  payload: string;
  expiresAt: string;
}

export type ProfileEdit = Partial<Pick<Me, "firstName" | "lastName"> & Omit<Profile, "mobile">>;
