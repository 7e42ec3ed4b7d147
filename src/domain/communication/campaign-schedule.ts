import type { BusinessCalendar } from '../calendar/business-calendar.ts';
import { fromDay, isoWeekday } from '../calendar/dates.ts';
import { localDayNumber, zonedToUtc } from '../calendar/zoned-time.ts';

/**
 * When a campaign goes out, on each recipient's own clock: a weekday and a local time ("Tuesday
 * 10:00 where they are"), or the first day at that time (`weekday` null). A recipient whose chosen
 * day is a public holiday or weekend of their calendar gets the next business day, same time.
 */
export interface CampaignTiming {
  /** ISO weekday 1 = Monday … 7 = Sunday; null: the first day from the start */
  weekday: number | null;
  /** local HH:MM */
  time: string;
}

/** What places a recipient in time: their calendar and zone (recipients share them by market). */
export interface RecipientClock {
  calendar: BusinessCalendar;
  timeZone: string;
}

export interface CampaignSend {
  at: Date;
  /** the recipient's local date of the send */
  date: string;
  /** the chosen day was closed there and the send moved to this later business day */
  moved: boolean;
}

const HM = /^([01]\d|2[0-3]):[0-5]\d$/;
const SEARCH_DAYS = 60;

/**
 * The send instant for one recipient clock, not before `start`. Pure and deterministic, so a
 * campaign of a million recipients computes it once per (calendar, zone) and copies it.
 */
export function campaignSendAt(
  clock: RecipientClock,
  start: Date,
  timing: CampaignTiming,
): CampaignSend {
  if (!HM.test(timing.time)) throw new RangeError(`not a local time: ${timing.time}`);
  if (timing.weekday !== null && !(timing.weekday >= 1 && timing.weekday <= 7))
    throw new RangeError(`not an ISO weekday: ${timing.weekday}`);
  let day = localDayNumber(start.getTime(), clock.timeZone);
  // The first day on or after the start's local date with the weekday, whose time is still ahead.
  for (let i = 0; i < 8; i++, day++) {
    if (timing.weekday !== null && isoWeekday(day) !== timing.weekday) continue;
    if (zonedToUtc(fromDay(day), timing.time, clock.timeZone) >= start) break;
  }
  const chosen = day;
  for (let i = 0; i < SEARCH_DAYS && !clock.calendar.isBusinessDay(fromDay(day)); i++) day++;
  const date = fromDay(day);
  return { at: zonedToUtc(date, timing.time, clock.timeZone), date, moved: day !== chosen };
}

/**
 * Every recipient's send instant, as an array parallel to `recipients`. `clockOf` names each
 * recipient's clock by a key (country, region and zone); each key is computed once.
 */
export function scheduleCampaign<R>(
  recipients: readonly R[],
  keyOf: (r: R) => string,
  clockOf: (r: R) => RecipientClock,
  start: Date,
  timing: CampaignTiming,
): CampaignSend[] {
  const byKey = new Map<string, CampaignSend>();
  const out = new Array<CampaignSend>(recipients.length);
  for (let i = 0; i < recipients.length; i++) {
    const r = recipients[i]!;
    const key = keyOf(r);
    let send = byKey.get(key);
    if (!send) byKey.set(key, (send = campaignSendAt(clockOf(r), start, timing)));
    out[i] = send;
  }
  return out;
}
