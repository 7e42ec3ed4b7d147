import { describe, expect, it } from 'vitest';
import { BusinessCalendar } from './business-calendar.ts';
import { contactWindows } from './contact-windows.ts';
import { explainDay } from './explain.ts';

const saturdayMornings = { workingWeekend: [{ weekday: 6, until: '13:00' }] };

const WEEK: [string, string, boolean, string | undefined, string][] = [
  ['HK', '2026-01-10', true, '13:00', 'a Saturday morning is worked'],
  ['HK', '2026-01-11', false, undefined, 'Sunday stays closed'],
  ['DE', '2026-12-26', false, undefined, 'a holiday on the Saturday still closes it'],
  ['DE', '2026-12-19', true, '13:00', 'an ordinary Saturday is worked'],
];

describe('a business week that differs from the official weekend', () => {
  it.each(WEEK)('%s %s working=%s until %s (%s)', (cc, date, working, closesAt) => {
    const s = new BusinessCalendar(cc, null, saturdayMornings).status(date);
    expect(s.working).toBe(working);
    expect(s.closesAt).toBe(closesAt);
  });

  it('defaults to the official week and says why a Saturday is worked', () => {
    expect(new BusinessCalendar('HK').isBusinessDay('2026-01-10')).toBe(false);
    const s = new BusinessCalendar('HK', null, saturdayMornings).status('2026-01-10');
    expect(explainDay(s, { en: 'Hong Kong', zh: '香港' }).en).toBe(
      'Sat 10 Jan in Hong Kong: working day, closes at 13:00 — Sat until 13:00 (our business week)',
    );
  });
});

describe('contact windows use the same hours', () => {
  const party = (calendar: BusinessCalendar) => ({
    calendar,
    timeZone: 'Europe/Berlin',
    hours: { start: '09:00', end: '18:00' },
  });

  it('a German 24 December ends at 14:00, from the cited half-day', () => {
    const de = new BusinessCalendar('DE');
    const [day] = contactWindows(party(de), party(de), new Date('2026-12-24T07:00:00Z'), 1);
    expect(day?.date).toBe('2026-12-24');
    expect(day?.windows[0]?.customer).toMatchObject({ start: '09:00', end: '14:00' });
  });

  it('a worked Saturday morning offers a window until 13:00', () => {
    const hk = new BusinessCalendar('HK', null, saturdayMornings);
    const p = { ...party(hk), timeZone: 'Asia/Hong_Kong' };
    const [day] = contactWindows(p, p, new Date('2026-01-10T00:00:00Z'), 1);
    expect(day?.date).toBe('2026-01-10');
    expect(day?.windows[0]?.customer).toMatchObject({ start: '09:00', end: '13:00' });
  });
});
