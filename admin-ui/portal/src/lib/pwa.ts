/**
 * The portal as an installable app of its club: the manifest and the service worker live under the
 * club's path (/p/{club}/manifest.webmanifest, /p/{club}/sw.js), which the server makes from the club's
 * name, colours and icon. index.html is the same file at every path, so both are set from here, never
 * from an inline script (the Content-Security-Policy allows none).
 */
export function manifestPath(tenant: string) {
  return `/p/${tenant}/manifest.webmanifest`;
}

export function addManifest(tenant: string, doc: Document = document) {
  let link = doc.querySelector<HTMLLinkElement>('link[rel="manifest"]');
  if (!link) {
    link = doc.createElement("link");
    link.rel = "manifest";
    doc.head.appendChild(link);
  }
  link.href = manifestPath(tenant);
}

export async function registerServiceWorker(tenant: string): Promise<ServiceWorkerRegistration | null> {
  if (!("serviceWorker" in navigator)) return null;
  try {
    return await navigator.serviceWorker.register(`/p/${tenant}/sw.js`, { scope: `/p/${tenant}/` });
  } catch {
    return null;
  }
}

/** A VAPID public key (base64url) as the bytes PushManager.subscribe wants. */
export function vapidKeyBytes(base64url: string): Uint8Array<ArrayBuffer> {
  const base64 = base64url.replace(/-/g, "+").replace(/_/g, "/").padEnd(Math.ceil(base64url.length / 4) * 4, "=");
  const binary = atob(base64);
  const bytes = new Uint8Array(new ArrayBuffer(binary.length));
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

/** Black or white, whichever reads better on a club's colour (#0b6e4f -> white). */
export function inkOn(hex: string): "#000000" | "#ffffff" {
  const m = /^#?([0-9a-f]{6})$/i.exec(hex.trim());
  if (!m) return "#ffffff";
  const n = parseInt(m[1], 16);
  const channel = (c: number) => {
    const s = c / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  };
  const l = 0.2126 * channel((n >> 16) & 255) + 0.7152 * channel((n >> 8) & 255) + 0.0722 * channel(n & 255);
  // contrast with white (1.05 / (l + 0.05)) against contrast with black ((l + 0.05) / 0.05)
  return 1.05 / (l + 0.05) >= (l + 0.05) / 0.05 ? "#ffffff" : "#000000";
}

/** A colour the server sent, or the fallback when it is not a #rrggbb one (nothing else reaches CSS). */
export function safeColour(hex: string | null | undefined, fallback: string): string {
  return hex && /^#[0-9a-f]{6}$/i.test(hex.trim()) ? hex.trim() : fallback;
}

/** The club's colours as CSS variables on the page, its name as the title and the browser's bar colour. */
export function applyBranding(
  brand: { name: string; primaryColor?: string | null; backgroundColor?: string | null; template?: string | null },
  doc: Document = document,
) {
  const primary = safeColour(brand.primaryColor, "#0b6e4f");
  // the club's template (Premium, J2): the stylesheet shapes cards, buttons and the header by it
  doc.documentElement.dataset.template = brand.template === "soft" || brand.template === "bold" ? brand.template : "standard";
  const root = doc.documentElement.style;
  root.setProperty("--brand", primary);
  root.setProperty("--on-brand", inkOn(primary));
  root.setProperty("--bg", safeColour(brand.backgroundColor, "#ffffff"));
  doc.title = brand.name;
  doc.querySelector('meta[name="theme-color"]')?.setAttribute("content", primary);
}
