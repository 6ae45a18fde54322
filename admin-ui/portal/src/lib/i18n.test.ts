import { describe, expect, it } from "vitest";
import { dictionaries, translate } from "./i18n";

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe("the portal's words", () => {
  it("have every Persian text in English too, none empty, each filling in the same values", () => {
    const fa = dictionaries.fa;
    const en = dictionaries.en;
    expect(Object.keys(en).sort()).toEqual(Object.keys(fa).sort());
    for (const key of Object.keys(fa) as (keyof typeof fa)[]) {
      expect(fa[key].trim(), key).not.toBe("");
      expect(en[key].trim(), key).not.toBe("");
      expect(placeholders(en[key]), key).toEqual(placeholders(fa[key]));
    }
  });

  it("fill in values and fall back to Persian, then to the key", () => {
    expect(translate("en", "hello", { name: "Sara" })).toBe("Hello Sara");
    expect(translate("fa", "hello", { name: "سارا" })).toBe("سلام سارا");
    expect(translate("en", "type_UNKNOWN")).toBe("type_UNKNOWN");
  });
});
