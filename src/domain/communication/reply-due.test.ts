import { describe, expect, it } from 'vitest';
import { BusinessCalendar } from '../calendar/business-calendar.ts';
import { businessHoursAfter } from './reply-due.ts';

const nine = { start: '09:00', end: '18:00' };
const who = (country: string, timeZone: string, hours = nine) => ({
  calendar: new BusinessCalendar(country, null),
  timeZone,
  hours,
});

// Real calendars (the library's holidays, CLDR weekends, Germany's 24 December half day).
describe('businessHoursAfter', () => {
  it.each([
    // country, zone, received (UTC), hours, due (UTC)
    // Berlin, Tuesday 10:00 local (CET) + 8 h → 18:00 the same day
    ['DE', 'Europe/Berlin', '2026-11-03T09:00:00Z', 8, '2026-11-03T17:00:00.000Z'],
    // Berlin, Tuesday 15:00 + 8 h: 3 h that day, 5 h Wednesday → 14:00
    ['DE', 'Europe/Berlin', '2026-11-03T14:00:00Z', 8, '2026-11-04T13:00:00.000Z'],
    // Berlin, 23 Dec 16:00: 2 h, then 24 Dec closes at 14:00 (5 h), 25–27 closed → 28 Dec 10:00
    ['DE', 'Europe/Berlin', '2026-12-23T15:00:00Z', 8, '2026-12-28T09:00:00.000Z'],
    // Riyadh, Thursday 3 Dec 20:00 local: Friday and Saturday are the weekend → Sunday 17:00
    ['SA', 'Asia/Riyadh', '2026-12-03T17:00:00Z', 8, '2026-12-06T14:00:00.000Z'],
    // São Paulo, Saturday: counts from Monday 09:00 (UTC−3) → Monday 17:00
    ['BR', 'America/Sao_Paulo', '2026-05-09T15:00:00Z', 8, '2026-05-11T20:00:00.000Z'],
    // Tokyo, Friday 1 May evening: Golden Week (3–6 May) and the weekend → Thursday 7 May 17:00
    ['JP', 'Asia/Tokyo', '2026-05-01T10:00:00Z', 8, '2026-05-07T08:00:00.000Z'],
    // New York across the DST change (Sunday 8 March): Friday 17:00 EST + 8 h → Monday 16:00 EDT
    ['US', 'America/New_York', '2026-03-06T22:00:00Z', 8, '2026-03-09T20:00:00.000Z'],
    // Zero hours: the first business moment (Saturday in Berlin → Monday 09:00)
    ['DE', 'Europe/Berlin', '2026-11-07T10:00:00Z', 0, '2026-11-09T08:00:00.000Z'],
    // 24 business hours = 3 full days: Monday 09:00 → Wednesday 18:00
    ['DE', 'Europe/Berlin', '2026-11-09T08:00:00Z', 27, '2026-11-11T17:00:00.000Z'],
  ])('%s (%s) received %s + %i h → %s', (country, zone, received, hours, due) =>
    expect(businessHoursAfter(who(country, zone), new Date(received), hours).toISOString()).toBe(
      due,
    ),
  );

  it('refuses negative hours', () =>
    expect(() => businessHoursAfter(who('DE', 'Europe/Berlin'), new Date(), -1)).toThrow(
      RangeError,
    ));
});
