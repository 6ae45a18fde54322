/**
 * How many SMS a text costs, counted as the server counts it (messaging's SmsParts.java), so that the
 * figure under the text box is the one the estimate and the bill use. A text wholly in the GSM 7-bit
 * alphabet takes 160 characters in one SMS and 153 a part once it is split (the rest of each part
 * carries the joining header); one character outside it (any Persian letter) sends the whole text as
 * UCS-2: 70 in one SMS, 67 a part.
 */
const GSM_BASIC =
  "@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !\"#¤%&'()*+,-./0123456789:;<=>?¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà";
/** These take two septets each: an escape and the character. */
const GSM_EXTENDED = "^{}\\[~]|€\f";

export const GSM_SINGLE = 160;
export const GSM_PART = 153;
export const UNICODE_SINGLE = 70;
export const UNICODE_PART = 67;

export interface SmsCount {
  /** Septets in GSM-7, UTF-16 units in UCS-2 (an emoji counts two), as the operators bill them. */
  characters: number;
  parts: number;
  /** Sent as UCS-2 (Persian), with the shorter parts. */
  unicode: boolean;
  /** How many more characters fit before the text takes another part. */
  remaining: number;
}

export function smsCount(text: string): SmsCount {
  if (!text) return { characters: 0, parts: 0, unicode: false, remaining: GSM_SINGLE };
  let septets = 0;
  let unicode = false;
  for (const ch of text) {
    if (ch.length === 1 && GSM_BASIC.includes(ch)) septets++;
    else if (ch.length === 1 && GSM_EXTENDED.includes(ch)) septets += 2;
    else {
      unicode = true;
      break;
    }
  }
  const characters = unicode ? text.length : septets;
  const single = unicode ? UNICODE_SINGLE : GSM_SINGLE;
  const part = unicode ? UNICODE_PART : GSM_PART;
  const parts = characters <= single ? 1 : Math.ceil(characters / part);
  return { characters, parts, unicode, remaining: (parts === 1 ? single : parts * part) - characters };
}
