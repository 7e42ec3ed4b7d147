import type { Entry, LedgerState } from './ledger.ts';
import { addMonths } from './months.ts';

/** What a workspace gives points for besides paid orders. */
export const BONUS_KINDS = ['eventAttended', 'npsAnswer', 'referral', 'anniversary'] as const;
export type BonusKind = (typeof BONUS_KINDS)[number];

/** Points per bonus; 0 switches that bonus off. */
export type BonusRules = Record<BonusKind, number>;

export const NO_BONUSES: BonusRules = {
  eventAttended: 0,
  npsAnswer: 0,
  referral: 0,
  anniversary: 0,
};

/** The rules as stored (JSON), unknown or missing keys read as 0 (off). */
export function bonusRulesOf(json: string | null | undefined): BonusRules {
  let raw: Record<string, unknown> = {};
  try {
    raw = json ? (JSON.parse(json) as Record<string, unknown>) : {};
  } catch {
    raw = {};
  }
  const out = { ...NO_BONUSES };
  for (const k of BONUS_KINDS) {
    const v = raw[k];
    if (typeof v === 'number' && Number.isSafeInteger(v) && v > 0) out[k] = v;
  }
  return out;
}

/**
 * The key a bonus is granted under, one per source record: a second check-in of an invitation, an
 * edited NPS answer, the anniversary job run twice in a year or a referral named twice find it
 * taken and grant nothing.
 */
export const bonusSource = {
  eventAttended: (invitationId: string) => `event:${invitationId}`,
  npsAnswer: (surveyId: string) => `nps:${surveyId}`,
  referral: (referredCustomerId: string) => `referral:${referredCustomerId}`,
  anniversary: (customerId: string, year: number) => `anniversary:${customerId}:${year}`,
} satisfies Record<BonusKind, (...args: never[]) => string>;

const SOURCE_PREFIX: Record<string, BonusKind> = {
  event: 'eventAttended',
  nps: 'npsAnswer',
  referral: 'referral',
  anniversary: 'anniversary',
};

/** The bonus a ledger entry's source names (`nps:…` → npsAnswer), or null for any other entry. */
export const bonusOf = (source: string | null | undefined): BonusKind | null =>
  (source && SOURCE_PREFIX[source.split(':')[0]!]) || null;

/** A bonus: an `earn` entry without an order, making a lot that expires like earned points. */
export function planBonus(
  state: LedgerState,
  points: number,
  date: string,
  expiryMonths: number,
): Entry {
  return {
    seq: state.nextSeq,
    kind: 'earn',
    points,
    date,
    orderId: null,
    lotSeq: null,
    expiresOn: addMonths(date, expiryMonths),
    shortfall: 0,
    amountMinor: 0,
  };
}

/**
 * The anniversaries of a relationship begun on `since` (YYYY-MM-DD) that fall on `days`: the
 * year counted and the date it is kept on. 29 February is kept on 28 February in other years.
 */
export function anniversariesOn(since: string | null, days: readonly string[]) {
  if (!since || !/^\d{4}-\d{2}-\d{2}$/.test(since)) return [];
  const start = Number(since.slice(0, 4));
  const md = since.slice(5);
  const out: { year: number; years: number; date: string }[] = [];
  for (const day of days) {
    const year = Number(day.slice(0, 4));
    const leap = new Date(Date.UTC(year, 1, 29)).getUTCMonth() === 1;
    const kept = md === '02-29' && !leap ? '02-28' : md;
    if (day.slice(5) === kept && year > start) out.push({ year, years: year - start, date: day });
  }
  return out;
}
