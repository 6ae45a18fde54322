import { describe, expect, it } from "vitest";
import { asCode, BRANCH_CODE, generatePassword, passwordProblem, TENANT_SLUG, USERNAME } from "./rules";
import { ROLES } from "../../testing/serverRules";
import { roleRules } from "./roles";

describe("the server's rules, checked as the operator types", () => {
  it("passwords: at least 10 characters mixing letters with digits or symbols", () => {
    expect(passwordProblem("Short-1")).toBe("short");
    expect(passwordProblem("abcdefghijkl")).toBe("mix");
    expect(passwordProblem("1234567890")).toBe("mix");
    expect(passwordProblem("Demo-owner-1405")).toBeNull();
    expect(passwordProblem("رمزعبورمن۱۲۳")).toBeNull();
    expect(passwordProblem("a1".repeat(65))).toBe("long");
  });

  it("codes, usernames and club IDs", () => {
    expect(BRANCH_CODE.test("tehran-1")).toBe(true);
    expect(BRANCH_CODE.test("-tehran")).toBe(false);
    expect(BRANCH_CODE.test("Tehran")).toBe(false);
    expect(USERNAME.test("ali.rezaei")).toBe(true);
    expect(USERNAME.test("al")).toBe(false);
    expect(TENANT_SLUG.test("acme")).toBe(true);
    expect(TENANT_SLUG.test("1acme")).toBe(false);
    expect(TENANT_SLUG.test("ac")).toBe(false);
  });

  it("what is typed into a code field: ASCII digits, lower case", () => {
    expect(asCode(" Vanak-۱ ")).toBe("vanak-1");
  });

  it("generated passwords pass the rule", () => {
    for (let i = 0; i < 50; i++) expect(passwordProblem(generatePassword())).toBeNull();
    // Even thirteen digits in a row get their letter.
    expect(passwordProblem(generatePassword((n) => new Uint32Array(n).fill(49)))).toBeNull();
  });
});

describe("the roles as GET /roles states them", () => {
  const rules = roleRules(ROLES);

  it("what each may do, own-account (everyone's) left out: only the owner reads the audit log; a branch manager manages no staff", () => {
    expect(rules.names.filter((r) => rules.permissions(r).includes("audit-read"))).toEqual(["owner"]);
    expect(rules.permissions("branch-manager")).not.toContain("staff-manage");
    expect(rules.permissions("cashier")).toEqual(["features-read", "branches-read", "members-read", "members-write", "pos"]);
    expect(rules.permissions("wizard")).toEqual([]);
  });

  it("a manager cannot hand out the owner or manager role", () => {
    expect(rules.grantable("owner")).toContain("manager");
    expect(rules.grantable("manager")).toEqual(["branch-manager", "cashier", "marketer", "support", "analyst"]);
    expect(rules.ownerOnly("manager")).toBe(true);
    expect(rules.ownerOnly("cashier")).toBe(false);
  });

  it("branch roles", () => {
    expect(rules.branchRole("branch-manager")).toBe("required");
    expect(rules.branchRole("cashier")).toBe("optional");
    expect(rules.branchRole("marketer")).toBeNull();
  });

  it("before the answer arrives, no role is offered", () => {
    expect(roleRules([]).grantable("owner")).toEqual([]);
  });
});
