/**
 * The values a message may name, written {firstName} in its text (messaging's Placeholder.java); the
 * server fills them in for each member when it sends, and refuses a text naming any other.
 */
export const PLACEHOLDERS = ["firstName", "lastName", "points", "credit", "level", "club", "link", "amount"] as const;
export type Placeholder = (typeof PLACEHOLDERS)[number];

/** Anything between braces that looks like a name is taken for a placeholder, as the server reads it (TemplateText.java). */
const BRACED = /\{\s*([A-Za-z_][A-Za-z0-9_]*)\s*\}/g;

export type Piece = { text: string; placeholder?: undefined } | { text: string; placeholder: string; known: boolean };

export function isPlaceholder(name: string): name is Placeholder {
  return (PLACEHOLDERS as readonly string[]).includes(name);
}

/** The text cut into plain runs and placeholders, for showing the placeholders apart. */
export function pieces(text: string): Piece[] {
  const found: Piece[] = [];
  let at = 0;
  for (const m of text.matchAll(BRACED)) {
    if (m.index > at) found.push({ text: text.slice(at, m.index) });
    found.push({ text: m[0], placeholder: m[1], known: isPlaceholder(m[1]) });
    at = m.index + m[0].length;
  }
  if (at < text.length) found.push({ text: text.slice(at) });
  return found;
}

/** The names between braces the server would refuse, each once. */
export function unknownPlaceholders(text: string): string[] {
  return [...new Set(pieces(text).flatMap((p) => (p.placeholder !== undefined && !p.known ? [p.placeholder] : [])))];
}

/** `value` with `token` put where the caret was (or over the selection), and where the caret goes after it. */
export function insertAt(value: string, token: string, start: number | null, end: number | null): { value: string; caret: number } {
  const from = start ?? value.length;
  const to = end ?? from;
  return { value: value.slice(0, from) + token + value.slice(to), caret: from + token.length };
}
