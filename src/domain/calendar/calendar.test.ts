import { describe, expect, it } from 'vitest';
import { BusinessCalendar } from './business-calendar.ts';
import { contactWindows } from './contact-windows.ts';
import { isoWeekday, toDay } from './dates.ts';
import { explainShift } from './explain.ts';
import { hasHolidayData, libraryHolidays } from './holidays.ts';
import { parseHolidayCsv, parseICalendar } from './import-holidays.ts';
import { inSlowSeason, lunarNewYear, ramadan, slowSeasons } from './slow-seasons.ts';
import { weekendOf } from './weekend.ts';
import { localParts, offsetMinutes, zonedToUtc } from './zoned-time.ts';

describe('weekends from CLDR', () => {
  it.each([
    ['SA', [5, 6]],
    ['IR', [5]],
    ['AE', [6, 7]],
    ['DE', [6, 7]],
    ['EG', [5, 6]],
    ['AF', [4, 5]],
    ['CN', [6, 7]],
    ['KZ', [6, 7]],
  ])('%s rests on %j', (cc, weekend) => expect(weekendOf(cc)).toEqual(weekend));
});

// Real 2026 dates on every continent: [country, region, date, closed?, what closes it].
const DAYS: [string, string | null, string, boolean, string][] = [
  ['DE', null, '2026-12-25', true, 'Christmas Day'],
  ['DE', 'BY', '2026-01-06', true, 'Epiphany'],
  ['DE', 'BE', '2026-01-06', false, 'regional: not a holiday in Berlin'],
  ['DE', null, '2026-04-06', true, 'Easter Monday'],
  ['GB', 'ENG', '2026-08-31', true, 'Summer bank holiday'],
  ['SA', null, '2026-03-20', true, 'Eid al-Fitr (Islamic, multi-day)'],
  ['SA', null, '2026-03-22', true, 'Eid al-Fitr, fourth day'],
  ['SA', null, '2026-09-23', true, 'National Day'],
  ['SA', null, '2026-12-04', true, 'Friday is the weekend'],
  ['SA', null, '2026-12-06', false, 'Sunday is a working day'],
  ['AE', null, '2026-12-02', true, 'National Day'],
  ['KZ', null, '2026-03-23', true, 'Nauryz (spans 21–24 March)'],
  ['KZ', null, '2026-03-24', true, 'Nauryz substitute day'],
  ['KG', null, '2026-03-21', true, 'Saturday only: no holiday data for Kyrgyzstan'],
  ['KG', null, '2026-08-31', false, 'Independence Day is missing from the data'],
  ['MZ', null, '2026-06-25', true, 'Independence Day'],
  ['NG', null, '2026-10-01', true, 'Independence Day'],
  ['ZA', null, '2026-04-27', true, 'Freedom Day'],
  ['EG', null, '2026-07-23', true, 'Revolution Day'],
  ['US', null, '2026-07-03', true, 'Independence Day observed (4 July is a Saturday)'],
  ['US', null, '2026-11-26', true, 'Thanksgiving (moving)'],
  ['MX', null, '2026-02-02', true, 'Constitution Day (first Monday of February)'],
  ['BR', null, '2026-04-21', true, 'Tiradentes'],
  ['BR', null, '2026-11-20', true, 'Black Awareness Day'],
  ['CL', null, '2026-09-18', true, 'Fiestas Patrias'],
  ['JP', null, '2026-05-06', true, 'Constitution Day substitute holiday'],
  ['VN', null, '2026-02-17', true, 'Tết (lunar)'],
  ['CN', null, '2026-02-17', true, 'Spring Festival (lunar)'],
  ['ID', null, '2026-03-19', true, 'Nyepi'],
  ['IN', null, '2026-01-26', true, 'Republic Day'],
  ['AU', 'NSW', '2026-01-26', true, 'Australia Day'],
  ['IR', null, '2026-03-20', true, 'Friday weekend and Eid al-Fitr'],
];

describe('business days on real 2026 dates', () => {
  it.each(DAYS)('%s %s %s closed=%s (%s)', (country, region, date, closed) => {
    expect(new BusinessCalendar(country, region).isBusinessDay(date)).toBe(!closed);
  });

  it.each([
    ['DE', null, '2026-12-25', '2026-12-28'],
    ['DE', null, '2026-12-24', '2026-12-24'],
    ['SA', null, '2026-03-19', '2026-03-23'],
    ['SA', null, '2026-12-03', '2026-12-03'],
    ['SA', null, '2026-12-04', '2026-12-06'],
    ['KZ', null, '2026-03-21', '2026-03-25'],
    ['US', null, '2026-07-03', '2026-07-06'],
    ['JP', null, '2026-05-02', '2026-05-07'],
    ['VN', null, '2026-02-14', '2026-02-23'],
    ['DE', null, '2026-12-31', '2026-12-31'],
    ['DE', null, '2027-01-01', '2027-01-04'],
  ])('next business day in %s %s from %s is %s', (country, region, from, next) => {
    expect(new BusinessCalendar(country, region).nextBusinessDay(from).date).toBe(next);
  });

  it('never lands on a Saudi weekend across a whole year', () => {
    const sa = new BusinessCalendar('SA');
    for (let d = toDay('2026-01-01'); d <= toDay('2026-12-31'); d++) {
      expect([5, 6]).not.toContain(isoWeekday(sa.nextBusinessDayNumber(d)));
    }
  });

  it('counts business days between dates and lists holidays in a range', () => {
    const de = new BusinessCalendar('DE');
    expect(de.businessDaysBetween('2026-12-21', '2026-12-31')).toBe(7);
    expect(de.holidaysInRange('2026-12-20', '2026-12-31').map((d) => d.date)).toEqual([
      '2026-12-25',
      '2026-12-26',
    ]);
  });

  it('can count bank holidays or named optional days as closed', () => {
    expect(new BusinessCalendar('DE').isBusinessDay('2026-12-24')).toBe(true);
    expect(
      new BusinessCalendar('DE', null, { closedNames: ['Heiliger Abend'] }).isBusinessDay(
        '2026-12-24',
      ),
    ).toBe(false);
    expect(
      new BusinessCalendar('DE', null, { closedTypes: ['public', 'bank'] }).isBusinessDay(
        '2026-12-31',
      ),
    ).toBe(false);
  });

  it('explains why a date moved, in both languages', () => {
    const { date, skipped } = new BusinessCalendar('DE').nextBusinessDay('2026-12-25');
    const text = explainShift(skipped, date, { en: 'Germany', zh: '德国' });
    expect(text?.en).toBe(
      'Fri 25 Dec: Christmas Day; Sat 26 Dec: weekend, Boxing Day; Sun 27 Dec: weekend in Germany → Mon 28 Dec',
    );
    expect(text?.zh).toContain('顺延至12月28日（周一）');
  });
});

describe('holiday data', () => {
  it('spans multi-day holidays over every calendar day, from the date string', () => {
    const eid = libraryHolidays('SA', null, 2026, 'en').filter((h) =>
      h.name.includes('Eid al-Fitr'),
    );
    expect(eid.map((h) => h.date)).toEqual([
      '2026-03-19',
      '2026-03-20',
      '2026-03-21',
      '2026-03-22',
    ]);
    const nauryz = libraryHolidays('KZ', null, 2026, 'en')
      .filter((h) => h.name.startsWith('Nauryz'))
      .map((h) => h.date);
    expect([...new Set(nauryz)]).toEqual(['2026-03-21', '2026-03-22', '2026-03-23', '2026-03-24']);
  });

  it('gives names in the reader language beside the local name', () => {
    const xmas = libraryHolidays('DE', null, 2026, 'en').find((h) => h.date === '2026-12-25');
    expect(xmas).toMatchObject({
      name: 'Christmas Day',
      localName: '1. Weihnachtstag',
      type: 'public',
    });
  });

  it('knows where it has no data', () => {
    expect(hasHolidayData('KG')).toBe(false);
    expect(hasHolidayData('KZ')).toBe(true);
  });
});

describe('workspace overrides', () => {
  const cn = () =>
    new BusinessCalendar('CN', null, {
      replaceLibraryYears: [2026],
      overrides: [
        { date: '2026-02-14', kind: 'working_day', name: '春节调休上班' },
        ...[
          '2026-02-15',
          '2026-02-16',
          '2026-02-17',
          '2026-02-18',
          '2026-02-19',
          '2026-02-20',
          '2026-02-21',
          '2026-02-22',
          '2026-02-23',
        ].map((date) => ({ date, kind: 'holiday' as const, name: '春节' })),
      ],
    });

  it('a make-up working Saturday is a business day; the official bridge days are closed', () => {
    expect(cn().isBusinessDay('2026-02-14')).toBe(true);
    expect(cn().status('2026-02-14').reasons).toEqual([
      { kind: 'workspace-working-day', name: '春节调休上班' },
    ]);
    expect(cn().isBusinessDay('2026-02-23')).toBe(false);
    expect(cn().nextBusinessDay('2026-02-15').date).toBe('2026-02-24');
  });

  it('replacing the library drops its extra "public" days such as Youth Day', () => {
    expect(new BusinessCalendar('CN').isBusinessDay('2026-05-04')).toBe(false);
    expect(cn().isBusinessDay('2026-05-04')).toBe(true);
  });

  it('fills a country the data lacks: Kyrgyzstan Independence Day', () => {
    const kg = new BusinessCalendar('KG', null, {
      overrides: [{ date: '2026-08-31', kind: 'holiday', name: 'Independence Day' }],
    });
    expect(kg.isBusinessDay('2026-08-31')).toBe(false);
    expect(kg.status('2026-08-31').reasons).toEqual([
      { kind: 'workspace-holiday', name: 'Independence Day' },
    ]);
  });
});

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

describe('importing calendars', () => {
  it('reads the official CN schedule format and reports bad rows without dropping good ones', () => {
    const csv =
      '\uFEFFdate,kind,name_zh,name_en\n2026-02-14,workday,春节调休上班,Spring Festival make-up working day\n2026-02-15,holiday,春节,Spring Festival\n2026-02-30,holiday,坏日期,Bad\n2026-03-01,party,聚会,Party\n';
    const r = parseHolidayCsv(csv);
    expect(r.days).toEqual([
      {
        date: '2026-02-14',
        kind: 'working_day',
        name: '春节调休上班',
        nameEn: 'Spring Festival make-up working day',
        region: '',
      },
      { date: '2026-02-15', kind: 'holiday', name: '春节', nameEn: 'Spring Festival', region: '' },
    ]);
    expect(r.errors).toEqual([
      { row: 4, field: 'date', message: '"2026-02-30" is not a date as YYYY-MM-DD' },
      { row: 5, field: 'kind', message: '"party" is neither holiday nor workday' },
    ]);
  });

  it('reads semicolon CSV and rejects a file without a date column', () => {
    expect(parseHolidayCsv('date;name\n2026-08-31;Independence Day').days).toHaveLength(1);
    expect(parseHolidayCsv('day,name\n2026-08-31,x').errors[0]?.field).toBe('date');
  });

  it('reads all-day iCalendar events, DTEND exclusive', () => {
    const ics =
      'BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nDTSTART;VALUE=DATE:20260831\r\nDTEND;VALUE=DATE:20260902\r\nSUMMARY:Independence\r\n  Day\r\nEND:VEVENT\r\nBEGIN:VEVENT\r\nDTSTART;VALUE=DATE:20260905\r\nSUMMARY:补班\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n';
    expect(parseICalendar(ics).days).toEqual([
      { date: '2026-08-31', kind: 'holiday', name: 'Independence Day', nameEn: null, region: '' },
      { date: '2026-09-01', kind: 'holiday', name: 'Independence Day', nameEn: null, region: '' },
      { date: '2026-09-05', kind: 'working_day', name: '补班', nameEn: null, region: '' },
    ]);
    expect(parseICalendar('hello').errors[0]?.field).toBe('file');
  });
});
