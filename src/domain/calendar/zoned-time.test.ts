import { describe, expect, it } from 'vitest';
import { localDate, localParts, offsetMinutes, zonedToUtc } from './zoned-time.ts';

const formats = new Map<string, Intl.DateTimeFormat>();
const format = (timeZone: string) =>
  formats.get(timeZone) ??
  formats
    .set(
      timeZone,
      new Intl.DateTimeFormat('en-US', {
        timeZone,
        hourCycle: 'h23',
        year: 'numeric',
        month: '2-digit',
        day: '2-digit',
        hour: '2-digit',
        minute: '2-digit',
      }),
    )
    .get(timeZone)!;

/** What Intl itself shows, the reference the cached offsets must reproduce exactly. */
function reference(instant: Date, timeZone: string) {
  const p = Object.fromEntries(
    format(timeZone)
      .formatToParts(instant)
      .map((x) => [x.type, x.value]),
  );
  const hour = Number(p.hour) % 24;
  return {
    date: `${p.year}-${p.month}-${p.day}`,
    time: `${String(hour).padStart(2, '0')}:${p.minute}`,
    hour,
    minute: Number(p.minute),
  };
}

const ZONES = [
  'UTC',
  'Europe/Berlin',
  'America/Sao_Paulo',
  'America/New_York',
  'Asia/Shanghai',
  'Asia/Kolkata',
  'Asia/Kathmandu',
  // DST moves by 30 minutes at 02:00 local, i.e. at half past a UTC hour
  'Australia/Lord_Howe',
  'Pacific/Chatham',
  'America/St_Johns',
  'Pacific/Apia',
  'Africa/Casablanca',
];

describe('cached zone offsets', () => {
  // Every 17 minutes 13 seconds through the DST changes of 2026 and a few older years.
  const instants: Date[] = [];
  for (const [from, to] of [
    ['2026-03-07', '2026-04-07'],
    ['2026-09-25', '2026-11-05'],
    ['2011-12-28', '2012-01-02'],
    ['1901-06-01', '1901-06-03'],
  ] as const)
    for (let t = Date.parse(from); t < Date.parse(to); t += 1_033_000) instants.push(new Date(t));

  it.each(ZONES)('%s: the same wall clock as Intl at every instant', (zone) => {
    for (const instant of instants) {
      const want = reference(instant, zone);
      expect(localParts(instant, zone), instant.toISOString()).toEqual(want);
      expect(localDate(instant, zone)).toBe(want.date);
    }
  });

  it.each([
    ['2026-10-03T15:29:59Z', 'Australia/Lord_Howe', 630],
    ['2026-10-03T15:30:00Z', 'Australia/Lord_Howe', 660],
    ['2026-07-01T00:00:00Z', 'Asia/Kathmandu', 345],
    ['2026-07-01T00:00:00Z', 'America/Sao_Paulo', -180],
    ['2026-03-29T00:59:59Z', 'Europe/Berlin', 60],
    ['2026-03-29T01:00:00Z', 'Europe/Berlin', 120],
  ])('offset at %s in %s is %i minutes', (at, zone, minutes) => {
    expect(offsetMinutes(new Date(at), zone)).toBe(minutes);
  });

  it('converts wall clocks on both sides of a half-hour transition', () => {
    expect(zonedToUtc('2026-10-03', '09:00', 'Australia/Lord_Howe').toISOString()).toBe(
      '2026-10-02T22:30:00.000Z',
    );
    expect(zonedToUtc('2026-10-04', '09:00', 'Australia/Lord_Howe').toISOString()).toBe(
      '2026-10-03T22:00:00.000Z',
    );
  });

  it('answers outside the cached years and refuses what Intl refuses', () => {
    expect(localParts(new Date('0800-01-01T12:00:00Z'), 'UTC')).toEqual(
      reference(new Date('0800-01-01T12:00:00Z'), 'UTC'),
    );
    expect(() => localParts(new Date(Number.NaN), 'UTC')).toThrow(RangeError);
    expect(() => localParts(new Date(), 'Not/AZone')).toThrow(RangeError);
  });
});
