import { describe, expect, it } from "vitest";
import { checkProfile, formOf, parseJalali } from "./profile";
import type { Me } from "./types";

const me: Me = {
  memberCode: "100042",
  firstName: "سارا",
  lastName: "محمدی",
  level: null,
  levelName: null,
  balance: { points: 0, credit: 0, pendingPoints: 0, pendingCredit: 0 },
  progress: null,
  expiring: [],
  profile: { mobile: "09121234567", email: "sara@example.ir", birthDate: "1991-09-06", nationalCode: "0499370899", city: "تهران" },
  consents: { sms: true, email: true, push: false },
  referralCode: null,
  qrAvailable: false,
};
const TODAY = "2026-12-07";

describe("the profile form", () => {
  it("shows the member's birth date in Jalali and his codes in Persian digits", () => {
    const form = formOf(me, "fa");
    expect(form.birthDate).toBe("۱۳۷۰/۰۶/۱۵");
    expect(form.nationalCode).toBe("۰۴۹۹۳۷۰۸۹۹");
    expect(formOf(me, "en").birthDate).toBe("1370/06/15");
  });

  it("sends nothing when nothing changed, digits as typed or not", () => {
    expect(checkProfile(formOf(me, "fa"), me, TODAY)).toEqual({ errors: {}, edit: {} });
  });

  it("sends only what changed, normalised: ASCII digits, ISO date, empty as null", () => {
    const form = { ...formOf(me, "fa"), city: "  شیراز ", birthDate: "۱۳۷۱/۱/۲", email: "" };
    expect(checkProfile(form, me, TODAY)).toEqual({ errors: {}, edit: { city: "شیراز", birthDate: "1992-03-22", email: null } });
  });

  it("refuses a wrong national code, a wrong e-mail, an impossible or future birth date, before sending", () => {
    const form = { ...formOf(me, "fa"), nationalCode: "۱۲۳۴۵۶۷۸۹۰", email: "sara@", birthDate: "۱۴۰۴/۱۲/۳۰" };
    expect(checkProfile(form, me, TODAY).errors).toEqual({ nationalCode: "nationalCodeInvalid", email: "emailInvalid", birthDate: "birthDateInvalid" });
    expect(checkProfile({ ...formOf(me, "en"), birthDate: "1410/01/01" }, me, TODAY).errors).toEqual({ birthDate: "birthDateFuture" });
  });

  it("reads a Jalali date typed with any separator and digits", () => {
    expect(parseJalali("1370-6-15")).toBe("1991-09-06");
    expect(parseJalali("۱۳۷۰ ۰۶ ۱۵")).toBe("1991-09-06");
    expect(parseJalali("15/06/1370")).toBeNull();
  });
});
