import { useMutation, useQueryClient } from "@tanstack/react-query";
import { api, ApiError } from "../../lib/api";

// The messaging pages' reads and writes (docs/messaging.md): sending and the batches sent, the
// templates, the segments, the automatic messages, the quiet hours and the club's own SMS line.

/** A channel's name as the server spells it; the server may name channels this console has no words for yet. */
export type Channel = "SMS" | "EMAIL" | "PUSH" | "MESSENGER" | (string & {});

/** A row of GET /messaging/channels: whether the club's plan has the channel's feature, and whether the platform can send on it at all. */
export interface ChannelInfo {
  channel: Channel;
  feature: string;
  inPlan: boolean;
  available: boolean;
}

/** Whether a channel's messages carry a subject (an email's) or a title (a push notification's): Channel.hasSubject. */
export function hasSubject(channel: Channel): boolean {
  return channel === "EMAIL" || channel === "PUSH";
}
export type MessageStatus = "QUEUED" | "SENT" | "DELIVERED" | "FAILED" | "SUPPRESSED";
/** The statuses in the order a message goes through them, as the delivery report shows them. */
export const STATUSES: MessageStatus[] = ["QUEUED", "SENT", "DELIVERED", "FAILED", "SUPPRESSED"];
export type Counts = Partial<Record<MessageStatus, number>>;

export interface Paged<T> {
  items: T[];
  total: number;
  page: number;
  size: number;
}

/** GET /messages/batches/{id}: one send and its messages counted per status. */
export interface Batch {
  batchId: string;
  total: number;
  counts: Counts;
  channel?: Channel | null;
  template?: string | null;
  text?: string | null;
  segment?: string | null;
  sendAt?: string | null;
  createdAt?: string | null;
  createdBy?: string | null;
  /** A segment's rows are still being written: the counts are still growing. */
  queueing?: boolean;
  /** How many of its FAILED messages the recipient's block of advertising SMS stopped. */
  doNotDisturb?: number;
  recipients?: number | null;
  suppressed?: number | null;
}

/** A row of GET /messages/batches. */
export interface BatchSummary {
  batchId: string;
  channel: Channel;
  template?: string | null;
  text?: string | null;
  segment?: string | null;
  sendAt: string;
  createdAt: string;
  createdBy?: string | null;
  recipients: number;
  suppressed: number;
  /** A segment's rows are still being written: the counts are still growing. */
  queueing?: boolean;
  counts: Counts;
}

export type Recipients = { memberCodes: string[] } | { segment: string };

/** The body of POST /messages and of POST /messages/estimate. */
export interface SendBody {
  channel: Channel;
  to: Recipients;
  template?: string;
  /** An email's subject or a push notification's title, for a text send on EMAIL or PUSH (a template brings its own). */
  subject?: string;
  text?: string;
  sendAt?: string;
}

/** The body of POST /messages/preview: the message as one member would get it. */
export interface PreviewBody {
  channel: Channel;
  memberCode: string;
  template?: string;
  subject?: string;
  text?: string;
}

/** POST /messages/preview's answer: the text (and subject) filled with the member's values now. */
export interface Preview {
  memberCode: string;
  channel: Channel;
  /** His address on the channel (mobile, email), null when he has none. */
  recipient: string | null;
  subject: string | null;
  text: string;
  characters: number;
  /** SMS parts as filled; 0 on other channels. */
  smsParts: number;
  reachable: boolean;
  /** Why he would not get it: "the member refused SMS messages", "the member has no email". */
  notReachedBecause: string | null;
}

/** POST /messages's 202. */
export interface Queued {
  batchId: string;
  recipients: number;
  suppressed: number;
  status: "QUEUED" | "SCHEDULED";
  sendAt: string;
}

export interface Estimate {
  recipients: number;
  suppressed: number;
  smsParts: number;
  /** Rial: recipients × parts × the platform's price per part; null when no price is set. */
  estimatedCost: number | null;
  segment?: string | null;
}

export interface Template {
  code: string;
  channel: Channel;
  text: string;
  subject?: string | null;
  placeholders: string[];
  characters: number;
  smsParts: number;
  createdAt: string;
  updatedAt: string;
}

export type Trigger =
  | "WELCOME"
  | "EARN"
  | "REDEEM"
  | "BONUS"
  | "LEVEL_UP"
  | "BIRTHDAY"
  | "ANNIVERSARY"
  | "POINTS_EXPIRING"
  | "INVOICE_LINK"
  | "MISSING";

export interface Automation {
  trigger: Trigger;
  enabled: boolean;
  channel?: Channel | null;
  template?: string | null;
  kind: "TRANSACTIONAL" | "MARKETING";
  /** The plan feature the trigger needs (C5 for marketing ones). */
  feature: string;
  updatedAt?: string | null;
}

export interface QuietHours {
  from: string;
  until: string;
  timeZone?: string;
}

export interface SegmentFilter {
  group?: string | null;
  level?: string | null;
  tag?: string | null;
  city?: string | null;
  /** ISO dates. */
  lastPurchaseBefore?: string | null;
  lastPurchaseAfter?: string | null;
}

export interface Segment {
  code: string;
  name: string;
  filter: SegmentFilter;
  /** How many members match now. */
  members: number;
}

/** GET /messaging/sms-gateway's answer: the club's own SMS line (C6). */
export interface SmsLine {
  provider: string;
  sender?: string | null;
  baseUrl?: string | null;
  /** The API key's last characters only (…55AB): the whole key is never answered. */
  maskedApiKey: string;
  updatedAt?: string | null;
}

export interface SmsLineForm {
  provider: string;
  apiKey: string;
  sender?: string;
  baseUrl?: string;
}

const enc = encodeURIComponent;

export const channelsQuery = { queryKey: ["message-channels"] as const, queryFn: () => api<ChannelInfo[]>("/messaging/channels"), staleTime: 60_000 };

export const batchesKey = ["message-batches"] as const;

export function batchesQuery(page: number, size: number) {
  return { queryKey: [...batchesKey, { page, size }] as const, queryFn: () => api<Paged<BatchSummary>>("/messages/batches", { query: { page, size } }) };
}

export function batchQuery(id: string) {
  return { queryKey: ["message-batch", id] as const, queryFn: () => api<Batch>(`/messages/batches/${enc(id)}`) };
}

/** One message of a send (GET /messages/batches/{id}/messages); {@code failure}: why a failed or suppressed one did not reach the member. */
export interface BatchMessage {
  id: string;
  memberCode?: string | null;
  firstName?: string | null;
  lastName?: string | null;
  status: MessageStatus;
  text?: string | null;
  sentAt?: string | null;
  deliveredAt?: string | null;
  cost?: number | null;
  failure?: string | null;
  attempts: number;
}

/** A send's messages, a page at a time, those in one status when {@code status} is given. */
export function batchMessagesQuery(id: string, status: MessageStatus | null, page: number, size: number) {
  return {
    queryKey: ["message-batch", id, "messages", { status, page, size }] as const,
    queryFn: () =>
      api<Paged<BatchMessage>>(`/messages/batches/${enc(id)}/messages`, { query: status ? { status, page, size } : { page, size } }),
  };
}

/** What a send would reach and cost, asked again as the form changes; nothing is queued. */
export function estimateQuery(body: SendBody | null) {
  return {
    queryKey: ["message-estimate", body] as const,
    queryFn: () => api<Estimate>("/messages/estimate", { method: "POST", body }),
    enabled: body !== null,
    staleTime: 30_000,
  };
}

/** The message as one real member would get it, asked again as the form changes; nothing is written. */
export function previewQuery(body: PreviewBody | null) {
  return {
    queryKey: ["message-preview", body] as const,
    queryFn: () => api<Preview>("/messages/preview", { method: "POST", body }),
    enabled: body !== null,
    staleTime: 30_000,
  };
}

/**
 * POST /messages with the compose form's Idempotency-Key (`key`): a retry after a timeout answers
 * the batch already queued instead of sending it twice.
 */
export function useSend() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ body, key }: { body: SendBody; key: string }) => api<Queued>("/messages", { body, idempotencyKey: key }),
    onSuccess: () => void client.invalidateQueries({ queryKey: batchesKey }),
  });
}

export const templatesKey = ["message-templates"] as const;
export const templatesQuery = { queryKey: templatesKey, queryFn: () => api<Template[]>("/message-templates") };

/** POST /message-templates (a new one: its code is its name, so a repeat is a 409) or PUT /message-templates/{code}. */
export function useSaveTemplate() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ editing, body }: { editing: string | null; body: { code: string; channel: Channel; text: string; subject?: string } }) =>
      editing ? api<Template>(`/message-templates/${enc(editing)}`, { method: "PUT", body }) : api<Template>("/message-templates", { body }),
    onSuccess: (saved) => {
      client.setQueryData<Template[]>(templatesKey, (old) => (old ? [...old.filter((t) => t.code !== saved.code), saved] : old));
      void client.invalidateQueries({ queryKey: templatesKey });
    },
  });
}

export const segmentsKey = ["segments"] as const;
export const segmentsQuery = { queryKey: segmentsKey, queryFn: () => api<Segment[]>("/segments") };

/** POST /segments or PUT /segments/{code}; the list (with its member counts) is read again after. */
export function useSaveSegment() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ editing, body }: { editing: string | null; body: { code: string; name: string; filter: SegmentFilter } }) =>
      editing ? api<Segment>(`/segments/${enc(editing)}`, { method: "PUT", body: { name: body.name, filter: body.filter } }) : api<Segment>("/segments", { body }),
    onSuccess: () => void client.invalidateQueries({ queryKey: segmentsKey }),
  });
}

export const automationsKey = ["message-automations"] as const;
export const automationsQuery = { queryKey: automationsKey, queryFn: () => api<Automation[]>("/messaging/automations") };

/** PUT /messaging/automations/{trigger}; the row shows the answer at once. */
export function useConfigureAutomation() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ trigger, body }: { trigger: Trigger; body: { enabled: boolean; channel: Channel; template: string } }) =>
      api<Automation>(`/messaging/automations/${enc(trigger)}`, { method: "PUT", body }),
    onSuccess: (saved) => client.setQueryData<Automation[]>(automationsKey, (old) => old?.map((a) => (a.trigger === saved.trigger ? saved : a))),
  });
}

export const quietHoursKey = ["quiet-hours"] as const;
export const quietHoursQuery = { queryKey: quietHoursKey, queryFn: () => api<QuietHours>("/messaging/quiet-hours") };

export function useSaveQuietHours() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: { from: string; until: string }) => api<QuietHours>("/messaging/quiet-hours", { method: "PUT", body }),
    onSuccess: (saved) => client.setQueryData(quietHoursKey, saved),
  });
}

export const smsLineKey = ["sms-gateway"] as const;

/** GET /messaging/sms-gateway: the club's own line, or null while it sends through the platform's (the server's 404). */
export const smsLineQuery = {
  queryKey: smsLineKey,
  queryFn: async () => {
    try {
      return await api<SmsLine>("/messaging/sms-gateway");
    } catch (e) {
      // Not found is the answer "no line of its own", unlike a path this server does not have.
      if (e instanceof ApiError && e.status === 404 && e.slug === "not-found" && e.detail !== "No such resource") return null;
      throw e;
    }
  },
};

/** PUT /messaging/sms-gateway replaces the whole line (the key too); the answer shows the key masked. */
export function useSetSmsLine() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: SmsLineForm) => api<SmsLine>("/messaging/sms-gateway", { method: "PUT", body }),
    onSuccess: (saved) => client.setQueryData(smsLineKey, saved),
  });
}

/** DELETE /messaging/sms-gateway: back to the platform's line. */
export function useRemoveSmsLine() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: () => api<void>("/messaging/sms-gateway", { method: "DELETE" }),
    onSuccess: () => client.setQueryData(smsLineKey, null),
  });
}

/** GET /messaging/messenger-bot: the club's bot on Telegram or Bale (C8); the token only by its last characters. */
export interface MessengerBot {
  baseUrl: string;
  username: string;
  maskedToken: string;
  link: string;
  linkedMembers: number;
  updatedAt?: string | null;
  tokenRefusedAt?: string | null;
  tokenRefusal?: string | null;
  updatesFailingSince?: string | null;
  updatesFailure?: string | null;
}

export const messengerBotKey = ["messenger-bot"] as const;

/** The club's bot, or null while it has none (the server's 404). */
export const messengerBotQuery = {
  queryKey: messengerBotKey,
  queryFn: async (): Promise<MessengerBot | null> => {
    try {
      return await api<MessengerBot>("/messaging/messenger-bot");
    } catch (e) {
      if (e instanceof ApiError && e.status === 404) return null;
      throw e;
    }
  },
};

export function useSaveMessengerBot() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: { token: string; baseUrl?: string }) => api<MessengerBot>("/messaging/messenger-bot", { method: "PUT", body }),
    onSuccess: (saved) => client.setQueryData(messengerBotKey, saved),
  });
}

export function useRemoveMessengerBot() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: () => api<void>("/messaging/messenger-bot", { method: "DELETE" }),
    onSuccess: () => client.setQueryData(messengerBotKey, null),
  });
}
