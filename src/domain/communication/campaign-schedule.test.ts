import { describe, expect, it } from 'vitest';
import { BusinessCalendar } from '../calendar/business-calendar.ts';
import { campaignSendAt, scheduleCampaign, type RecipientClock } from './campaign-schedule.ts';

const clock = (country: string, timeZone: string): RecipientClock => ({
  calendar: new BusinessCalendar(country),
  timeZone,
});
const BERLIN = clock('DE', 'Europe/Berlin');
const RIYADH = clock('SA', 'Asia/Riyadh');

describe('a campaign goes out at the same local time on each recipient’s own clock', () => {
  it.each([
    [
      'Tuesday 10:00 in Berlin',
      BERLIN,
      '2026-12-21T00:00:00Z',
      2,
      '2026-12-22T09:00:00.000Z',
      false,
    ],
    [
      'Friday 10:00 in Riyadh is their weekend: Sunday',
      RIYADH,
      '2026-01-05T00:00:00Z',
      5,
      '2026-01-11T07:00:00.000Z',
      true,
    ],
    [
      'Friday 10:00 in Berlin on Christmas Day: Monday 28 Dec',
      BERLIN,
      '2026-12-21T00:00:00Z',
      5,
      '2026-12-28T09:00:00.000Z',
      true,
    ],
    [
      'Tuesday 10:00 already past this Tuesday: the next one',
      BERLIN,
      '2026-12-22T12:00:00Z',
      2,
      '2026-12-29T09:00:00.000Z',
      false,
    ],
    [
      'Tuesday 10:00 in Auckland comes first (their Tuesday has begun)',
      clock('NZ', 'Pacific/Auckland'),
      '2026-06-15T20:00:00Z',
      2,
      '2026-06-15T22:00:00.000Z',
      false,
    ],
    [
      'Tuesday 10:00 in Los Angeles, a day later in UTC',
      clock('US', 'America/Los_Angeles'),
      '2026-06-15T20:00:00Z',
      2,
      '2026-06-16T17:00:00.000Z',
      false,
    ],
    [
      'no weekday: the first 10:00 from the start, here the next morning',
      BERLIN,
      '2026-06-16T12:00:00Z',
      null,
      '2026-06-17T08:00:00.000Z',
      false,
    ],
  ] as const)('%s', (_what, c, start, weekday, at, moved) => {
    const send = campaignSendAt(c, new Date(start), { weekday, time: '10:00' });
    expect(send.at.toISOString()).toBe(at);
    expect(send.moved).toBe(moved);
  });

  it('refuses a time or weekday that does not exist', () => {
    expect(() => campaignSendAt(BERLIN, new Date(), { weekday: 8, time: '10:00' })).toThrow(
      RangeError,
    );
    expect(() => campaignSendAt(BERLIN, new Date(), { weekday: 1, time: '24:00' })).toThrow(
      RangeError,
    );
  });

  it('works each market out once and gives every recipient of it the same instant', () => {
    const recipients = [
      { id: 1, market: 'DE' },
      { id: 2, market: 'SA' },
      { id: 3, market: 'DE' },
    ];
    let asked = 0;
    const sends = scheduleCampaign(
      recipients,
      (r) => r.market,
      (r) => {
        asked++;
        return r.market === 'DE' ? BERLIN : RIYADH;
      },
      new Date('2026-01-05T00:00:00Z'),
      { weekday: 5, time: '10:00' },
    );
    expect(asked).toBe(2);
    expect(sends.map((s) => s.at.toISOString())).toEqual([
      '2026-01-09T09:00:00.000Z',
      '2026-01-11T07:00:00.000Z',
      '2026-01-09T09:00:00.000Z',
    ]);
  });
});
