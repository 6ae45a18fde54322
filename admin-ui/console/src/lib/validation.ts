import { parsePhoneNumberFromString } from "libphonenumber-js/mobile";
import { toLatinDigits } from "./digits";

/**
 * The national code as the server stores it (ten ASCII digits), or null when it is not a valid one.
 * Same rule as the server (kernel NationalCode): 8 or 9 digits are left-padded with zeros, the last
 * digit checks the first nine weighted 10..2 modulo 11, and one digit repeated ten times is refused.
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
 * An Iranian mobile number in its stored form (09121234567), or null. Accepts 0912..., +98912...,
 * 98912..., 912... with Persian digits, spaces and dashes; libphonenumber's mobile metadata decides
 * the ranges, as it does on the server.
 */
export function normalizeMobile(input: string): string | null {
  let digits = toLatinDigits(input).replace(/[\s\-()]/g, "");
  if (digits.startsWith("0098")) digits = "+" + digits.slice(2);
  else if (digits.startsWith("98") && digits.length === 12) digits = "+" + digits;
  if (!/^\+?\d{10,13}$/.test(digits)) return null;
  const number = parsePhoneNumberFromString(digits, "IR");
  if (!number || number.countryCallingCode !== "98" || !number.isValid() || number.getType() !== "MOBILE") return null;
  return "0" + number.nationalNumber;
}

/** A whole number of Rials (or points) typed with any digits and thousands separators, or null. */
export function parseAmount(input: string): number | null {
  const text = toLatinDigits(input).replace(/[,\s٬،]/g, "");
  if (!/^-?\d{1,15}$/.test(text)) return null;
  return Number(text);
}
