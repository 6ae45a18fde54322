import { toLatinDigits } from "../../lib/digits";

/**
 * The server's rules for what these screens create, checked as the operator types so that a bad
 * value is explained beside its field before anything is sent (kernel Credentials, ManageBranches,
 * tenancy Slug); the server checks again.
 */
export const BRANCH_CODE = /^[a-z0-9][a-z0-9-]{0,31}$/;
export const USERNAME = /^[a-z0-9][a-z0-9._-]{2,39}$/;
export const TENANT_SLUG = /^[a-z][a-z0-9-]{2,30}$/;
export const MIN_PASSWORD = 10;
export const MAX_PASSWORD = 128;
export const MAX_NAME = 200;

export type PasswordProblem = "short" | "long" | "mix";

/** Why a password would be refused (Credentials.passwordProblem), or null. */
export function passwordProblem(password: string): PasswordProblem | null {
  const chars = [...password];
  if (chars.length < MIN_PASSWORD) return "short";
  if (chars.length > MAX_PASSWORD) return "long";
  const letter = chars.some((c) => /\p{L}/u.test(c));
  const other = chars.some((c) => !/\p{L}/u.test(c));
  return letter && other ? null : "mix";
}

/**
 * What an operator types into a code field (a branch code, a username, a club ID) as the server
 * wants it: Persian or Arabic digits made ASCII, lower case, no surrounding spaces.
 */
export function asCode(input: string): string {
  return toLatinDigits(input).toLowerCase().trim();
}

const ALPHABET = "abcdefghjkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";

/**
 * A random initial password of 14 characters that the server accepts: letters and digits (without
 * the look-alikes 0/O, 1/l/I) and one dash, easy to read out over the phone.
 */
export function generatePassword(random: (n: number) => Uint32Array = (n) => crypto.getRandomValues(new Uint32Array(n))): string {
  const chars = Array.from(random(13), (x) => ALPHABET[x % ALPHABET.length]);
  const password = `${chars.slice(0, 7).join("")}-${chars.slice(7).join("")}`;
  // Thirteen digits in a row are unlikely, but the rule wants a letter: give it one.
  return passwordProblem(password) === null ? password : `${password}x`;
}
