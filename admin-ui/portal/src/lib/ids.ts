import { toLatinDigits } from "./digits";

/**
 * The national code as the server stores it (ten ASCII digits), or null. The console's rule
 * (console/src/lib/validation.ts, the server's kernel NationalCode): 8 or 9 digits are left-padded with
 * zeros, the last digit checks the first nine weighted 10..2 modulo 11, one digit ten times is refused.
 */
export function normalizeNationalCode(input: string): string | null {
  let digits = toLatinDigits(input).replace(/[\s-]/g, "");
  if (/^\d{8,9}$/.test(digits)) digits = digits.padStart(10, "0");
  if (!/^\d{10}$/.test(digits) || new Set(digits).size === 1) return null;
  let sum = 0;
  for (let i = 0; i < 9; i++) sum += Number(digits[i]) * (10 - i);
  const remainder = sum % 11;
  const check = remainder < 2 ? remainder : 11 - remainder;
  return check === Number(digits[9]) ? digits : null;
}

/**
 * Iran's mobile ranges, the national number without its 0: libphonenumber's metadata for IR
 * (metadata.mobile.json, IR's mobile pattern), which the console and the server decide by. The portal
 * carries this one line instead of the library's metadata for every country (about 40 kB), and a test
 * checks that it answers as the console's libphonenumber-based normalizeMobile on many numbers.
 */
const IR_MOBILE = /^9(?:(?:0[0-5]|[13]\d|2[0-3])\d\d|9(?:[0-46]\d\d|5(?:10|5\d)|8(?:[12]\d|3[0-2]|88)|9(?:[0-359]\d|69|77|8[7-9])))\d{5}$/;

/**
 * An Iranian mobile number in its stored form (09121234567), or null. Accepts 0912..., +98912...,
 * 0098912..., 98912..., 912... with Persian or Arabic digits, spaces, dashes and brackets.
 */
export function normalizeMobile(input: string): string | null {
  let digits = toLatinDigits(input).replace(/[\s\-()]/g, "");
  if (digits.startsWith("0098")) digits = "+" + digits.slice(2);
  else if (digits.startsWith("98") && digits.length === 12) digits = "+" + digits;
  if (!/^\+?\d{10,13}$/.test(digits)) return null;
  if (digits.startsWith("+")) return digits.startsWith("+98") ? mobileOf(digits.slice(3)) : null;
  // Without a plus, libphonenumber reads the number as a national one, and takes a leading 98 for the
  // country's code when what follows it is a mobile and the whole is not (9809121234567).
  return mobileOf(digits) ?? (digits.startsWith("98") ? mobileOf(digits.slice(2)) : null);
}

/** A national number (with or without its 0) as 09..., when it is in a mobile range. */
function mobileOf(national: string): string | null {
  const n = national.startsWith("0") ? national.slice(1) : national;
  return IR_MOBILE.test(n) ? "0" + n : null;
}

/** A plain e-mail check, as loose as the server's: something@something.tld, no spaces. */
export function isEmail(input: string): boolean {
  return /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(input.trim());
}
