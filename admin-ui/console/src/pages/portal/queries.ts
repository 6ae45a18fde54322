import { useMutation, useQueryClient } from "@tanstack/react-query";
import { api } from "../../lib/api";

// The member portal's look (issue 13, CP2; plan codes J1-J3): GET and PUT /portal/branding, and the
// logo and app icon, each uploaded as the raw image (/work/helpers/branding-api.md, docs/console.md).

export type Template = "standard" | "soft" | "bold";
export const TEMPLATES: Template[] = ["standard", "soft", "bold"];

export type SocialKey = "instagram" | "telegram" | "whatsapp" | "website";
export const SOCIAL_KEYS: SocialKey[] = ["instagram", "telegram", "whatsapp", "website"];
export type Social = Record<SocialKey, string | null>;

/** What the club's plan lets it set: colours and domain (J3), template (J2), its own app icon (J1). */
export interface Allowed {
  colors: boolean;
  template: boolean;
  icon: boolean;
  domain: boolean;
}

/** GET /portal/branding, and the answer of every write. */
export interface Branding {
  displayName: string | null;
  /** The club's registered name (read only). */
  clubName: string;
  logoUrl: string | null;
  iconUrl: string | null;
  primaryColor: string;
  backgroundColor: string;
  template: Template;
  domain: string | null;
  address: string | null;
  social: Social;
  allowed: Allowed;
  /** The portal's address, e.g. "/p/demo/". */
  portalUrl: string;
}

/** PUT /portal/branding: every field optional; null clears; a field left out keeps its value. */
export interface BrandingUpdate {
  displayName?: string | null;
  primaryColor?: string;
  backgroundColor?: string;
  template?: Template;
  domain?: string | null;
  address?: string | null;
  social?: Partial<Social>;
}

export const brandingKey = ["portal-branding"] as const;
export const brandingQuery = { queryKey: brandingKey, queryFn: () => api<Branding>("/portal/branding") };

/** Every write answers the whole branding: the cache takes it as it is. */
function useBrandingWrite<V>(send: (value: V) => Promise<Branding>) {
  const client = useQueryClient();
  return useMutation({ mutationFn: send, onSuccess: (saved: Branding) => client.setQueryData(brandingKey, saved) });
}

export function useSaveBranding() {
  return useBrandingWrite((body: BrandingUpdate) => api<Branding>("/portal/branding", { method: "PUT", body }));
}

export type ImageKind = "logo" | "icon";

/** Uploads the club's logo or app icon as the raw image, with its own content type. */
export function useUploadImage(kind: ImageKind) {
  return useBrandingWrite((file: File) => api<Branding>(`/portal/branding/${kind}`, { method: "PUT", raw: file, contentType: file.type }));
}

export function useRemoveImage(kind: ImageKind) {
  return useBrandingWrite(() => api<Branding>(`/portal/branding/${kind}`, { method: "DELETE" }));
}
