/** A tag as the server stores it (TagName): Arabic yeh and kaf made Persian; null when it breaks the rule. */
const TAG = /^[\p{L}\p{M}\p{Nd}_-]([\p{L}\p{M}\p{Nd}_ \u200C-]{0,38}[\p{L}\p{M}\p{Nd}_-])?$/u;

export function normaliseTag(raw: string): string | null {
  const tag = raw.trim().replace(/\u064A/g, "\u06CC").replace(/\u0643/g, "\u06A9");
  return TAG.test(tag) ? tag : null;
}
