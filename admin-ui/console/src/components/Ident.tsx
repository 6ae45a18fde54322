import { Code } from "./Figures";

/**
 * An identifier as the operator types it: one of digits only (a member code, a terminal ID) takes
 * the reader's digits like any <Code>; one with Latin letters (a branch code "vanak-1", a username, a
 * club ID) stays exactly as typed, left to right, since "vanak-۱" is neither one thing nor the other.
 */
export function Ident({ value }: { value: string | null | undefined }) {
  if (value == null || /^[\d\s-]+$/.test(value)) return <Code value={value} />;
  return <bdi dir="ltr">{value}</bdi>;
}
