import { describe, expect, it } from 'vitest';
import { BusinessCalendar } from '../business-calendar.ts';
import { reasonText } from '../explain.ts';
import { hasShippedHolidays } from './registry.ts';

// Each country-day a cited correction settles (issue #21): the answer, and the source the
// explanation names. One row per country and kind, from the official text behind it.
const DAYS: [string, string, boolean, string][] = [
  // Tables for the countries date-holidays has no data for.
  ['KG', '2026-01-05', false, 'Labour Code of the Kyrgyz Republic of 23 Jan 2025'],
  ['KG', '2026-05-06', false, 'Labour Code of the Kyrgyz Republic of 23 Jan 2025'],
  ['KG', '2026-02-23', true, ''], // a working day under the 2025 code
  ['IQ', '2026-03-16', false, 'Iraq Official Holidays Law No. 12 of 2024'],
  ['IQ', '2026-06-25', false, 'Iraq Official Holidays Law No. 12 of 2024'],
  ['OM', '2026-01-11', false, 'Oman Royal Decree 88/2022'],
  ['OM', '2027-11-21', false, 'Oman Royal Decree 15/2025'],
  ['KW', '2026-02-26', false, 'Kuwait Law No. 6 of 2010'],
  ['KW', '2027-03-10', false, 'Kuwait Law No. 6 of 2010'],
  // Holidays and substitute days the library leaves out.
  ['TW', '2026-09-28', false, 'Decree No. 11400053171'],
  ['TW', '2026-10-09', false, 'Decree No. 11400053171'],
  ['TH', '2026-06-01', false, 'Cabinet resolutions on in-lieu days'],
  ['TH', '2026-01-02', false, 'Secretariat of the Cabinet'],
  ['PH', '2026-12-08', false, 'Republic Act No. 10966'],
  ['PH', '2026-12-24', false, 'Proclamation No. 1006'],
  ['AO', '2026-02-16', false, 'Angola Law No. 11/18'],
  ['IR', '2026-03-03', false, 'Iran Council of Ministers'],
  ['BD', '2026-08-05', false, 'Bangladesh MoPA list of 2026 holidays'],
  ['QA', '2026-02-10', false, 'National Sport Day'],
  ['VN', '2026-04-27', false, 'Labour Code 2019, art. 112'],
  ['UZ', '2026-05-28', false, 'Uzbekistan decree on days off'],
  ['HU', '2026-08-21', false, 'NGM Decree 10/2025'],
  ['TZ', '2026-01-12', false, 'Tanzania Public Holidays Act'],
  ['AE', '2026-12-03', false, 'UAE Cabinet, unified official holidays'],
  // Abolished: a library holiday the official list does not have.
  ['AE', '2026-02-18', true, 'UAE Cabinet, unified official holidays'],
  // Moved: the library's day opens, the decision's day closes.
  ['EG', '2026-01-25', true, 'Prime Minister’s decision of 2026-01-18'],
  ['EG', '2026-01-29', false, 'Prime Minister’s decision of 2026-01-18'],
  ['BD', '2026-06-25', true, 'Bangladesh MoPA list of 2026 holidays'],
  ['BD', '2026-06-26', false, 'Bangladesh MoPA list of 2026 holidays'],
  ['SA', '2026-03-24', false, 'Saudi Labour Law executive regulations, art. 24'],
  ['SG', '2027-03-09', true, 'Singapore MOM, public holidays 2027'],
  ['SG', '2027-03-10', false, 'Singapore MOM, public holidays 2027'],
  // Working Saturdays of a day-off swap.
  ['HU', '2026-01-10', true, 'NGM Decree 10/2025'],
  ['UZ', '2026-12-12', true, 'Uzbekistan decree on days off'],
];

describe('the shipped corrections of #21, day by day', () => {
  it.each(DAYS)('%s %s working=%s (%s)', (country, date, working, cited) => {
    const s = new BusinessCalendar(country).status(date);
    expect(s.working).toBe(working);
    if (!cited) return;
    const reason = s.reasons.find((r) => r.kind === 'correction');
    expect(reason && reasonText(reason).en).toContain(cited);
  });

  it('marks estimated Islamic dates in both languages', () => {
    const s = new BusinessCalendar('KW', null, { language: 'zh' }).status('2027-03-10');
    const reason = s.reasons.find((r) => r.kind === 'correction');
    expect(reason && reasonText(reason).zh).toContain('预计日期');
    const en = new BusinessCalendar('KW').status('2027-03-10').reasons[0];
    expect(en && reasonText(en).en).toContain('estimated date');
  });

  it('knows which countries ship their own holiday table', () => {
    expect(['KG', 'IQ', 'OM', 'KW'].map((c) => hasShippedHolidays(c, 2026))).toEqual([
      true,
      true,
      true,
      true,
    ]);
    expect(hasShippedHolidays('TJ')).toBe(false);
    expect(hasShippedHolidays('DE')).toBe(false); // half days only
  });
});
