import { describe, expect, it } from "vitest";
import { addManifest, applyBranding, inkOn, safeColour, vapidKeyBytes } from "./pwa";
import { qrPath, refreshDelay } from "./qr";

describe("the club's app on the phone", () => {
  it("links the club's manifest under the club's path, once, whatever page opened first", () => {
    addManifest("demo");
    addManifest("demo");
    const links = document.querySelectorAll('link[rel="manifest"]');
    expect(links).toHaveLength(1);
    expect(links[0].getAttribute("href")).toBe("/p/demo/manifest.webmanifest");
  });

  it("wears the club's colours, with text that reads on them", () => {
    document.head.innerHTML += '<meta name="theme-color" content="#000000">';
    applyBranding({ name: "کافه", primaryColor: "#0b6e4f", backgroundColor: "#fafafa" });
    expect(document.documentElement.style.getPropertyValue("--brand")).toBe("#0b6e4f");
    expect(document.documentElement.style.getPropertyValue("--on-brand")).toBe("#ffffff");
    expect(document.title).toBe("کافه");
    expect(document.querySelector('meta[name="theme-color"]')?.getAttribute("content")).toBe("#0b6e4f");
    expect(inkOn("#ffd54f")).toBe("#000000");
    // nothing but a #rrggbb colour reaches the stylesheet
    expect(safeColour("red;background:url(x)", "#0b6e4f")).toBe("#0b6e4f");
  });

  it("turns the VAPID key into the bytes the push manager wants", () => {
    expect([...vapidKeyBytes("AQID_-8")]).toEqual([1, 2, 3, 255, 239]);
  });

  it("draws the QR code's dark modules, row by row", () => {
    expect(qrPath([[true, true, false], [false, true, false]])).toBe("M0 0h2v1h-2zM1 1h1v1h-1z");
  });

  it("asks for a new QR code ten seconds before it expires, not sooner than in five", () => {
    expect(refreshDelay("2026-01-01T00:05:00Z", Date.parse("2026-01-01T00:00:00Z"))).toBe(290_000);
    expect(refreshDelay("2026-01-01T00:00:01Z", Date.parse("2026-01-01T00:00:00Z"))).toBe(5_000);
  });
});
