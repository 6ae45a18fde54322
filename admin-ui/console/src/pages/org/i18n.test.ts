import { describe, expect, it } from "vitest";
import faOrg from "../../i18n/fa/org";
import faCommon from "../../i18n/fa/common";
import { PLANS, ROLES } from "../../testing/serverRules";

// Key parity of fa and en is i18n/parity.test.ts's, for every namespace; here: the server's words.
describe("the org namespace", () => {
  it("names every feature of the server's plan matrix and every variant of its cells", () => {
    for (const f of PLANS.features) expect(faOrg.features).toHaveProperty(f.code);
    const variants = new Set(PLANS.features.flatMap((f) => Object.values(f.cells)).filter((c) => c !== "Y" && c !== "-"));
    for (const v of variants) expect(Object.keys(faOrg.variants)).toContain(v);
    for (const p of PLANS.plans) expect(faCommon.plans).toHaveProperty(p);
  });

  it("names and explains every role of the server, and every permission it grants", () => {
    for (const r of ROLES) {
      expect(faCommon.roles).toHaveProperty(r.role);
      expect(faOrg.roles.summary).toHaveProperty(r.role);
      for (const p of r.permissions.filter((p) => p !== "own-account")) expect(faOrg.permissions).toHaveProperty(p);
    }
  });
});
