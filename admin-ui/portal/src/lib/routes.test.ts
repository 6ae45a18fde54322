import { describe, expect, it } from "vitest";
import { parseRoute, portalPath } from "./routes";

describe("the portal's addresses", () => {
  it("/p/{club}/ and its pages open that club's screens", () => {
    expect(parseRoute("/p/demo/")).toEqual({ kind: "portal", tenant: "demo", page: "home" });
    expect(parseRoute("/p/demo")).toEqual({ kind: "portal", tenant: "demo", page: "home" });
    expect(parseRoute("/p/Demo/history", "?tab=purchases")).toEqual({ kind: "portal", tenant: "demo", page: "history", tab: "purchases" });
    expect(parseRoute("/p/demo/login")).toEqual({ kind: "portal", tenant: "demo", page: "login" });
    expect(parseRoute("/p/cafe-1/qr")).toEqual({ kind: "portal", tenant: "cafe-1", page: "qr" });
    expect(parseRoute("/p/demo/invoices/42")).toEqual({ kind: "memberInvoice", tenant: "demo", id: "42" });
  });

  it("a login link of an SMS carries its token", () => {
    expect(parseRoute("/p/demo/l/abc_DEF-123")).toEqual({ kind: "link", tenant: "demo", token: "abc_DEF-123" });
    expect(parseRoute("/p/demo/l/a%2Bb")).toEqual({ kind: "link", tenant: "demo", token: "a+b" });
  });

  it("the invoice page /i/{token} belongs to no club until the invoice says which", () => {
    expect(parseRoute("/i/xyz789")).toEqual({ kind: "invoice", token: "xyz789" });
    expect(parseRoute("/i/")).toEqual({ kind: "notFound", tenant: null });
  });

  it("anything else is not found: unknown pages, the bundle's own folder, other apps", () => {
    expect(parseRoute("/p/demo/nothing")).toEqual({ kind: "notFound", tenant: "demo" });
    expect(parseRoute("/p/demo/l/")).toEqual({ kind: "notFound", tenant: "demo" });
    expect(parseRoute("/p/demo/l/%E0%A4%A")).toEqual({ kind: "notFound", tenant: "demo" });
    expect(parseRoute("/p/assets/index.js")).toEqual({ kind: "notFound", tenant: null });
    expect(parseRoute("/p/")).toEqual({ kind: "notFound", tenant: null });
    expect(parseRoute("/admin/")).toEqual({ kind: "notFound", tenant: null });
  });

  it("paths are built back the same way", () => {
    expect(portalPath("demo")).toBe("/p/demo/");
    expect(portalPath("demo", "profile")).toBe("/p/demo/profile");
    expect(parseRoute(portalPath("demo", "offers"))).toEqual({ kind: "portal", tenant: "demo", page: "offers" });
  });
});
