import { BusinessCalendar } from '../src/domain/calendar/business-calendar.ts';
import { toDay } from '../src/domain/calendar/dates.ts';

const COUNTRIES = [
  'DE',
  'SA',
  'AE',
  'KZ',
  'KG',
  'MZ',
  'BR',
  'MX',
  'US',
  'JP',
  'VN',
  'ID',
  'CN',
  'IN',
  'GB',
  'FR',
  'NG',
  'ZA',
  'AU',
  'TR',
];

/**
 * "Next business day" for `n` (country, date) pairs spread over 20 countries and 2026–2027,
 * through a per-country calendar cache as the planner uses it. Returns total milliseconds,
 * including building each country's year tables on first use.
 */
export function nextBusinessDayMillis(n: number): { millis: number; checksum: number } {
  const calendars = new Map<string, BusinessCalendar>();
  const start = toDay('2026-01-01');
  let checksum = 0;
  const t0 = performance.now();
  for (let i = 0; i < n; i++) {
    const country = COUNTRIES[i % COUNTRIES.length] ?? 'DE';
    let cal = calendars.get(country);
    if (!cal) {
      cal = new BusinessCalendar(country);
      calendars.set(country, cal);
    }
    checksum += cal.nextBusinessDayNumber(start + ((i * 7919) % 720));
  }
  return { millis: performance.now() - t0, checksum };
}
