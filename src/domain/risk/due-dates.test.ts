import { describe, expect, it } from 'vitest';
import { addDays, isoWeekday, toDay } from '../calendar/dates.ts';
import {
  addBusinessDays,
  anchorOf,
  dueFromAnchor,
  earliestAnchorDueFrom,
  eventDueDate,
  finalDueDate,
  openInstalments,
  paymentSchedule,
  type OrderDates,
} from './due-dates.ts';

// Weekends closed (Saturday, Sunday); the real service uses the home office's calendar.
const next = (d: string) => {
  let x = d;
  while (isoWeekday(toDay(x)) >= 6) x = addDays(x, 1);
  return x;
};
// Monday 2 March 2026 ordered, shipped (B/L) Friday 6 March, arrived Friday 10 April.
const dates: OrderDates = {
  orderDate: '2026-03-02',
  invoiceDate: null,
  blDate: '2026-03-06',
  arrivalDate: '2026-04-10',
};

describe('due dates from payment terms', () => {
  it.each([
    ['on_order', null, dates, '2026-03-02'],
    ['before_shipment', null, dates, '2026-03-06'],
    ['against_bl_copy', null, dates, '2026-03-06'],
    ['against_bl_copy', null, { ...dates, blDate: null }, null],
    ['on_arrival', null, dates, '2026-04-10'],
    ['dp', null, dates, '2026-04-10'],
    ['dp', null, { ...dates, arrivalDate: null }, null],
    // five business days after Friday 6 March: Mon 9 … Fri 13
    ['lc_at_sight', null, dates, '2026-03-13'],
    ['lc_usance', 60, dates, '2026-05-05'],
    // B/L + 30 = Sunday 5 April, rolled to Monday 6 April below
    ['da', 30, dates, '2026-04-05'],
    ['open_account', 30, dates, '2026-04-01'],
    ['open_account', 30, { ...dates, invoiceDate: '2026-03-04' }, '2026-04-03'],
  ] as const)('%s %s days → %s', (event, days, d, due) => {
    expect(eventDueDate({ event, days }, d, next)).toBe(due);
  });

  it('rolls a due date on a closed day to the next business day', () => {
    const s = paymentSchedule(100_00, [{ event: 'da', percent: 100, days: 30 }], dates, next);
    expect(s[0]!.dueDate).toBe('2026-04-06');
    expect(addBusinessDays('2026-03-07', 0, next)).toBe('2026-03-09');
  });

  it('splits T/T 30 % deposit and 70 % balance half-up, the last taking the rest', () => {
    const s = paymentSchedule(
      1_000_01,
      [
        { event: 'on_order', percent: 30 },
        { event: 'against_bl_copy', percent: 70 },
      ],
      dates,
      next,
    );
    expect(s.map((x) => [x.amountMinor, x.dueDate])).toEqual([
      [300_00, '2026-03-02'],
      [700_01, '2026-03-06'],
    ]);
    expect(finalDueDate(s)).toBe('2026-03-06');
    // A partial payment settles the deposit first, then part of the balance.
    expect(openInstalments(s, 400_00)).toEqual([
      { amountMinor: 600_01, dueDate: '2026-03-06', anchor: '2026-03-06', businessDays: 0 },
    ]);
    expect(openInstalments(s, 1_000_01)).toEqual([]);
  });

  it('leaves an order without terms, or with an event still to come, not yet due', () => {
    const none = paymentSchedule(5_00, [], dates, next);
    expect(none).toEqual([
      {
        event: 'open_account',
        percent: 100,
        days: null,
        amountMinor: 5_00,
        dueDate: null,
        anchor: null,
        businessDays: 0,
      },
    ]);
    const unshipped = paymentSchedule(
      10_00,
      [
        { event: 'on_order', percent: 50 },
        { event: 'before_shipment', percent: 50 },
      ],
      { ...dates, blDate: null },
      next,
    );
    expect(finalDueDate(unshipped)).toBeNull();
    // The dated instalment is settled first, whatever the order of the terms.
    expect(openInstalments([...unshipped].reverse(), 2_00)).toEqual([
      { amountMinor: 3_00, dueDate: '2026-03-02', anchor: '2026-03-02', businessDays: 0 },
      { amountMinor: 5_00, dueDate: null, anchor: null, businessDays: 0 },
    ]);
  });
});

describe('anchors: due dates kept without the calendar', () => {
  // Weekends and a bank holiday on Wednesday 1 April closed.
  const closed = (d: string) => d === '2026-04-01' || isoWeekday(toDay(d)) >= 6;
  const nextH = (d: string) => {
    let x = d;
    while (closed(x)) x = addDays(x, 1);
    return x;
  };

  it.each([
    ['on_order', null, '2026-03-02', 0],
    ['against_bl_copy', null, '2026-03-06', 0],
    ['lc_at_sight', null, '2026-03-06', 5],
    ['da', 30, '2026-04-05', 0],
    ['open_account', 30, '2026-04-01', 0],
  ] as const)('%s %s days → anchor %s + %s business days', (event, days, anchor, bd) => {
    const a = anchorOf({ event, days }, dates);
    expect(a).toEqual({ anchor, businessDays: bd });
    // The anchor and the calendar give the schedule's due date.
    const s = paymentSchedule(1_00, [{ event, percent: 100, days }], dates, nextH);
    expect(dueFromAnchor(a, nextH)).toBe(s[0]!.dueDate);
  });

  it.each([
    // Due on or after Thursday 2 April: anchors from Wednesday 1 April (rolled to the 2nd) on.
    ['2026-04-02', 0, '2026-04-01'],
    // Due on or after Monday 6 April: anchors from Saturday 4 April on.
    ['2026-04-06', 0, '2026-04-04'],
    // An open day after an open day: the day itself.
    ['2026-03-04', 0, '2026-03-04'],
    // Five business days: due on or after Monday 9 March from anchors on Saturday 28 February on
    // (Mon 2 … Fri 6 is five days after Friday 27 February, Mon 9 after Sat 28).
    ['2026-03-09', 5, '2026-02-28'],
    ['2026-03-06', 5, '2026-02-27'],
  ] as const)('due on or after %s with %s business days: anchor ≥ %s', (date, bd, anchor) => {
    expect(earliestAnchorDueFrom(date, bd, nextH)).toBe(anchor);
  });

  it('agrees with the due date of every anchor over two months', () => {
    for (const bd of [0, 5] as const)
      for (let i = 0; i < 60; i++) {
        const date = addDays('2026-03-01', i);
        const t = earliestAnchorDueFrom(date, bd, nextH);
        for (let j = -20; j < 20; j++) {
          const anchor = addDays(date, j);
          const due = dueFromAnchor({ anchor, businessDays: bd }, nextH)!;
          expect(due >= date, `${bd} ${date} ${anchor}`).toBe(anchor >= t);
        }
      }
  });
});
