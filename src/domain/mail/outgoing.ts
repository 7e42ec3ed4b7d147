import type { SendAtMode } from './mail-vocabulary.ts';
import { messageIds } from './threading.ts';

/** What a sender asked for, read: a mode, and for `instant` the instant; or why it cannot be. */
export type SendAtChoice =
  | { mode: 'now' }
  | { mode: 'local-morning' }
  | { mode: 'instant'; at: Date }
  | { problem: 'send_at_format' | 'send_at_past' };

// A chosen time a minute old is "now" said slowly (a form filled in over the minute), not a
// mistake; anything older would be sent at once while the user believed it scheduled.
const PAST_TOLERANCE_MS = 60_000;

export function readSendAt(value: string | undefined, now: Date): SendAtChoice {
  if (value === undefined || value === 'now') return { mode: 'now' };
  if (value === 'local-morning') return { mode: 'local-morning' };
  // An instant must say its offset: a bare local time would be read in the server's zone.
  if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/.test(value))
    return { problem: 'send_at_format' };
  const at = new Date(value);
  if (Number.isNaN(at.getTime())) return { problem: 'send_at_format' };
  if (at.getTime() < now.getTime() - PAST_TOLERANCE_MS) return { problem: 'send_at_past' };
  return { mode: 'instant', at: at < now ? now : at };
}

export const sendAtMode = (c: Exclude<SendAtChoice, { problem: string }>): SendAtMode => c.mode;

/**
 * The threading headers of a reply (RFC 5322 §3.6.4): In-Reply-To is the parent's Message-ID;
 * References the thread's root, the parent's own parent, then the parent. We keep only those
 * ids of a synced message, which is enough for every client to thread the reply.
 */
export function replyHeaders(parent: {
  message_id: string | null;
  thread_id: string;
  in_reply_to: string | null;
}): { inReplyTo: string | null; references: string[] } {
  const own = messageIds(parent.message_id)[0] ?? null;
  const chain = [
    ...messageIds(parent.thread_id),
    ...messageIds(parent.in_reply_to),
    ...(own ? [own] : []),
  ];
  return { inReplyTo: own, references: [...new Set(chain)] };
}

/** "Re: " once, in front of a subject that does not start with it already. */
export function replySubject(subject: string): string {
  return /^re\s*:/i.test(subject.trim()) ? subject.trim() : `Re: ${subject.trim()}`;
}

/** A Message-ID unique to this outbox row, on the sending mailbox's domain. */
export function outgoingMessageId(id: string, fromAddress: string): string {
  const domain = fromAddress.slice(fromAddress.lastIndexOf('@') + 1) || 'chuhai.invalid';
  return `<${id}.chuhai@${domain}>`;
}

// Retries of a send: a minute, five, a quarter and an hour. A greylisting server asks to come
// back in minutes; an outage lasts longer; after the last the message is marked failed.
const SEND_BACKOFF_MS = [60_000, 5 * 60_000, 15 * 60_000, 60 * 60_000];
export const SEND_MAX_ATTEMPTS = SEND_BACKOFF_MS.length + 1;

export function sendBackoffMs(attempt: number): number {
  return SEND_BACKOFF_MS[Math.min(Math.max(attempt, 1), SEND_BACKOFF_MS.length) - 1]!;
}
