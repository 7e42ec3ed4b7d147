import { BusinessCalendar } from '../src/domain/calendar/business-calendar.ts';
import { scheduleCampaign } from '../src/domain/communication/campaign-schedule.ts';
import { defaultTimeZone } from '../src/domain/countries.ts';
import { Random } from '../src/seed/random.ts';

// Sixty markets; the US, Brazil, Russia and Australia with several zones each, as their
// recipients are.
const MARKETS = (
  'DE SA AE KZ KG MZ BR MX US JP VN ID CN IN GB FR NG ZA AU TR IL EG MA KE TH MY PH SG KR TW ' +
  'PL IT ES NL SE RU UZ AR CL NZ PE CO EC BO PY UY VE PA CR GT DO CU JM TT HN SV NI OM QA KW'
).split(' ');
const EXTRA_ZONES: Record<string, string[]> = {
  US: ['America/New_York', 'America/Chicago', 'America/Denver', 'America/Los_Angeles'],
  BR: ['America/Sao_Paulo', 'America/Manaus'],
  RU: ['Europe/Moscow', 'Asia/Yekaterinburg', 'Asia/Vladivostok'],
  AU: ['Australia/Sydney', 'Australia/Perth'],
};

/**
 * Scheduling a campaign of `n` recipients for "Tuesday 10:00 where they are" (holidays and
 * weekends to the next business day): the per-recipient instants computed in memory. Writing
 * them to the database is not part of it (campaigns are not built yet).
 */
export function campaignScheduleMillis(n: number): {
  millis: number;
  heapMb: number;
  markets: number;
} {
  const rnd = new Random(15);
  const recipients = Array.from({ length: n }, () => {
    const country = MARKETS[Math.floor(rnd.next() ** 1.5 * MARKETS.length)]!;
    const zones = EXTRA_ZONES[country];
    const zone = zones
      ? zones[Math.floor(rnd.next() * zones.length)]!
      : (defaultTimeZone(country) ?? 'UTC');
    return { country, zone };
  });
  const calendars = new Map<string, BusinessCalendar>();
  const before = process.memoryUsage().heapUsed;
  const t0 = performance.now();
  const sends = scheduleCampaign(
    recipients,
    (r) => `${r.country}|${r.zone}`,
    (r) => {
      let calendar = calendars.get(r.country);
      if (!calendar) calendars.set(r.country, (calendar = new BusinessCalendar(r.country)));
      return { calendar, timeZone: r.zone };
    },
    new Date('2026-12-21T00:00:00Z'),
    { weekday: 2, time: '10:00' },
  );
  const millis = performance.now() - t0;
  const heapMb = (process.memoryUsage().heapUsed - before) / 2 ** 20;
  return { millis, heapMb, markets: new Set(sends.map((s) => s.at.getTime())).size };
}
