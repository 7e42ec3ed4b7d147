import type { BounceKind } from '../mail/dsn.ts';

/** A soft bounce (4.x.x) is sent again after this long, at most MAX_SOFT_RETRIES times. */
export const SOFT_RETRY_DELAY_MS = 4 * 3600_000;
export const MAX_SOFT_RETRIES = 2;

/**
 * The campaign and contact a returned Message-ID names. Campaign mail is sent as
 * `<campaign.contact.chuhai@sender-domain>` (outgoingMessageId): the id itself is the VERP-like
 * key, so nothing is stored per message and a report returning only headers still matches.
 */
export function campaignKeyOf(
  messageId: string | null,
): { campaignId: string; contactId: string } | null {
  const m = /^<([A-Za-z0-9_-]+)\.([A-Za-z0-9_-]+)\.chuhai@[^<>\s]+>$/.exec(messageId ?? '');
  return m ? { campaignId: m[1]!, contactId: m[2]! } : null;
}

export type BounceOutcome =
  /** the address is refused for good: the recipient is bounced, the address marked */
  | { kind: 'hard' }
  /** sent again at `retryAt`, the `retries`-th time */
  | { kind: 'retry'; retries: number; retryAt: Date }
  /** a soft bounce after the last retry: bounced, the address not marked */
  | { kind: 'soft_exhausted' };

/** What a bounce does to a campaign recipient that has been retried `retries` times so far. */
export function bounceOutcome(kind: BounceKind, retries: number, at: Date): BounceOutcome {
  if (kind === 'hard') return { kind: 'hard' };
  if (retries >= MAX_SOFT_RETRIES) return { kind: 'soft_exhausted' };
  return {
    kind: 'retry',
    retries: retries + 1,
    retryAt: new Date(at.getTime() + SOFT_RETRY_DELAY_MS),
  };
}
