import { toLatinDigits } from "../../lib/digits";
import { normalizeTime, tehranInstant } from "../../lib/tehran";
import { unknownPlaceholders } from "./placeholders";
import { hasSubject, type Channel, type PreviewBody, type SendBody } from "./queries";

/** The server's limits on a send (SendMessages.java, ManageTemplates.java). */
export const MAX_MEMBERS = 1000;
export const MAX_TEXT = 1000;
export const MAX_EMAIL_TEXT = 20_000;
export const MAX_SUBJECT = 200;
export const MAX_SCHEDULE_DAYS = 90;

/** How long a text may be on a channel: an email's body is longer than an SMS or a notification. */
export function maxText(channel: Channel): number {
  return channel === "EMAIL" ? MAX_EMAIL_TEXT : MAX_TEXT;
}

export interface ComposeForm {
  /** A channel of GET /messaging/channels. */
  channel: Channel;
  to: "members" | "segment";
  /** Member codes as typed or pasted: one a line, or split by spaces or commas. */
  codes: string;
  segment: string;
  content: "template" | "text";
  template: string;
  /** An email's subject or a push notification's title, for a text (a template brings its own). */
  subject: string;
  text: string;
  /** The member the preview is filled for, as typed; empty means the first code of the recipients. */
  previewCode: string;
  later: boolean;
  /** The Tehran day (ISO) and time (HH:mm, as typed) a scheduled send goes out. */
  date: string | null;
  time: string;
}

export const emptyCompose: ComposeForm = {
  channel: "SMS",
  to: "members",
  codes: "",
  segment: "",
  content: "text",
  template: "",
  subject: "",
  text: "",
  previewCode: "",
  later: false,
  date: null,
  time: "",
};

/** A problem of a field: a key of the messaging namespace's compose.errors and its values. */
export interface FieldProblem {
  key: string;
  values?: Record<string, string | number>;
}
export type ComposeErrors = Partial<Record<"codes" | "segment" | "template" | "subject" | "text" | "date" | "time" | "previewCode", FieldProblem>>;

const MEMBER_CODE = /^\d{1,20}$/;

/**
 * Member codes from what was typed or pasted (a column of a spreadsheet, a list with commas, Persian
 * digits): each once, in the order given, and what cannot be a member code apart.
 */
export function parseCodes(input: string): { codes: string[]; invalid: string[] } {
  const codes: string[] = [];
  const invalid: string[] = [];
  for (const token of toLatinDigits(input).split(/[\s,،;؛]+/)) {
    if (!token) continue;
    if (!MEMBER_CODE.test(token)) {
      if (!invalid.includes(token)) invalid.push(token);
    } else if (!codes.includes(token)) codes.push(token);
  }
  return { codes, invalid };
}

/** The member the preview is for: the code typed for it, else the first of the recipients' codes. */
export function previewCodeOf(form: ComposeForm): string {
  const typed = toLatinDigits(form.previewCode).trim();
  if (typed) return typed;
  return form.to === "members" ? (parseCodes(form.codes).codes[0] ?? "") : "";
}

/**
 * The form as POST /messages takes it, and what to fix first. `estimate` is the same body without the
 * schedule, once the recipients and the text are right: what it reaches and costs does not wait for
 * the date. `preview` is the message for one member (POST /messages/preview), once the text and his
 * code are right, whoever the recipients are.
 */
export function composeBody(
  form: ComposeForm,
  now: Date = new Date(),
): { body: SendBody | null; estimate: SendBody | null; preview: PreviewBody | null; errors: ComposeErrors } {
  const errors: ComposeErrors = {};
  let to: SendBody["to"] | null = null;
  if (form.to === "members") {
    const { codes, invalid } = parseCodes(form.codes);
    if (invalid.length > 0) errors.codes = { key: "codesInvalid", values: { codes: invalid.slice(0, 5).join("، ") } };
    else if (codes.length === 0) errors.codes = { key: "codesRequired" };
    else if (codes.length > MAX_MEMBERS) errors.codes = { key: "codesTooMany", values: { max: MAX_MEMBERS } };
    else to = { memberCodes: codes };
  } else if (!form.segment) errors.segment = { key: "segmentRequired" };
  else to = { segment: form.segment };

  let content: Pick<SendBody, "template" | "subject" | "text"> | null = null;
  if (form.content === "template") {
    if (!form.template) errors.template = { key: "templateRequired" };
    else content = { template: form.template };
  } else {
    const text = form.text.trim();
    const unknown = unknownPlaceholders(text);
    const max = maxText(form.channel);
    if (!text) errors.text = { key: "textRequired" };
    else if (text.length > max) errors.text = { key: "textTooLong", values: { max } };
    else if (unknown.length > 0) errors.text = { key: "unknownPlaceholders", values: { names: unknown.map((n) => `{${n}}`).join("، ") } };
    // Without a subject the server sends the club's name as one.
    const subject = hasSubject(form.channel) ? form.subject.trim() : "";
    const unknownInSubject = unknownPlaceholders(subject);
    if (subject.length > MAX_SUBJECT) errors.subject = { key: "subjectTooLong", values: { max: MAX_SUBJECT } };
    else if (unknownInSubject.length > 0) errors.subject = { key: "unknownPlaceholders", values: { names: unknownInSubject.map((n) => `{${n}}`).join("، ") } };
    if (!errors.text && !errors.subject) content = { ...(subject ? { subject } : {}), text };
  }

  let preview: PreviewBody | null = null;
  const code = previewCodeOf(form);
  if (form.previewCode.trim() && !MEMBER_CODE.test(code)) errors.previewCode = { key: "previewCode" };
  else if (content && MEMBER_CODE.test(code)) preview = { channel: form.channel, memberCode: code, ...content };

  let sendAt: string | undefined;
  if (form.later) {
    const time = normalizeTime(form.time);
    if (!form.date) errors.date = { key: "dateRequired" };
    if (!time) errors.time = { key: "time" };
    if (form.date && time) {
      const at = tehranInstant(form.date, time);
      const ms = Date.parse(at);
      if (ms <= now.getTime()) errors.date = { key: "past" };
      else if (ms > now.getTime() + MAX_SCHEDULE_DAYS * 86_400_000) errors.date = { key: "tooFar", values: { days: MAX_SCHEDULE_DAYS } };
      else sendAt = at;
    }
  }

  const estimate = to && content ? { channel: form.channel, to, ...content } : null;
  const body = estimate && (!form.later || sendAt) ? { ...estimate, ...(sendAt ? { sendAt } : {}) } : null;
  return { body, estimate, preview, errors };
}
