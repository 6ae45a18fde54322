import { toLatinDigits } from "../../lib/digits";
import { SOCIAL_KEYS, type Branding, type BrandingUpdate, type SocialKey, type Template } from "./queries";

/**
 * The portal-look form's rules, kept out of the page so they can be tested on their own: what the
 * operator typed, checked as the server checks it (branding-api.md), and turned into the PUT that
 * sends only what changed.
 */
export interface BrandingForm {
  displayName: string;
  primaryColor: string;
  backgroundColor: string;
  template: Template;
  domain: string;
  address: string;
  social: Record<SocialKey, string>;
}

export type FormField = "displayName" | "primaryColor" | "backgroundColor" | "template" | "domain" | "address" | SocialKey;

/** The names of the server's field errors the form shows under its fields (social ones may come as social.instagram). */
export const FORM_FIELDS: FormField[] = ["displayName", "primaryColor", "backgroundColor", "template", "domain", "address", ...SOCIAL_KEYS];

export function formOf(b: Branding): BrandingForm {
  return {
    displayName: b.displayName ?? "",
    primaryColor: b.primaryColor,
    backgroundColor: b.backgroundColor,
    template: b.template,
    domain: b.domain ?? "",
    address: b.address ?? "",
    social: Object.fromEntries(SOCIAL_KEYS.map((k) => [k, b.social?.[k] ?? ""])) as Record<SocialKey, string>,
  };
}

/** A colour as typed ("0B6E4F", "#0b6e4f ", Persian digits) the way it is sent: "#0b6e4f". Not checked. */
export function normalizeHex(text: string): string {
  const t = toLatinDigits(text).trim().toLowerCase();
  return t.startsWith("#") ? t : "#" + t;
}

/** Whether a colour is `#rrggbb`, the only form the server takes. */
export function isHexColour(text: string): boolean {
  return /^#[0-9a-f]{6}$/.test(text);
}

/** A host name as the server takes it: letters, digits, dots and dashes, at least one dot, no scheme, no path. */
export function isHostName(text: string): boolean {
  if (text.length > 253) return false;
  const label = "[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?";
  return new RegExp(`^${label}(?:\\.${label})+$`).test(text);
}

const text = (v: string) => {
  const t = v.trim();
  return t === "" ? null : t;
};
const domainOf = (v: string) => text(toLatinDigits(v).toLowerCase());

export type FormProblem = "colour" | "domain";

/** The form's own problems, by field; the save waits until there are none. */
export function formProblems(form: BrandingForm): Partial<Record<FormField, FormProblem>> {
  const found: Partial<Record<FormField, FormProblem>> = {};
  if (!isHexColour(normalizeHex(form.primaryColor))) found.primaryColor = "colour";
  if (!isHexColour(normalizeHex(form.backgroundColor))) found.backgroundColor = "colour";
  const domain = domainOf(form.domain);
  if (domain !== null && !isHostName(domain)) found.domain = "domain";
  return found;
}

/**
 * The body of PUT /portal/branding: only the fields that differ from what the server has (a field left
 * out keeps its value there), an emptied text as null (which clears it). The social links go as one
 * object, all four, when any of them changed.
 */
export function changesOf(form: BrandingForm, saved: Branding): BrandingUpdate {
  const body: BrandingUpdate = {};
  const displayName = text(form.displayName);
  if (displayName !== (saved.displayName ?? null)) body.displayName = displayName;
  const primary = normalizeHex(form.primaryColor);
  if (primary !== saved.primaryColor.toLowerCase()) body.primaryColor = primary;
  const background = normalizeHex(form.backgroundColor);
  if (background !== saved.backgroundColor.toLowerCase()) body.backgroundColor = background;
  if (form.template !== saved.template) body.template = form.template;
  const domain = domainOf(form.domain);
  if (domain !== (saved.domain ?? null)) body.domain = domain;
  const address = text(form.address);
  if (address !== (saved.address ?? null)) body.address = address;
  const social = Object.fromEntries(SOCIAL_KEYS.map((k) => [k, text(form.social[k])])) as Record<SocialKey, string | null>;
  if (SOCIAL_KEYS.some((k) => social[k] !== (saved.social?.[k] ?? null))) body.social = social;
  return body;
}

// The images: checked here before the upload, so an operator is not kept waiting for a refusal.

export const LOGO_TYPES = ["image/png", "image/jpeg", "image/webp"];
export const LOGO_MAX_BYTES = 200 * 1024;
export const ICON_TYPES = ["image/png"];
export const ICON_MAX_BYTES = 500 * 1024;
export const ICON_MIN_PX = 512;

export type FileProblem = "type" | "size" | "square" | "small" | "unreadable";

/** A logo: png, jpeg or webp, at most 200 KB. */
export function checkLogoFile(file: Pick<File, "type" | "size">): FileProblem | null {
  if (!LOGO_TYPES.includes(file.type)) return "type";
  if (file.size > LOGO_MAX_BYTES) return "size";
  return null;
}

/** An app icon's file: png, at most 500 KB (its size in pixels is checked once it is loaded). */
export function checkIconFile(file: Pick<File, "type" | "size">): FileProblem | null {
  if (!ICON_TYPES.includes(file.type)) return "type";
  if (file.size > ICON_MAX_BYTES) return "size";
  return null;
}

/** An app icon's size in pixels: square, at least 512 on a side. */
export function checkIconPixels({ width, height }: { width: number; height: number }): FileProblem | null {
  if (width !== height) return "square";
  if (width < ICON_MIN_PX) return "small";
  return null;
}

/** The width and height of an image file, by loading it into an Image; rejects what the browser cannot read. */
export function readImageSize(file: Blob): Promise<{ width: number; height: number }> {
  return new Promise((resolve, reject) => {
    const url = URL.createObjectURL(file);
    const image = new Image();
    image.onload = () => {
      URL.revokeObjectURL(url);
      resolve({ width: image.naturalWidth, height: image.naturalHeight });
    };
    image.onerror = () => {
      URL.revokeObjectURL(url);
      reject(new Error("unreadable image"));
    };
    image.src = url;
  });
}

/** Everything checked of an app icon before it is uploaded: the file, then its pixels. */
export async function checkIcon(file: File, sizeOf: (f: Blob) => Promise<{ width: number; height: number }> = readImageSize): Promise<FileProblem | null> {
  const problem = checkIconFile(file);
  if (problem) return problem;
  try {
    return checkIconPixels(await sizeOf(file));
  } catch {
    return "unreadable";
  }
}

/** The colour a preview may use: the one typed when it is a colour, else the fallback (the saved one). */
export function shownColour(typed: string, fallback: string): string {
  const c = normalizeHex(typed);
  return isHexColour(c) ? c : fallback;
}

/** Black or white, whichever reads better on a colour (WCAG's relative luminance, as the portal picks it). */
export function inkOn(hex: string): "#000000" | "#ffffff" {
  const m = /^#([0-9a-f]{6})$/i.exec(hex);
  if (!m) return "#ffffff";
  const n = parseInt(m[1], 16);
  const channel = (c: number) => {
    const s = c / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  };
  const l = 0.2126 * channel((n >> 16) & 255) + 0.7152 * channel((n >> 8) & 255) + 0.0722 * channel(n & 255);
  return 1.05 / (l + 0.05) >= (l + 0.05) / 0.05 ? "#ffffff" : "#000000";
}

/** A pale tint of a colour (mixed with white), for the soft template's card. */
export function pastel(hex: string, share = 0.2): string {
  const n = parseInt(hex.slice(1), 16);
  const mix = (c: number) => Math.round(255 - (255 - c) * share);
  const rgb = [(n >> 16) & 255, (n >> 8) & 255, n & 255].map(mix);
  return "#" + rgb.map((c) => c.toString(16).padStart(2, "0")).join("");
}
