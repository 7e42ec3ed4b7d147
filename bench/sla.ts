import { BusinessCalendar } from '../src/domain/calendar/business-calendar.ts';
import { defaultTimeZone } from '../src/domain/countries.ts';
import { slaDue, type SlaClock } from '../src/domain/service/sla-clock.ts';
import { Random } from '../src/seed/random.ts';

// Forty markets an exporter serves, with their own weekends (Gulf, Israel), long holiday spans
// (China, Vietnam) and zones on both sides of the date line.
const COUNTRIES = (
  'DE SA AE KZ KG MZ BR MX US JP VN ID CN IN GB FR NG ZA AU TR ' +
  'IL EG MA KE TH MY PH SG KR TW PL IT ES NL SE RU UZ AR CL NZ'
).split(' ');

/**
 * Due instants for `n` tickets spread over 40 countries' calendars (one calendar per country,
 * built once, as the service module will cache them) and 2026–2027: a start instant, a target of
 * 1 to 40 business hours, one in five with a pause. Returns milliseconds and a checksum.
 */
export function slaDueMillis(n: number): { millis: number; checksum: number } {
  const rnd = new Random(16);
  const clocks: SlaClock[] = COUNTRIES.map((country) => ({
    kind: 'business',
    calendar: new BusinessCalendar(country),
    timeZone: defaultTimeZone(country) ?? 'UTC',
    hours: { start: '09:00', end: '18:00' },
    breaks: [{ start: '12:00', end: '13:00' }],
  }));
  const from = Date.parse('2026-01-01T00:00:00Z');
  const span = 700 * 86_400_000;
  let checksum = 0;
  const t0 = performance.now();
  for (let i = 0; i < n; i++) {
    const clock = i % 50 === 0 ? ({ kind: '24x7' } as const) : clocks[i % clocks.length]!;
    const start = new Date(from + Math.floor(rnd.next() * span));
    const minutes = 60 * (1 + Math.floor(rnd.next() * 40));
    const pauses =
      i % 5 === 0
        ? [
            {
              from: new Date(start.getTime() + 3_600_000),
              to: new Date(start.getTime() + 7_200_000),
            },
          ]
        : [];
    checksum += slaDue(clock, start, minutes, pauses)?.due.getTime() ?? 0;
  }
  return { millis: performance.now() - t0, checksum };
}
