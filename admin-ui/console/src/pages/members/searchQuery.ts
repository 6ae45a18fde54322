import { toLatinDigits } from "../../lib/digits";
import { normalizeMobile, normalizeNationalCode } from "../../lib/validation";

/** The one criterion GET /members takes at a time: exact ones answer a member, q a page by name. */
export type SearchKind = "mobile" | "nationalCode" | "cardNumber" | "code" | "q";

export interface SearchCriterion {
  kind: SearchKind;
  /** What is sent: normalised (Latin digits, 09... mobile) when it could be. */
  value: string;
  /** Why what was typed cannot be what it looks like (a wrong check digit); nothing is asked then. */
  problem?: "mobile" | "nationalCode" | "cardNumber";
  /** Other readings of the same digits the operator can choose instead. */
  alternatives: SearchCriterion[];
}

function luhnValid(digits: string): boolean {
  let sum = 0;
  for (let i = 0; i < digits.length; i++) {
    let d = Number(digits[digits.length - 1 - i]);
    if (i % 2 === 1) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
  }
  return sum % 10 === 0;
}

const one = (kind: SearchKind, value: string, problem?: SearchCriterion["problem"], alternatives: SearchCriterion[] = []): SearchCriterion => ({
  kind,
  value,
  problem,
  alternatives,
});

/**
 * What the operator typed in the one search box, read as the API's criteria:
 * - letters: the start of a first or last name (q);
 * - 16 digits starting with 9: a card number (its Luhn digit checked);
 * - 09... (but ten digits), +98..., 0098..., 98... (12 digits): a mobile;
 * - 10 digits: a national code when its check digit is right, else a mobile that lost its 0
 *   (912...), else a national code with a wrong check digit;
 * - 8 or 9 digits with a right check digit: a national code Excel stripped of its zeros (or a code);
 * - other short digit strings: a member code.
 * Persian or Arabic digits, spaces and dashes are fine everywhere.
 */
export function interpretSearch(input: string): SearchCriterion | null {
  const text = input.trim();
  if (!text) return null;
  const compact = toLatinDigits(text).replace(/[\s\-()]/g, "");
  if (!/^\+?\d+$/.test(compact)) return one("q", text);

  const digits = compact.replace(/^\+/, "");
  const asMobile = normalizeMobile(compact);
  const asNational = normalizeNationalCode(digits);

  if (digits.length === 16 && digits.startsWith("9")) {
    return luhnValid(digits) ? one("cardNumber", digits) : one("cardNumber", digits, "cardNumber");
  }
  // Member codes never start with 0, and no national code starts with 09 and has 11 digits.
  const mobileShaped =
    compact.startsWith("+") || digits.startsWith("0098") || (digits.startsWith("09") && digits.length !== 10) || (digits.length === 12 && digits.startsWith("98"));
  if (mobileShaped) return asMobile ? one("mobile", asMobile) : one("mobile", digits, "mobile");

  if (digits.length === 10) {
    if (asNational) return one("nationalCode", asNational, undefined, asMobile ? [one("mobile", asMobile)] : []);
    if (asMobile) return one("mobile", asMobile);
    // 09 and eight digits: a mobile short of a digit rather than a national code.
    return digits.startsWith("09") ? one("mobile", digits, "mobile") : one("nationalCode", digits, "nationalCode");
  }
  if ((digits.length === 8 || digits.length === 9) && asNational) {
    return one("nationalCode", asNational, undefined, [one("code", digits)]);
  }
  if (digits.length <= 9) return one("code", digits);
  // Eleven to fifteen digits (or more) that are no mobile: most likely a mistyped card number.
  return one("cardNumber", digits, "cardNumber");
}

/** The query GET /members takes for a criterion. */
export function searchParams(c: SearchCriterion | null): Record<string, string> {
  return c ? { [c.kind]: c.value } : {};
}
