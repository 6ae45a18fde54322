import { describe, expect, it } from "vitest";
import { auditQuery, changedFields, filtersFromSearch, filtersToSearch, labelOf, NO_FILTERS, parseSnapshot } from "./audit";

describe("an audit search's query", () => {
  it("sends Tehran days as instants, the last day included (the server's 'to' is exclusive)", () => {
    const q = auditQuery({ ...NO_FILTERS, from: "2026-11-01", to: "2026-11-23" }, 0, 25);
    expect(q.from).toBe("2026-11-01T00:00:00+03:30");
    expect(q.to).toBe("2026-11-24T00:00:00+03:30");
  });

  it("crosses a month and a year", () => {
    expect(auditQuery({ ...NO_FILTERS, to: "2026-12-31" }, 0, 25).to).toBe("2027-01-01T00:00:00+03:30");
  });

  it("leaves out empty filters, trims the others and sends the action's code in capitals", () => {
    const q = auditQuery({ ...NO_FILTERS, actor: " owner ", action: "member.register", targetType: "", targetId: "100001" }, 2, 50);
    expect(q).toEqual({ actor: "owner", action: "MEMBER.REGISTER", targetType: undefined, targetId: "100001", tenant: undefined, from: undefined, to: undefined, page: 2, size: 50 });
  });

  it("filters by club only in the platform's log", () => {
    expect(auditQuery({ ...NO_FILTERS, tenant: "acme" }, 0, 25).tenant).toBeUndefined();
    expect(auditQuery({ ...NO_FILTERS, tenant: "acme" }, 0, 25, true).tenant).toBe("acme");
  });

  it("reads and writes the filters of the page's address", () => {
    const f = filtersFromSearch(new URLSearchParams("action=STAFF.UPDATE&from=2026-11-01&to=junk&targetId=ali"));
    expect(f).toEqual({ ...NO_FILTERS, action: "STAFF.UPDATE", from: "2026-11-01", targetId: "ali" });
    expect(filtersToSearch(f)).toEqual({ action: "STAFF.UPDATE", from: "2026-11-01", targetId: "ali" });
  });
});

describe("an entry's before and after", () => {
  it("parses the JSON snapshots, keeps other text as it is", () => {
    expect(parseSnapshot('{"role":"owner"}')).toEqual({ role: "owner" });
    expect(parseSnapshot(null)).toBeNull();
    expect(parseSnapshot("")).toBeNull();
    expect(parseSnapshot("not json")).toBe("not json");
  });

  it("marks the top-level fields that changed, added or removed", () => {
    const before = { role: "cashier", branch: "b1", active: true, tags: ["a"] };
    const after = { role: "branch-manager", branch: "b1", active: true, tags: ["a", "b"], mobile: "0912" };
    expect([...changedFields(before, after)].sort()).toEqual(["mobile", "role", "tags"]);
    expect(changedFields(null, after).size).toBe(0);
  });

  it("translates a code from a table, or shows the code", () => {
    expect(labelOf({ "MEMBER.REGISTER": "ثبت‌نام عضو" }, "MEMBER.REGISTER")).toBe("ثبت‌نام عضو");
    expect(labelOf({ "MEMBER.REGISTER": "ثبت‌نام عضو" }, "NEW.THING")).toBe("NEW.THING");
    expect(labelOf({}, null)).toBe("—");
  });
});
