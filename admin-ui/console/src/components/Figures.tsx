import { formatCode, formatDate, formatDateTime, formatNumber, formatRial } from "../lib/format";
import { useLang } from "./useLang";

/** An amount of Rials with the reader's digits. */
export function Rial({ value }: { value: number | null | undefined }) {
  const lang = useLang();
  return <bdi>{formatRial(value, lang)}</bdi>;
}

export function Num({ value }: { value: number | null | undefined }) {
  const lang = useLang();
  return <bdi>{formatNumber(value, lang)}</bdi>;
}

/** A code (member code, card number) with the reader's digits, kept left-to-right. */
export function Code({ value }: { value: string | null | undefined }) {
  const lang = useLang();
  return (
    <bdi dir="ltr" style={{ fontFeatureSettings: '"tnum"' }}>
      {formatCode(value, lang)}
    </bdi>
  );
}

/** A Jalali date (with the time when asked), in Tehran time. */
export function JalaliDate({ value, time = false }: { value: string | null | undefined; time?: boolean }) {
  const lang = useLang();
  return <bdi title={value ?? undefined}>{time ? formatDateTime(value, lang) : formatDate(value, lang)}</bdi>;
}
