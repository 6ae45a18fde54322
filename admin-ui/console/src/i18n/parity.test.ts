import { describe, expect, it } from "vitest";
import { resources } from ".";

function keys(o: object, prefix = ""): string[] {
  return Object.entries(o).flatMap(([k, v]) => {
    // i18next's plural forms (count_one, count_other) are one key.
    const key = prefix + k.replace(/_(zero|one|two|few|many|other)$/, "");
    return typeof v === "object" && v !== null ? keys(v, key + "/") : [key];
  });
}

describe("every namespace", () => {
  it("has the same keys in Persian and English", () => {
    expect(Object.keys(resources.fa).sort()).toEqual(Object.keys(resources.en).sort());
    for (const ns of Object.keys(resources.fa) as (keyof typeof resources.fa)[]) {
      expect([...new Set(keys(resources.fa[ns]))].sort(), ns).toEqual([...new Set(keys(resources.en[ns]))].sort());
    }
  });
});
