import { describe, expect, it } from 'vitest';
import { expiringWithin, nextExpiry, replay, type Entry } from './ledger.ts';
import { planAdjust, planExpiries, planRedeem } from './moves.ts';
import { addMonths } from './months.ts';

const entry = (e: Partial<Entry> & Pick<Entry, 'seq' | 'kind' | 'points' | 'date'>): Entry => ({
  orderId: null,
  lotSeq: null,
  expiresOn: e.points > 0 ? addMonths(e.date, 12) : null,
  shortfall: 0,
  amountMinor: 0,
  ...e,
});

describe('addMonths', () => {
  it.each([
    ['2026-01-15', 1, '2026-02-15'],
    ['2026-01-31', 1, '2026-02-28'],
    ['2024-01-31', 1, '2024-02-29'],
    ['2026-11-30', 3, '2027-02-28'],
    ['2026-03-31', -1, '2026-02-28'],
    ['2026-06-15', -12, '2025-06-15'],
    ['2026-06-15', 24, '2028-06-15'],
  ])('%s + %i months = %s', (date, months, want) => {
    expect(addMonths(date, months)).toBe(want);
  });
});

describe('replaying a ledger', () => {
  const earn = (seq: number, points: number, date: string) =>
    entry({ seq, kind: 'earn', points, date });
  it.each([
    {
      name: 'a redemption takes the oldest lot first',
      entries: [
        earn(2, 100, '2026-03-01'),
        earn(1, 50, '2026-01-01'),
        entry({ seq: 3, kind: 'redeem', points: -70, date: '2026-04-01' }),
      ],
      remaining: [0, 80],
      balance: 80,
    },
    {
      name: 'an expiry closes its own lot, whatever its age',
      entries: [
        earn(1, 50, '2026-01-01'),
        earn(2, 100, '2026-03-01'),
        entry({ seq: 3, kind: 'expire', points: -100, date: '2027-03-01', lotSeq: 2 }),
      ],
      remaining: [50, 0],
      balance: 50,
    },
    {
      name: 'a negative adjustment spans lots',
      entries: [
        earn(1, 10, '2026-01-01'),
        earn(2, 10, '2026-01-02'),
        entry({ seq: 3, kind: 'adjust', points: -15, date: '2026-02-01' }),
      ],
      remaining: [0, 5],
      balance: 5,
    },
    {
      name: 'a reversed order gives back its own lot first',
      entries: [
        earn(1, 10, '2026-01-01'),
        entry({ seq: 2, kind: 'earn', points: 20, date: '2026-02-01', orderId: 'o2' }),
        entry({ seq: 3, kind: 'earn', points: -20, date: '2026-03-01', orderId: 'o2' }),
      ],
      remaining: [10, 0],
      balance: 10,
    },
  ])('$name', ({ entries, remaining, balance }) => {
    const state = replay(entries);
    expect(state.lots.map((l) => l.remaining)).toEqual(remaining);
    expect(state.balance).toBe(balance);
    expect(state.balance).toBe(entries.reduce((s, e) => s + e.points, 0));
    expect(state.nextSeq).toBe(entries.length + 1);
  });

  it('refuses a ledger whose entry takes more than there is', () => {
    expect(() =>
      replay([
        earn(1, 5, '2026-01-01'),
        entry({ seq: 2, kind: 'redeem', points: -6, date: '2026-01-02' }),
      ]),
    ).toThrow(/takes 6/);
  });
});

describe('moves', () => {
  const state = replay([
    entry({ seq: 1, kind: 'earn', points: 100, date: '2025-01-10' }),
    entry({ seq: 2, kind: 'earn', points: 40, date: '2025-06-01' }),
  ]);

  it.each([
    { points: 140, code: null },
    { points: 141, code: 'loyalty_over_balance' },
    { points: 0, code: 'minimum' },
    { points: 1.5, code: 'minimum' },
  ])('redeeming $points → $code', ({ points, code }) => {
    const plan = planRedeem(state, points, '2025-07-01');
    expect(plan.errors?.[0]?.code ?? null).toBe(code);
    if (!code) expect(plan.entry).toMatchObject({ kind: 'redeem', points: -points, seq: 3 });
    if (code) expect(plan.errors?.[0]?.path).toBe('/points');
  });

  it.each([
    { points: 25, code: null, expiresOn: '2027-07-01' },
    { points: -140, code: null, expiresOn: null },
    { points: -141, code: 'loyalty_over_balance', expiresOn: null },
    { points: 0, code: 'loyalty_nonzero', expiresOn: null },
  ])('adjusting by $points → $code', ({ points, code, expiresOn }) => {
    const plan = planAdjust(state, points, '2025-07-01', 24);
    expect(plan.errors?.[0]?.code ?? null).toBe(code);
    if (!code) expect(plan.entry).toMatchObject({ kind: 'adjust', points, expiresOn });
  });

  it.each([
    { today: '2026-01-09', expired: [] },
    { today: '2026-01-10', expired: [[1, -100]] },
    {
      today: '2026-06-01',
      expired: [
        [1, -100],
        [2, -40],
      ],
    },
  ])('on $today the lots past their day expire', ({ today, expired }) => {
    const s = replay([
      entry({ seq: 1, kind: 'earn', points: 100, date: '2025-01-10' }),
      entry({ seq: 2, kind: 'earn', points: 40, date: '2025-06-01' }),
    ]);
    const plan = planExpiries(s, today);
    expect(plan.map((e) => [e.lotSeq, e.points])).toEqual(expired);
    const after = replay([
      ...[1, 2]
        .map((seq) => ({ ...s.lots[seq - 1]! }))
        .map((l) => entry({ seq: l.seq, kind: 'earn', points: l.points, date: l.date })),
      ...plan,
    ]);
    expect(after.balance).toBe(140 + plan.reduce((n, e) => n + e.points, 0));
  });

  it('a lot partly spent expires with what is left, and reminders list the soonest first', () => {
    const s = replay([
      entry({ seq: 1, kind: 'earn', points: 100, date: '2025-01-10' }),
      entry({ seq: 2, kind: 'earn', points: 40, date: '2025-02-01' }),
      entry({ seq: 3, kind: 'redeem', points: -30, date: '2025-03-01' }),
    ]);
    expect(planExpiries(s, '2026-01-10').map((e) => e.points)).toEqual([-70]);
    expect(expiringWithin(s.lots, '2026-01-01', 9)).toEqual([
      { lotSeq: 1, expiresOn: '2026-01-10', points: 70 },
    ]);
    expect(expiringWithin(s.lots, '2026-01-01', 31)).toHaveLength(2);
    expect(nextExpiry(s.lots)).toBe('2026-01-10');
  });
});
