import { describe, expect, it } from 'vitest';
import { parseHolidayCsv, parseICalendar } from './import-holidays.ts';

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
      {
        row: 4,
        field: 'date',
        code: 'not_date',
        params: { value: '2026-02-30' },
        message: '"2026-02-30" is not a date (use 2026-03-05)',
      },
      {
        row: 5,
        field: 'kind',
        code: 'holiday_kind',
        params: { value: 'party' },
        message: '"party" is neither holiday nor workday',
      },
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
