import { describe, expect, it } from "vitest";
import faOrg from "../../i18n/fa/org";
import enOrg from "../../i18n/en/org";
import faPlatform from "../../i18n/fa/platform";
import enPlatform from "../../i18n/en/platform";
import { PLAN_MATRIX } from "../club/planFeatures";

function keys(o: object, prefix = ""): string[] {
  return Object.entries(o).flatMap(([k, v]) => {
    // i18next's plural forms (count_one, count_other) are one key.
    const key = prefix + k.replace(/_(one|other)$/, "");
    return typeof v === "object" && v !== null ? keys(v, key + "/") : [key];
  });
}

describe("the org and platform namespaces", () => {
  it("have the same keys in Persian and English", () => {
    expect([...new Set(keys(faOrg))].sort()).toEqual([...new Set(keys(enOrg))].sort());
    expect([...new Set(keys(faPlatform))].sort()).toEqual([...new Set(keys(enPlatform))].sort());
  });

  it("name every feature of PLANS.md and every variant of its cells", () => {
    for (const code of PLAN_MATRIX.keys()) expect(faOrg.features).toHaveProperty(code);
    const variants = new Set([...PLAN_MATRIX.values()].flatMap((cells) => Object.values(cells)).filter((c) => c !== "Y" && c !== "-"));
    for (const v of variants) expect(Object.keys(faOrg.variants)).toContain(v);
  });
});
