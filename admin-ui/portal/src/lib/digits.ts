// Same as the console's lib/digits.ts (and the server's kernel Digits): a member types with whatever
// keyboard his phone has, Persian, Arabic-Indic or Latin digits, and the server reads ASCII.
const PERSIAN = "۰۱۲۳۴۵۶۷۸۹";
const ARABIC = "٠١٢٣٤٥٦٧٨٩";

/** Persian and Arabic-Indic digits to ASCII. */
export function toLatinDigits(text: string): string {
  return text.replace(/[۰-۹٠-٩]/g, (d) => {
    const p = PERSIAN.indexOf(d);
    return String(p >= 0 ? p : ARABIC.indexOf(d));
  });
}

/** ASCII digits to Persian ones, for codes shown to a Persian reader. */
export function toPersianDigits(text: string): string {
  return text.replace(/[0-9]/g, (d) => PERSIAN[Number(d)]);
}

/** Only the digits of what was typed, as ASCII (a one-time code pasted as "۱۲۳ ۴۵۶"). */
export function digitsOnly(text: string): string {
  return toLatinDigits(text).replace(/\D/g, "");
}
