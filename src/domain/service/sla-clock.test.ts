import { describe, expect, it } from 'vitest';
import { BusinessCalendar } from '../calendar/business-calendar.ts';
import { localParts } from '../calendar/zoned-time.ts';
import { slaDue, slaElapsed, type Pause, type SlaClock, type TimeSpan } from './sla-clock.ts';

const business = (
  country: string,
  timeZone: string,
  hours: TimeSpan = { start: '09:00', end: '18:00' },
  breaks: TimeSpan[] = [],
): SlaClock => ({
  kind: 'business',
  calendar: new BusinessCalendar(country),
  timeZone,
  hours,
  breaks,
});
const at = (iso: string) => new Date(iso);
const ALL_DAY: SlaClock = { kind: '24x7' };

describe('SLA due instants in the clock’s calendar', () => {
  it.each([
    [
      'a German ticket on Thu 24 Dec 16:00 (closed from 14:00), 8 h: Christmas, Boxing Day and the weekend skipped',
      business('DE', 'Europe/Berlin'),
      '2026-12-24T15:00:00Z',
      8 * 60,
      '2026-12-28T16:00:00.000Z', // Mon 28 Dec 17:00 Berlin
      ['2026-12-25', '2026-12-26', '2026-12-27'],
    ],
    [
      'a Saudi ticket on Thursday 15:00, 4 h: 3 h that day, then Sunday (Friday and Saturday are the weekend)',
      business('SA', 'Asia/Riyadh'),
      '2026-01-08T12:00:00Z',
      4 * 60,
      '2026-01-11T07:00:00.000Z', // Sun 11 Jan 10:00 Riyadh
      ['2026-01-09', '2026-01-10'],
    ],
    [
      'a 24x7 ticket on Christmas Eve runs through everything',
      ALL_DAY,
      '2026-12-24T15:00:00Z',
      8 * 60,
      '2026-12-24T23:00:00.000Z',
      [],
    ],
    [
      'a Chinese ticket on 30 Sep 17:00, 2 h: the National Day week (1–7 Oct) is skipped',
      business('CN', 'Asia/Shanghai'),
      '2026-09-30T09:00:00Z',
      2 * 60,
      '2026-10-08T02:00:00.000Z', // Thu 8 Oct 10:00 Shanghai
      [
        '2026-10-01',
        '2026-10-02',
        '2026-10-03',
        '2026-10-04',
        '2026-10-05',
        '2026-10-06',
        '2026-10-07',
      ],
    ],
    [
      'a German ticket across the spring DST switch: Fri 27 Mar 16:00 CET + 4 h = Mon 11:00 CEST',
      business('DE', 'Europe/Berlin'),
      '2026-03-27T15:00:00Z',
      4 * 60,
      '2026-03-30T09:00:00.000Z',
      ['2026-03-28', '2026-03-29'],
    ],
    [
      'a ticket before opening starts counting at 09:00',
      business('GB', 'Europe/London'),
      '2026-06-15T05:00:00Z', // Mon 06:00 London
      60,
      '2026-06-15T09:00:00.000Z', // 10:00 BST
      [],
    ],
    [
      'a lunch break does not count: 11:00 + 2 h = 14:00',
      business('JP', 'Asia/Tokyo', { start: '09:00', end: '18:00' }, [
        { start: '12:00', end: '13:00' },
      ]),
      '2026-06-15T02:00:00Z', // Mon 11:00 Tokyo
      120,
      '2026-06-15T05:00:00.000Z', // 14:00 Tokyo
      [],
    ],
  ])('%s', (_what, clock, start, minutes, due, skipped) => {
    const r = slaDue(clock, at(start), minutes);
    expect(r?.due.toISOString()).toBe(due);
    expect(r?.skipped.map((d) => d.date)).toEqual(skipped);
  });

  it('names why a day was skipped, from the calendar (holiday names, the weekend)', () => {
    const r = slaDue(business('DE', 'Europe/Berlin'), at('2026-12-24T15:00:00Z'), 480)!;
    expect(r.skipped[0]!.reasons).toContainEqual(expect.objectContaining({ kind: 'holiday' }));
    expect(r.skipped[2]!.reasons).toContainEqual({ kind: 'weekend', weekday: 7 });
  });

  it('an Eid al-Fitr span in Indonesia: every closed day of it is skipped', () => {
    const clock = business('ID', 'Asia/Jakarta');
    const cal = new BusinessCalendar('ID');
    // The working day before the Eid holidays of March 2026, and the closed days after it.
    const closed: string[] = [];
    let d = '2026-03-16';
    while (cal.isBusinessDay(d)) d = next(d);
    const firstClosed = d;
    while (!cal.isBusinessDay(d)) {
      closed.push(d);
      d = next(d);
    }
    const lastWorking = prev(firstClosed);
    const r = slaDue(clock, new Date(`${lastWorking}T10:30:00Z`), 60)!; // 17:30 Jakarta
    expect(closed.length).toBeGreaterThanOrEqual(3);
    expect(r.skipped.map((s) => s.date)).toEqual(closed);
    expect(r.due.toISOString()).toBe(`${d}T02:30:00.000Z`); // 30 min that day, 09:30 Jakarta
  });

  it('pauses (pending the customer) do not count; an open pause leaves no due instant', () => {
    const clock = business('DE', 'Europe/Berlin');
    const start = at('2026-06-15T08:00:00Z'); // Mon 10:00 Berlin
    const paused = slaDue(clock, start, 240, [
      { from: at('2026-06-15T09:00:00Z'), to: at('2026-06-15T11:00:00Z') },
    ])!;
    expect(paused.due.toISOString()).toBe('2026-06-15T14:00:00.000Z'); // 16:00, not 14:00
    expect(paused.pausedMinutes).toBe(120);
    // Paused from Friday 15:00 to Monday 10:00: Friday's last 3 h and Monday's first hour.
    const weekend = slaDue(clock, at('2026-06-19T12:00:00Z'), 120, [
      { from: at('2026-06-19T13:00:00Z'), to: at('2026-06-22T08:00:00Z') },
    ])!;
    expect(weekend.due.toISOString()).toBe('2026-06-22T09:00:00.000Z'); // Mon 11:00 Berlin
    expect(weekend.pausedMinutes).toBe(240);
    expect(slaDue(clock, start, 240, [{ from: at('2026-06-15T09:00:00Z'), to: null }])).toBeNull();
  });

  it('counts the working minutes used so far, less pauses', () => {
    const clock = business('DE', 'Europe/Berlin');
    // Fri 16:00 to Mon 10:00 Berlin: 2 h on Friday and 1 h on Monday.
    expect(slaElapsed(clock, at('2026-06-19T14:00:00Z'), at('2026-06-22T08:00:00Z'))).toBe(180);
    expect(
      slaElapsed(clock, at('2026-06-19T14:00:00Z'), at('2026-06-22T08:00:00Z'), [
        { from: at('2026-06-19T15:00:00Z'), to: null },
      ]),
    ).toBe(60);
    expect(
      slaElapsed({ kind: '24x7' }, at('2026-06-19T14:00:00Z'), at('2026-06-20T14:00:00Z')),
    ).toBe(1440);
  });
});

/** The slow, obvious answer: step minute by minute, counting those the clock runs in. */
function bruteDue(clock: SlaClock, start: Date, minutes: number, pauses: Pause[]): number {
  const running = (t: number): boolean => {
    if (pauses.some((p) => t >= p.from.getTime() && (!p.to || t < p.to.getTime()))) return false;
    if (clock.kind === '24x7') return true;
    const { date, time } = localParts(new Date(t), clock.timeZone);
    const day = clock.calendar.status(date);
    if (!day.working) return false;
    const end = day.closesAt && day.closesAt < clock.hours.end ? day.closesAt : clock.hours.end;
    if (time < clock.hours.start || time >= end) return false;
    return !(clock.breaks ?? []).some((b) => time >= b.start && time < b.end);
  };
  let t = start.getTime();
  for (let counted = 0; counted < minutes; t += 60_000) if (running(t)) counted++;
  return t;
}

describe('SLA due instants agree with minute-by-minute counting', () => {
  // A small seeded generator (the domain imports nothing outside it): the cases are the same on
  // every run.
  let seed = 7;
  const rnd = {
    next: () => (seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31) / 2 ** 31,
    int: (min: number, max: number) => min + Math.floor(rnd.next() * (max - min + 1)),
  };
  const clocks: SlaClock[] = [
    business('DE', 'Europe/Berlin', { start: '09:00', end: '18:00' }, [
      { start: '12:00', end: '13:00' },
    ]),
    business('SA', 'Asia/Riyadh'),
    business('CN', 'Asia/Shanghai', { start: '08:30', end: '17:30' }, [
      { start: '11:30', end: '13:00' },
    ]),
    business('US', 'America/New_York'),
    { kind: '24x7' },
  ];
  const cases = Array.from({ length: 60 }, (_, i) => {
    const start =
      Date.parse('2026-03-20T00:00:00Z') + Math.floor(rnd.next() * 280 * 24 * 60) * 60_000;
    const pauses: Pause[] =
      i % 3 === 0
        ? [
            {
              from: new Date(start + rnd.int(0, 600) * 60_000),
              to: new Date(start + rnd.int(600, 3000) * 60_000),
            },
          ]
        : [];
    return {
      clock: clocks[i % clocks.length]!,
      start: new Date(start),
      minutes: rnd.int(1, 900),
      pauses,
    };
  });
  it.each(cases.map((c, i) => [i, c] as const))('case %i', (_i, c) => {
    const due = slaDue(c.clock, c.start, c.minutes, c.pauses)!;
    expect(due.due.getTime()).toBe(bruteDue(c.clock, c.start, c.minutes, c.pauses));
    expect(slaElapsed(c.clock, c.start, due.due, c.pauses)).toBe(c.minutes);
  });
});

const next = (d: string) =>
  new Date(Date.parse(`${d}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
const prev = (d: string) =>
  new Date(Date.parse(`${d}T00:00:00Z`) - 86_400_000).toISOString().slice(0, 10);
