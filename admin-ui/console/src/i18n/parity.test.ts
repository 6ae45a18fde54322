import { describe, expect, it } from "vitest";
import { resources } from ".";

type Tree = { [key: string]: string | Tree };

/** Every leaf as "path/to/key" → text; i18next's plural forms (count_one, count_other) are one key. */
function leaves(o: Tree, prefix = ""): Map<string, string[]> {
  const found = new Map<string, string[]>();
  for (const [k, v] of Object.entries(o)) {
    const key = prefix + k.replace(/_(zero|one|two|few|many|other)$/, "");
    if (typeof v === "object" && v !== null) for (const [kk, vv] of leaves(v, key + "/")) found.set(kk, [...(found.get(kk) ?? []), ...vv]);
    else found.set(key, [...(found.get(key) ?? []), String(v)]);
  }
  return found;
}

/** The {{placeholders}} a text fills in. */
const placeholders = (texts: string[]) => [...new Set(texts.flatMap((t) => [...t.matchAll(/\{\{\s*(\w+)/g)].map((m) => m[1])))].sort();

const namespaces = Object.keys(resources.fa) as (keyof typeof resources.fa)[];

describe("the Persian and English words", () => {
  it("have the same namespaces", () => {
    expect(Object.keys(resources.fa).sort()).toEqual(Object.keys(resources.en).sort());
    expect(namespaces.length).toBeGreaterThanOrEqual(7);
  });

  it.each(namespaces)("%s: have the same keys, none empty, each filling in the same values", (ns) => {
    const fa = leaves(resources.fa[ns] as unknown as Tree);
    const en = leaves(resources.en[ns] as unknown as Tree);
    expect([...fa.keys()].sort()).toEqual([...en.keys()].sort());
    for (const [key, texts] of fa) {
      expect(texts.every((t) => t.trim() !== "") && en.get(key)!.every((t) => t.trim() !== ""), `${ns}:${key} is empty`).toBe(true);
      expect(placeholders(texts), `${ns}:${key}`).toEqual(placeholders(en.get(key)!));
    }
  });
});
