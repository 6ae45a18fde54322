import { describe, expect, it } from "vitest";
import {
  changesOf,
  checkIcon,
  checkIconPixels,
  checkLogoFile,
  formOf,
  formProblems,
  inkOn,
  isHexColour,
  isHostName,
  normalizeHex,
  pastel,
  shownColour,
  ICON_MAX_BYTES,
  LOGO_MAX_BYTES,
} from "./branding";
import type { Branding } from "./queries";

const SAVED: Branding = {
  displayName: null,
  clubName: "کافه دمو",
  logoUrl: null,
  iconUrl: null,
  primaryColor: "#0B6E4F",
  backgroundColor: "#ffffff",
  template: "standard",
  domain: null,
  address: "تهران، خیابان ولیعصر",
  social: { instagram: "democafe", telegram: null, whatsapp: null, website: null },
  allowed: { colors: false, template: false, icon: false, domain: false },
  portalUrl: "/p/demo/",
};

const file = (type: string, size: number) => ({ type, size });

describe("a colour", () => {
  it("is #rrggbb only", () => {
    for (const ok of ["#0b6e4f", "#ffffff", "#000000", "#a1b2c3"]) expect(isHexColour(ok), ok).toBe(true);
    for (const bad of ["0b6e4f", "#0b6e4", "#0b6e4f0", "#fff", "#gggggg", "red", "", "#0B6E4F"]) expect(isHexColour(bad), bad).toBe(false);
  });

  it("is read as typed: with or without #, any case, spaces around, Persian digits", () => {
    expect(normalizeHex(" 0B6E4F ")).toBe("#0b6e4f");
    expect(normalizeHex("#AABBCC")).toBe("#aabbcc");
    expect(normalizeHex("#۱۲۳۴۵۶")).toBe("#123456");
    expect(isHexColour(normalizeHex("#12345"))).toBe(false);
  });

  it("shown in the preview is the one typed when it is a colour, else the saved one", () => {
    expect(shownColour("AA0000", "#0b6e4f")).toBe("#aa0000");
    expect(shownColour("#aa00", "#0b6e4f")).toBe("#0b6e4f");
  });

  it("gets the ink that reads on it, and a pastel tint of itself", () => {
    expect(inkOn("#ffffff")).toBe("#000000");
    expect(inkOn("#0b6e4f")).toBe("#ffffff");
    expect(pastel("#000000", 0.2)).toBe("#cccccc");
    expect(pastel("#ff0000", 0.5)).toBe("#ff8080");
  });
});

describe("a domain", () => {
  it("is a host name only", () => {
    for (const ok of ["club.example.ir", "my-club.ir", "a.b.c.d", "x1.io"]) expect(isHostName(ok), ok).toBe(true);
    for (const bad of ["https://club.ir", "club.ir/path", "club", "-club.ir", "club-.ir", "club..ir", "club ir", ".club.ir"]) expect(isHostName(bad), bad).toBe(false);
  });
});

describe("the form's problems", () => {
  it("name each colour that is not one and a domain that is not a host name; an empty domain is none", () => {
    const form = { ...formOf(SAVED), primaryColor: "#12", backgroundColor: "fafafa", domain: "http://x.ir" };
    expect(formProblems(form)).toEqual({ primaryColor: "colour", domain: "domain" });
    expect(formProblems({ ...form, primaryColor: "#123456", domain: " " })).toEqual({});
    expect(formProblems({ ...form, primaryColor: "#123456", domain: "Club.Example.IR" })).toEqual({});
  });
});

describe("what a save sends", () => {
  it("is nothing when nothing changed (colours compared in any case)", () => {
    expect(changesOf(formOf(SAVED), SAVED)).toEqual({});
    expect(changesOf({ ...formOf(SAVED), displayName: "  ", primaryColor: "#0b6e4f", address: " تهران، خیابان ولیعصر " }, SAVED)).toEqual({});
  });

  it("is only the fields that changed, trimmed and normalised", () => {
    const form = { ...formOf(SAVED), displayName: " کافه‌ی خوب ", primaryColor: "AA0000", template: "soft" as const, domain: " Club.Example.IR " };
    expect(changesOf(form, SAVED)).toEqual({ displayName: "کافه‌ی خوب", primaryColor: "#aa0000", template: "soft", domain: "club.example.ir" });
  });

  it("is null for a text emptied, which clears it", () => {
    const saved = { ...SAVED, displayName: "کافه", domain: "club.example.ir" };
    expect(changesOf({ ...formOf(saved), displayName: "", address: "   ", domain: "" }, saved)).toEqual({ displayName: null, address: null, domain: null });
  });

  it("is the four social links together when any of them changed, emptied ones null", () => {
    const form = formOf(SAVED);
    expect(changesOf({ ...form, social: { ...form.social, telegram: " democafe_bot " } }, SAVED)).toEqual({
      social: { instagram: "democafe", telegram: "democafe_bot", whatsapp: null, website: null },
    });
    expect(changesOf({ ...form, social: { ...form.social, instagram: "" } }, SAVED)).toEqual({
      social: { instagram: null, telegram: null, whatsapp: null, website: null },
    });
  });
});

describe("a logo file", () => {
  it("is png, jpeg or webp of at most 200 KB", () => {
    expect(checkLogoFile(file("image/png", 1000))).toBeNull();
    expect(checkLogoFile(file("image/jpeg", LOGO_MAX_BYTES))).toBeNull();
    expect(checkLogoFile(file("image/webp", 10))).toBeNull();
    expect(checkLogoFile(file("image/webp", LOGO_MAX_BYTES + 1))).toBe("size");
    expect(checkLogoFile(file("image/gif", 10))).toBe("type");
    expect(checkLogoFile(file("image/svg+xml", 10))).toBe("type");
    expect(checkLogoFile(file("", 10))).toBe("type");
  });
});

describe("an app icon", () => {
  const png = (size: number, type = "image/png") => new File([new Uint8Array(size)], "icon.png", { type });
  const sized = (width: number, height: number) => async () => ({ width, height });

  it("is a square of at least 512 pixels", () => {
    expect(checkIconPixels({ width: 512, height: 512 })).toBeNull();
    expect(checkIconPixels({ width: 1024, height: 1024 })).toBeNull();
    expect(checkIconPixels({ width: 512, height: 513 })).toBe("square");
    expect(checkIconPixels({ width: 256, height: 256 })).toBe("small");
  });

  it("is a png of at most 500 KB, checked before its pixels are read", async () => {
    let read = 0;
    const counting = async () => {
      read++;
      return { width: 512, height: 512 };
    };
    expect(await checkIcon(png(10, "image/jpeg"), counting)).toBe("type");
    expect(await checkIcon(png(ICON_MAX_BYTES + 1), counting)).toBe("size");
    expect(read).toBe(0);
    expect(await checkIcon(png(ICON_MAX_BYTES), counting)).toBeNull();
    expect(read).toBe(1);
  });

  it("is refused by its pixels once loaded, or when it cannot be read", async () => {
    expect(await checkIcon(png(100), sized(600, 400))).toBe("square");
    expect(await checkIcon(png(100), sized(192, 192))).toBe("small");
    expect(
      await checkIcon(png(100), async () => {
        throw new Error("broken");
      }),
    ).toBe("unreadable");
  });
});
