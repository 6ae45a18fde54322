import { toLatinDigits, toPersianDigits } from "./digits";
import { jalaliParts, jalaliToIso, type Lang } from "./format";
import { isEmail, normalizeNationalCode } from "./ids";
import type { Key } from "./i18n";
import type { Me, ProfileEdit } from "./types";

/** The profile form as typed: every field a string, the birth date as a Jalali y/m/d. */
export interface ProfileForm {
  firstName: string;
  lastName: string;
  email: string;
  birthDate: string;
  nationalCode: string;
  city: string;
}

/** 1991-09-06 as ۱۳۷۰/۰۶/۱۵ (or 1370/06/15 in English). */
export function jalaliText(iso: string | null, lang: Lang): string {
  if (!iso) return "";
  const { year, month, day } = jalaliParts(iso);
  const text = `${year}/${String(month).padStart(2, "0")}/${String(day).padStart(2, "0")}`;
  return lang === "fa" ? toPersianDigits(text) : text;
}

export function formOf(me: Me, lang: Lang): ProfileForm {
  return {
    firstName: me.firstName ?? "",
    lastName: me.lastName ?? "",
    email: me.profile.email ?? "",
    birthDate: jalaliText(me.profile.birthDate, lang),
    nationalCode: me.profile.nationalCode ? (lang === "fa" ? toPersianDigits(me.profile.nationalCode) : me.profile.nationalCode) : "",
    city: me.profile.city ?? "",
  };
}

/** A Jalali date typed as y/m/d (any digits, / - . or spaces between), as its ISO date; null if it is none. */
export function parseJalali(text: string): string | null {
  const m = /^(\d{4})\s*[/\-.\s]\s*(\d{1,2})\s*[/\-.\s]\s*(\d{1,2})$/.exec(toLatinDigits(text).trim());
  return m ? jalaliToIso(Number(m[1]), Number(m[2]), Number(m[3])) : null;
}

/**
 * The form checked as the console checks a member (national code checksum, e-mail, a real birth date not
 * in the future) and the PATCH of what changed, values normalised (ASCII digits, trimmed, empty as null).
 */
export function checkProfile(form: ProfileForm, me: Me, today: string): { errors: Partial<Record<keyof ProfileForm, Key>>; edit: ProfileEdit } {
  const errors: Partial<Record<keyof ProfileForm, Key>> = {};
  const email = form.email.trim();
  if (email && !isEmail(email)) errors.email = "emailInvalid";
  let nationalCode: string | null = null;
  // the server shows a stored national code masked (001****018): left as shown, it is not changed
  const shown = me.profile.nationalCode ?? "";
  if (shown && toLatinDigits(form.nationalCode.trim()) === shown) {
    nationalCode = shown;
  } else if (form.nationalCode.trim()) {
    nationalCode = normalizeNationalCode(form.nationalCode);
    if (!nationalCode) errors.nationalCode = "nationalCodeInvalid";
  }
  let birthDate: string | null = null;
  if (form.birthDate.trim()) {
    birthDate = parseJalali(form.birthDate);
    if (!birthDate) errors.birthDate = "birthDateInvalid";
    else if (birthDate > today) errors.birthDate = "birthDateFuture";
  }
  const wanted: ProfileEdit = {
    firstName: form.firstName.trim() || null,
    lastName: form.lastName.trim() || null,
    email: email || null,
    birthDate,
    nationalCode,
    city: form.city.trim() || null,
  };
  const now: ProfileEdit = {
    firstName: me.firstName ?? null,
    lastName: me.lastName ?? null,
    email: me.profile.email ?? null,
    birthDate: me.profile.birthDate ?? null,
    nationalCode: me.profile.nationalCode ?? null,
    city: me.profile.city ?? null,
  };
  const edit = Object.fromEntries(Object.entries(wanted).filter(([k, v]) => now[k as keyof ProfileEdit] !== v)) as ProfileEdit;
  return { errors, edit };
}
