import { describe, expect, it } from "vitest";
import { choiceOf, effectiveAfter, overrideCall } from "./overrides";

describe("a feature override's three states", () => {
  it("reads the state from the API's answer", () => {
    expect(choiceOf({ enabled: true, overridden: false })).toBe("default");
    expect(choiceOf({ enabled: false, overridden: false })).toBe("default");
    expect(choiceOf({ enabled: true, overridden: true })).toBe("on");
    expect(choiceOf({ enabled: false, overridden: true })).toBe("off");
  });

  it("on and off are a PUT of {enabled}, the plan's default a DELETE of the override", () => {
    expect(overrideCall("acme", "K1", "on")).toEqual({ method: "PUT", path: "/platform/tenants/acme/features/K1", body: { enabled: true } });
    expect(overrideCall("acme", "K1", "off")).toEqual({ method: "PUT", path: "/platform/tenants/acme/features/K1", body: { enabled: false } });
    expect(overrideCall("acme", "K1", "default")).toEqual({ method: "DELETE", path: "/platform/tenants/acme/features/K1" });
  });

  it("tells what the club will have", () => {
    expect(effectiveAfter({ inPlan: false }, "default")).toBe(false);
    expect(effectiveAfter({ inPlan: true }, "default")).toBe(true);
    expect(effectiveAfter({ inPlan: true }, "off")).toBe(false);
    expect(effectiveAfter({ inPlan: false }, "on")).toBe(true);
  });
});
