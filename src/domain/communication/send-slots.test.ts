import { describe, expect, it } from 'vitest';
import { BusinessCalendar } from '../calendar/business-calendar.ts';
import { sendSlots } from './send-slots.ts';

const nine = { start: '09:00', end: '18:00' };
const who = (country: string, timeZone: string, hours = nine, region: string | null = null) => ({
  calendar: new BusinessCalendar(country, region),
  timeZone,
  hours,
});

describe('send at their local morning', () => {
  it.each([
    // who, after (UTC), first morning (UTC), its local date and time, skipped closed days
    // Riyadh, Thursday 3 Dec 2026 20:00 local: Friday and Saturday are the weekend → Sunday
    ['SA', 'Asia/Riyadh', '2026-12-03T17:00:00Z', '2026-12-06T06:30:00.000Z', '2026-12-06', 2],
    // Germany, 24 Dec 2026 at 10:00: 25 and 26 Dec holidays, 27 Sunday → Monday 28 Dec
    ['DE', 'Europe/Berlin', '2026-12-24T09:00:00Z', '2026-12-28T08:30:00.000Z', '2026-12-28', 3],
    // Germany, 24 Dec at 07:00 local: the half day still has its morning
    ['DE', 'Europe/Berlin', '2026-12-24T06:00:00Z', '2026-12-24T08:30:00.000Z', '2026-12-24', 0],
    // Berlin moves to summer time on Sunday 29 March 2026: Friday 09:30 is 08:30Z, Monday 07:30Z
    ['DE', 'Europe/Berlin', '2026-03-27T12:00:00Z', '2026-03-30T07:30:00.000Z', '2026-03-30', 2],
    // New York moves on Sunday 8 March 2026: Monday 09:30 EDT is 13:30Z
    ['US', 'America/New_York', '2026-03-06T20:00:00Z', '2026-03-09T13:30:00.000Z', '2026-03-09', 2],
    // ...and back on Sunday 1 November 2026: Monday 09:30 EST is 14:30Z
    ['US', 'America/New_York', '2026-10-30T20:00:00Z', '2026-11-02T14:30:00.000Z', '2026-11-02', 2],
    // São Paulo has no DST: Friday evening → Monday 12:30Z
    [
      'BR',
      'America/Sao_Paulo',
      '2026-05-08T23:00:00Z',
      '2026-05-11T12:30:00.000Z',
      '2026-05-11',
      2,
    ],
    // Tokyo in Golden Week: Friday 1 May 2026 evening → Thursday 7 May (3–6 May closed + weekend)
    ['JP', 'Asia/Tokyo', '2026-05-01T10:00:00Z', '2026-05-07T00:30:00.000Z', '2026-05-07', 5],
    // Iran: Friday is the only weekend day; Thursday evening → Saturday
    ['IR', 'Asia/Tehran', '2026-06-11T15:00:00Z', '2026-06-13T06:00:00.000Z', '2026-06-13', 1],
    // Kolkata's half-hour offset: a Tuesday 08:00 local → the same day's 09:30 (04:00Z)
    ['IN', 'Asia/Kolkata', '2026-06-09T02:30:00Z', '2026-06-09T04:00:00.000Z', '2026-06-09', 0],
  ])('%s (%s) after %s → %s', (country, zone, after, at, localDate, skipped) => {
    const slots = sendSlots(who(country, zone), new Date(after));
    const first = slots.mornings[0]!;
    expect(first.at).toBe(at);
    expect(first.local.date).toBe(localDate);
    expect(first.local.time).toBe('09:30');
    expect(first.skipped).toHaveLength(skipped);
    expect(slots.mornings).toHaveLength(3);
    for (const m of slots.mornings) {
      expect(m.local.time).toBe('09:30');
      expect(new BusinessCalendar(country).isBusinessDay(m.local.date)).toBe(true);
    }
  });

  it('says why days were skipped: Riyadh’s Friday and Saturday weekend', () => {
    const first = sendSlots(who('SA', 'Asia/Riyadh'), new Date('2026-12-03T17:00:00Z'))
      .mornings[0]!;
    expect(first.skipped.map((d) => [d.date, d.reasons[0]?.kind])).toEqual([
      ['2026-12-04', 'weekend'],
      ['2026-12-05', 'weekend'],
    ]);
    expect(first.local).toMatchObject({ weekday: 7, utcOffsetMinutes: 180 });
  });

  it('reports the DST offset of each slot', () => {
    const { mornings } = sendSlots(who('DE', 'Europe/Berlin'), new Date('2026-03-26T12:00:00Z'));
    expect(mornings.map((m) => [m.local.date, m.local.utcOffsetMinutes])).toEqual([
      ['2026-03-27', 60],
      ['2026-03-30', 120],
      ['2026-03-31', 120],
    ]);
  });

  it.each([
    // inside hours: now; before hours: today's start; after: next business day's start
    ['2026-06-10T10:00:00Z', '2026-06-10T10:00:00.000Z'],
    ['2026-06-10T05:00:00Z', '2026-06-10T07:00:00.000Z'],
    ['2026-06-12T17:00:00Z', '2026-06-15T07:00:00.000Z'],
    // 24 Dec closes at 14:00 in Germany: 13:30 local is open, 14:30 is not
    ['2026-12-24T12:30:00Z', '2026-12-24T12:30:00.000Z'],
    ['2026-12-24T13:30:00Z', '2026-12-28T08:00:00.000Z'],
  ])('next moment in German working hours after %s → %s', (after, at) => {
    expect(sendSlots(who('DE', 'Europe/Berlin'), new Date(after)).nextInHours.at).toBe(at);
  });

  it('uses the start of work when it is later than 09:30', () => {
    const late = who('ES', 'Europe/Madrid', { start: '10:00', end: '19:00' });
    const { mornings } = sendSlots(late, new Date('2026-06-09T20:00:00Z'), 1);
    expect(mornings[0]!.local).toMatchObject({ date: '2026-06-10', time: '10:00' });
  });

  it('rejects malformed times', () => {
    expect(() => sendSlots(who('DE', 'Europe/Berlin'), new Date(), 1, '9.30')).toThrow(RangeError);
  });
});
