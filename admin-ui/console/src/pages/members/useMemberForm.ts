import { useCallback, useMemo, useState } from "react";
import { toLatinDigits } from "../../lib/digits";
import type { ApiError } from "../../lib/api";
import { checkAll, checkField, MEMBER_FIELDS, REQUIRED, serverProblems, type FieldProblem, type FieldProblems, type MemberField, type MemberValues } from "./memberFormModel";

/**
 * The state of a member form: values, which fields the operator has left (blur), and the problems to
 * show: a field's own rule once it was left or once the form was sent, and as soon as a mobile or
 * national code has all its digits; the server's verdict on a field until that field is changed.
 */
export function useMemberForm(initial: MemberValues, required: ReadonlySet<MemberField> = REQUIRED) {
  const [values, setValues] = useState<MemberValues>(initial);
  const [touched, setTouched] = useState<Partial<Record<MemberField, boolean>>>({});
  const [submitted, setSubmitted] = useState(false);
  const [server, setServer] = useState<FieldProblems>({});

  const setValue = useCallback((field: MemberField, value: string) => {
    setValues((v) => ({ ...v, [field]: value }));
    setServer((s) => (s[field] ? { ...s, [field]: undefined } : s));
  }, []);

  const blur = useCallback((field: MemberField) => setTouched((t) => (t[field] ? t : { ...t, [field]: true })), []);

  const problems = useMemo(() => {
    const shown: FieldProblems = {};
    for (const f of MEMBER_FIELDS) {
      const own = checkField(f, values[f], required.has(f));
      const digits = toLatinDigits(values[f]).replace(/\D/g, "").length;
      const complete = (f === "mobile" && digits >= 11) || (f === "nationalCode" && digits >= 10);
      const p: FieldProblem | undefined = server[f] ?? ((touched[f] || submitted || complete) && own ? own : undefined);
      if (p) shown[f] = p;
    }
    return shown;
  }, [values, touched, submitted, server, required]);

  /** Marks the form sent; true when nothing stands in the way of sending it. */
  const validate = useCallback(() => {
    setSubmitted(true);
    return Object.keys(checkAll(values, required)).length === 0;
  }, [values, required]);

  const showServerErrors = useCallback((error: ApiError | null | undefined) => setServer(serverProblems(error)), []);

  const reset = useCallback((next: MemberValues) => {
    setValues(next);
    setTouched({});
    setSubmitted(false);
    setServer({});
  }, []);

  return { values, setValue, blur, problems, validate, showServerErrors, reset, submitted };
}

export type MemberFormState = ReturnType<typeof useMemberForm>;
