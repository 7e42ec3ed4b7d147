import type { BodyOf, ResponseOf } from '../api/models.ts';

type Item<T> = T extends { items: (infer I)[] } ? I : never;

export type CustomerEvent = ResponseOf<'/events/{id}'>;
export type EventBody = BodyOf<'/events', 'post'>;
export type Invitation = Item<ResponseOf<'/events/{id}/invitations'>>;
export type Invited = ResponseOf<'/events/{id}/invitations', 'post'>;
export type EventResults = ResponseOf<'/events/{id}/results'>;

export const EVENT_TYPES = [
  'trade_show',
  'meetup',
  'dealer_conference',
  'factory_visit',
  'webinar',
  'seminar',
  'dinner',
] as const satisfies readonly EventBody['type'][];
export type EventType = (typeof EVENT_TYPES)[number];

export const RSVP_STATUSES = ['invited', 'yes', 'waitlisted', 'maybe', 'no'] as const;

/**
 * An event's text in the reader's language: theirs, else its base language (zh-CN → zh), else
 * English, else whichever the event has (as the server's textIn picks the invitation's).
 */
export function textIn(texts: Record<string, string>, locale: string): string {
  const base = locale.split('-')[0]!;
  const key = [locale, base, ...Object.keys(texts).filter((k) => k.startsWith(`${base}-`)), 'en']
    .map((k) => (texts[k]?.trim() ? k : null))
    .find(Boolean);
  return (key ? texts[key] : Object.values(texts).find((v) => v.trim())) ?? '';
}

/**
 * The instant a wall-clock time ("2026-04-15T09:30") is in a time zone: the zone's offset is
 * read at the guess and read again once, which lands right on both sides of a DST change.
 */
export function wallClockToInstant(local: string, timeZone: string): string {
  const asUtc = Date.parse(`${local}:00Z`);
  const offset = (at: number) => {
    const parts = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
    }).formatToParts(new Date(at));
    const get = (type: string) => Number(parts.find((p) => p.type === type)?.value ?? 0);
    return (
      Date.UTC(get('year'), get('month') - 1, get('day'), get('hour'), get('minute')) -
      Math.floor(at / 60000) * 60000
    );
  };
  const first = asUtc - offset(asUtc);
  return new Date(asUtc - offset(first)).toISOString();
}

/** An instant as a wall-clock time in a zone ("2026-04-15T09:30"): what the form's pickers hold. */
export function instantToWallClock(instant: string, timeZone: string): string {
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone,
    hourCycle: 'h23',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
  }).formatToParts(new Date(instant));
  const get = (type: string) => parts.find((p) => p.type === type)?.value ?? '';
  return `${get('year')}-${get('month')}-${get('day')}T${get('hour')}:${get('minute')}`;
}
