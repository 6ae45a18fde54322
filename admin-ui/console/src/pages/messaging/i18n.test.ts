import { describe, expect, it } from "vitest";
import faMessaging from "../../i18n/fa/messaging";
import { MESSAGE_STATUSES, PLACEHOLDER_TOKENS, TRIGGERS } from "../../testing/serverRules";
import { PLACEHOLDERS } from "./placeholders";
import { STATUSES } from "./queries";

// Key parity of fa and en is i18n/parity.test.ts's; here: the server's words, read from its sources.
describe("the messaging namespace", () => {
  it("names and explains every trigger of Trigger.java", () => {
    expect(TRIGGERS).toHaveLength(10);
    for (const { trigger } of TRIGGERS) {
      expect(faMessaging.triggers).toHaveProperty(trigger);
    }
    expect(Object.keys(faMessaging.triggers).sort()).toEqual(TRIGGERS.map((t) => t.trigger).sort());
    for (const kind of new Set(TRIGGERS.map((t) => t.kind))) expect(faMessaging.kinds).toHaveProperty(kind);
  });

  it("offers exactly the placeholders of Placeholder.java, each with a name", () => {
    expect([...PLACEHOLDERS].sort()).toEqual([...PLACEHOLDER_TOKENS].sort());
    for (const p of PLACEHOLDERS) expect(faMessaging.placeholders).toHaveProperty(p);
  });

  it("shows every status an answer may carry", () => {
    expect([...STATUSES].sort()).toEqual([...MESSAGE_STATUSES].sort());
    for (const s of STATUSES) {
      expect(faMessaging.status).toHaveProperty(s);
      expect(faMessaging.statusHelp).toHaveProperty(s);
    }
  });
});
