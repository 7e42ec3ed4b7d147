import { describe, expect, it } from 'vitest';
import { BusinessCalendar } from '../calendar/business-calendar.ts';
import { cycleOf, type TicketMessage } from './next-response.ts';
import type { SlaClock } from './sla-clock.ts';
import { DEFAULT_TERMS, targetBreach, ticketSla, type StatusChange } from './tickets.ts';

const at = (iso: string) => new Date(iso);
const business = (country: string, timeZone: string): SlaClock => ({
  kind: 'business',
  calendar: new BusinessCalendar(country),
  timeZone,
  hours: { start: '09:00', end: '17:00' },
});
const ALL_DAY: SlaClock = { kind: '24x7' };
const staff = (t: string, pub = true): TicketMessage => ({ from: 'staff', public: pub, at: t });
const customer = (t: string): TicketMessage => ({ from: 'customer', public: true, at: t });

describe('the next-response cycle, message by message', () => {
  it.each([
    ['no message', [], null, null],
    [
      'the customer writes before any staff reply: first response runs, no cycle',
      [customer('T1')],
      null,
      null,
    ],
    [
      'after an internal note only: still no cycle',
      [staff('T1', false), customer('T2')],
      null,
      null,
    ],
    [
      'after a public reply the customer writes: the clock starts',
      [staff('T1'), customer('T2')],
      'T2',
      null,
    ],
    [
      'the customer writes twice: it keeps the first start',
      [staff('T1'), customer('T2'), customer('T3')],
      'T2',
      null,
    ],
    [
      'an internal note does not answer',
      [staff('T1'), customer('T2'), staff('T3', false)],
      'T2',
      null,
    ],
    ['a public reply meets it', [staff('T1'), customer('T2'), staff('T3')], 'T2', 'T3'],
    [
      'the customer writes again: it restarts',
      [staff('T1'), customer('T2'), staff('T3'), customer('T4')],
      'T4',
      null,
    ],
  ] as const)('%s', (_, messages, startedAt, metAt) =>
    expect(cycleOf([...messages])).toEqual({ startedAt, metAt }),
  );
});

describe('next-response due instants in the policy’s calendar', () => {
  const terms = { ...DEFAULT_TERMS, nextResponseMinutes: 120 };
  const opened = at('2026-12-01T08:00:00Z');
  const history: StatusChange[] = [{ to: 'new', at: opened }];
  const due = (
    clock: SlaClock,
    startedAt: string,
    changes: StatusChange[] = history,
    metAt: string | null = null,
  ) =>
    ticketSla(clock, terms, opened, changes, {
      firstResponseAt: opened,
      solvedAt: null,
      nextResponse: { startedAt: at(startedAt), metAt: metAt ? at(metAt) : null },
    }).nextResponse;

  it.each([
    [
      'German customer writes Thu 24 Dec 13:00: 1 h that half day, Christmas, Boxing Day, Sunday, then Mon 28 Dec 10:00',
      business('DE', 'Europe/Berlin'),
      '2026-12-24T12:00:00Z',
      '2026-12-28T09:00:00.000Z',
      ['2026-12-25', '2026-12-26', '2026-12-27'],
    ],
    [
      'Saudi customer writes Thu 8 Jan 16:00: Friday and Saturday skipped, Sun 10:00 Riyadh',
      business('SA', 'Asia/Riyadh'),
      '2026-01-08T13:00:00Z',
      '2026-01-11T07:00:00.000Z',
      ['2026-01-09', '2026-01-10'],
    ],
    [
      'Indonesian customer writes the day before Eid al-Fitr 2026: the holidays are skipped',
      business('ID', 'Asia/Jakarta'),
      '2026-03-19T09:00:00Z', // Thu 19 Mar 16:00 Jakarta
      null,
      ['2026-03-20', '2026-03-21'],
    ],
    [
      '24x7: two hours on Christmas Eve',
      ALL_DAY,
      '2026-12-24T15:00:00Z',
      '2026-12-24T17:00:00.000Z',
      [],
    ],
  ])('%s', (_, clock, startedAt, expected, skippedIncludes) => {
    const t = due(clock, startedAt)!;
    if (expected) expect(t.due!.toISOString()).toBe(expected);
    else expect(t.due!.getTime()).toBeGreaterThan(at('2026-03-22T00:00:00Z').getTime());
    const skipped = t.skipped.map((d) => d.date);
    for (const d of skippedIncludes) expect(skipped).toContain(d);
  });

  const berlin = business('DE', 'Europe/Berlin');
  it('a pause inside the cycle moves it; one before the customer wrote does not', () => {
    const changes: StatusChange[] = [
      ...history,
      { to: 'pending_customer', at: at('2026-12-28T07:00:00Z') },
      { to: 'open', at: at('2026-12-28T08:30:00Z') },
      { to: 'on_hold', at: at('2026-12-28T09:30:00Z') }, // Mon 10:30 Berlin
      { to: 'open', at: at('2026-12-28T11:30:00Z') }, // 12:30
    ];
    const t = due(berlin, '2026-12-28T09:00:00Z', changes)!; // Mon 10:00 Berlin
    expect(t.due!.toISOString()).toBe('2026-12-28T13:00:00.000Z'); // 14:00 Berlin
    expect(t.pausedMinutes).toBe(120);
  });

  it('an open pause holds it: no due instant', () => {
    const changes: StatusChange[] = [...history, { to: 'on_hold', at: at('2026-12-28T09:30:00Z') }];
    expect(due(berlin, '2026-12-28T09:00:00Z', changes)!.due).toBeNull();
  });

  it('warning at 80 %, breached when due passes, met late stays breached, met in time ok', () => {
    const running = due(berlin, '2026-12-28T09:00:00Z')!;
    expect(running.warnAt!.toISOString()).toBe('2026-12-28T10:36:00.000Z');
    expect(targetBreach(running, at('2026-12-28T10:35:00Z'))).toBe('ok');
    expect(targetBreach(running, at('2026-12-28T10:36:00Z'))).toBe('warning');
    expect(targetBreach(running, at('2026-12-28T11:00:00Z'))).toBe('breached');
    const late = due(berlin, '2026-12-28T09:00:00Z', history, '2026-12-28T11:01:00Z')!;
    expect(targetBreach(late, at('2027-01-05T00:00:00Z'))).toBe('breached');
    const inTime = due(berlin, '2026-12-28T09:00:00Z', history, '2026-12-28T10:59:00Z')!;
    expect(targetBreach(inTime, at('2027-01-05T00:00:00Z'))).toBe('ok');
  });

  it('the earliest running target is the next due instant', () => {
    const monday = at('2026-12-28T08:00:00Z'); // resolution due five business days later
    const s = ticketSla(berlin, terms, monday, [{ to: 'new', at: monday }], {
      firstResponseAt: monday,
      solvedAt: null,
      nextResponse: { startedAt: at('2026-12-28T09:00:00Z'), metAt: null },
    });
    expect(s.nextDue!.toISOString()).toBe('2026-12-28T11:00:00.000Z');
  });

  it('no target on the policy, or no cycle yet: nothing to count', () => {
    const none = ticketSla(berlin, DEFAULT_TERMS, opened, history, {
      firstResponseAt: opened,
      solvedAt: null,
      nextResponse: { startedAt: at('2026-12-28T09:00:00Z'), metAt: null },
    });
    expect(none.nextResponse).toBeNull();
    const noCycle = ticketSla(berlin, terms, opened, history, {
      firstResponseAt: opened,
      solvedAt: null,
    });
    expect(noCycle.nextResponse).toBeNull();
  });
});
