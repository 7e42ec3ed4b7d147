import dayjs, { type Dayjs } from 'dayjs';
import { ApiError } from '../api/client.ts';
import { currencyDigits, toMinor } from '../lib/format.ts';
import {
  instantToWallClock,
  wallClockToInstant,
  type CustomerEvent,
  type EventBody,
  type EventType,
} from './types.ts';

/** The new-event form's values: times on the venue's clock, money in major units. */
export interface EventForm {
  type: EventType;
  titles: { language: string; text?: string }[];
  online: boolean;
  venue?: string;
  venueCountry?: string;
  timeZone: string;
  onlineUrl?: string;
  startsAt?: Dayjs;
  endsAt?: Dayjs;
  rsvpDeadline?: Dayjs;
  capacity?: number | null;
  maxGuests?: number;
  ownerId?: string;
  currency: string;
  budget?: number | null;
  cost?: number | null;
}

// Form fields the API's error paths name; anything else is shown above the form.
export const KNOWN = [
  'type',
  'titles',
  'venue',
  'venueCountry',
  'timeZone',
  'onlineUrl',
  'startsAt',
  'endsAt',
  'rsvpDeadline',
  'capacity',
  'maxGuests',
  'ownerId',
  'currency',
  'budget',
  'cost',
];

/** An event as the form shows it: its times on the venue's clock, money in major units. */
export function toForm(e: CustomerEvent): EventForm {
  const major = (minor: number | null) =>
    minor === null ? null : minor / 10 ** currencyDigits(e.currency);
  return {
    type: e.type as EventType,
    titles: Object.entries(e.title).map(([language, text]) => ({ language, text })),
    online: e.onlineUrl !== null && e.venue === null,
    venue: e.venue ?? undefined,
    venueCountry: e.venueCountry ?? undefined,
    timeZone: e.timeZone,
    onlineUrl: e.onlineUrl ?? undefined,
    startsAt: dayjs(`${e.local.startDate}T${e.local.startTime}`),
    endsAt: dayjs(`${e.local.endDate}T${e.local.endTime}`),
    rsvpDeadline: e.rsvpDeadline
      ? dayjs(instantToWallClock(e.rsvpDeadline, e.timeZone))
      : undefined,
    capacity: e.capacity,
    maxGuests: e.maxGuests,
    ownerId: e.ownerId,
    currency: e.currency,
    budget: major(e.budgetMinor),
    cost: major(e.costMinor),
  };
}

const instant = (d: Dayjs | undefined, zone: string) =>
  d ? wallClockToInstant(d.format('YYYY-MM-DDTHH:mm'), zone) : '';

/** The API body; the dates are read on the venue's clock, whatever the browser's zone. */
export function toBody(v: EventForm): EventBody {
  const title = Object.fromEntries(
    v.titles.filter((x) => x.language && x.text?.trim()).map((x) => [x.language, x.text!.trim()]),
  );
  const money = (n: number | null | undefined) =>
    n === null || n === undefined ? null : toMinor(n, v.currency);
  return {
    type: v.type,
    title,
    venue: v.online ? null : v.venue?.trim() || null,
    venueCountry: v.online ? null : v.venueCountry || null,
    onlineUrl: v.online ? v.onlineUrl?.trim() || null : null,
    timeZone: v.timeZone,
    startsAt: instant(v.startsAt, v.timeZone),
    endsAt: instant(v.endsAt, v.timeZone),
    rsvpDeadline: v.rsvpDeadline ? instant(v.rsvpDeadline, v.timeZone) : null,
    capacity: v.capacity ?? null,
    maxGuests: v.maxGuests ?? 0,
    ownerId: v.ownerId,
    currency: v.currency,
    budgetMinor: money(v.budget),
    costMinor: money(v.cost),
  };
}

// The API names a title, budget and cost as the body does; the form names them its own way.
const RENAMED: Record<string, string> = {
  '/title': '/titles/0/text',
  '/budgetMinor': '/budget',
  '/costMinor': '/cost',
};

/** The server's error with its paths renamed to the form's fields. */
export function toFormError(err: unknown): unknown {
  if (!(err instanceof ApiError)) return err;
  const errors = err.errors.map((e) => {
    const head = Object.keys(RENAMED).find((k) => e.path === k || e.path.startsWith(`${k}/`));
    return head ? { ...e, path: RENAMED[head]! } : e;
  });
  return new ApiError(err.status, err.title, err.detail, errors);
}
