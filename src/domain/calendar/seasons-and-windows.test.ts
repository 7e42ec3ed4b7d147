import { describe, expect, it } from 'vitest';
import { BusinessCalendar } from './business-calendar.ts';
import { contactWindows } from './contact-windows.ts';
import { inSlowSeason, lunarNewYear, ramadan, slowSeasons } from './slow-seasons.ts';
import { localParts, offsetMinutes, zonedToUtc } from './zoned-time.ts';

describe('slow seasons', () => {
  it('computes Ramadan and the Lunar New Year per year', () => {
    expect(ramadan(2026)).toEqual([{ kind: 'ramadan', start: '2026-02-18', end: '2026-03-19' }]);
    expect(lunarNewYear(2026)).toBe('2026-02-17');
    expect(lunarNewYear(2027)).toBe('2027-02-06');
  });

  it.each([
    ['SA', '2026-03-01', 'ramadan'],
    ['KZ', '2026-03-01', 'ramadan'],
    ['DE', '2026-12-28', 'christmas'],
    ['BR', '2026-12-30', 'christmas'],
    ['IT', '2026-08-14', 'august'],
    ['VN', '2026-02-20', 'lunar-new-year'],
    ['DE', '2026-08-14', null],
    ['JP', '2026-02-20', null],
  ])('%s on %s: %s', (country, date, kind) => {
    expect(inSlowSeason(slowSeasons(country, 2026), date)?.kind ?? null).toBe(kind);
  });

  it("flags the home office's own long holidays", () => {
    const home = new BusinessCalendar('CN');
    const seasons = slowSeasons('DE', 2026, home);
    expect(
      seasons.find(
        (s) => s.kind === 'home-holiday' && s.start <= '2026-10-01' && s.end >= '2026-10-03',
      ),
    ).toBeTruthy();
  });
});

describe('zoned time and contact windows', () => {
  it('converts wall-clock times across DST', () => {
    expect(zonedToUtc('2026-07-01', '09:00', 'Europe/Berlin').toISOString()).toBe(
      '2026-07-01T07:00:00.000Z',
    );
    expect(zonedToUtc('2026-12-01', '09:00', 'Europe/Berlin').toISOString()).toBe(
      '2026-12-01T08:00:00.000Z',
    );
    expect(offsetMinutes(new Date('2026-07-01T00:00:00Z'), 'America/Sao_Paulo')).toBe(-180);
    expect(localParts(new Date('2026-03-29T01:30:00Z'), 'Europe/Berlin').time).toBe('03:30');
  });

  const home = {
    calendar: new BusinessCalendar('CN'),
    timeZone: 'Asia/Shanghai',
    hours: { start: '09:00', end: '18:00' },
  };

  it('Beijing and Berlin overlap in the Chinese afternoon', () => {
    const de = {
      calendar: new BusinessCalendar('DE'),
      timeZone: 'Europe/Berlin',
      hours: { start: '09:00', end: '18:00' },
    };
    const days = contactWindows(home, de, new Date('2026-12-01T00:00:00Z'), 3);
    expect(days.map((d) => d.date)).toEqual(['2026-12-01', '2026-12-02', '2026-12-03']);
    expect(days[0]?.windows).toEqual([
      {
        startUtc: '2026-12-01T08:00:00.000Z',
        endUtc: '2026-12-01T10:00:00.000Z',
        minutes: 120,
        home: { date: '2026-12-01', start: '16:00', end: '18:00' },
        customer: { date: '2026-12-01', start: '09:00', end: '11:00' },
      },
    ]);
  });

  it('Beijing and Mexico City never overlap: the days are listed with no window', () => {
    const mx = {
      calendar: new BusinessCalendar('MX'),
      timeZone: 'America/Mexico_City',
      hours: { start: '09:00', end: '18:00' },
    };
    const days = contactWindows(home, mx, new Date('2026-12-01T00:00:00Z'), 2);
    expect(days).toHaveLength(2);
    expect(days.every((d) => d.windows.length === 0)).toBe(true);
  });

  it("uses the customer's local date, which can differ from Beijing's", () => {
    // 2026-12-24 20:00 UTC: already the 25th in Beijing, still the 24th in São Paulo.
    const br = {
      calendar: new BusinessCalendar('BR'),
      timeZone: 'America/Sao_Paulo',
      hours: { start: '09:00', end: '18:00' },
    };
    const days = contactWindows(home, br, new Date('2026-12-24T20:00:00Z'), 1);
    expect(localParts(new Date('2026-12-24T20:00:00Z'), 'Asia/Shanghai').date).toBe('2026-12-25');
    // 17:00 on the 24th in São Paulo: still the customer's working day, but Beijing is asleep.
    expect(days[0]?.date).toBe('2026-12-24');
    expect(days[0]?.windows).toEqual([]);
    const sa = {
      calendar: new BusinessCalendar('SA'),
      timeZone: 'Asia/Riyadh',
      hours: { start: '09:00', end: '17:00' },
    };
    const saudi = contactWindows(home, sa, new Date('2026-12-03T00:00:00Z'), 2);
    expect(saudi.map((d) => d.date)).toEqual(['2026-12-03', '2026-12-06']);
    expect(saudi[1]?.windows).toEqual([]);
  });
});
