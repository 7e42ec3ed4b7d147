import { describe, expect, it } from 'vitest';
import {
  abcTiers,
  classificationPlan,
  rfmScores,
  type ClassifiedCustomer,
  type CustomerValue,
} from './classify.ts';
import { minorDigits, RateTable, totals } from './money.ts';

describe('money', () => {
  it.each([
    ['USD', 2],
    ['EUR', 2],
    ['JPY', 0],
    ['KWD', 3],
    ['CNY', 2],
  ])('%s has %i minor digits', (c, d) => expect(minorDigits(c)).toBe(d));

  const rates = new RateTable('USD', [
    { currency: 'EUR', validFrom: '2026-01-01', rate: 1.1 },
    { currency: 'EUR', validFrom: '2026-07-01', rate: 1.2 },
    { currency: 'JPY', validFrom: '2026-01-01', rate: 0.0065 },
  ]);

  it('converts with the rate of the order’s date', () => {
    expect(rates.convert(100_00, 'EUR', '2026-03-15')).toBe(110_00);
    expect(rates.convert(100_00, 'EUR', '2026-07-01')).toBe(120_00);
    expect(rates.convert(1_000_000, 'JPY', '2026-05-01')).toBe(6_500_00);
    expect(rates.convert(100_00, 'EUR', '2025-12-31')).toBeNull();
    expect(rates.convert(100_00, 'BRL', '2026-05-01')).toBeNull();
  });

  it('never adds different currencies raw, and says what it could not convert', () => {
    const t = totals(
      [
        { amountMinor: 100_00, currency: 'EUR', date: '2026-03-01' },
        { amountMinor: 50_00, currency: 'USD', date: '2026-03-01' },
        { amountMinor: 1_000_000, currency: 'JPY', date: '2026-03-01' },
        { amountMinor: 999_00, currency: 'BRL', date: '2026-03-01' },
      ],
      rates,
    );
    expect(t.byCurrency).toEqual([
      { currency: 'BRL', amountMinor: 999_00, orders: 1 },
      { currency: 'EUR', amountMinor: 100_00, orders: 1 },
      { currency: 'JPY', amountMinor: 1_000_000, orders: 1 },
      { currency: 'USD', amountMinor: 50_00, orders: 1 },
    ]);
    expect(t.converted).toEqual({ currency: 'USD', amountMinor: 110_00 + 50_00 + 6_500_00 });
    expect(t.unconverted).toEqual([{ currency: 'BRL', orders: 1 }]);
  });
});

describe('value classification', () => {
  const v = (id: string, revenue: number, orders = 1, recencyDays: number | null = 10) => ({
    id,
    revenue,
    orders,
    recencyDays,
  });

  it('ABC: top 80% of revenue A, next 15% B, the rest and no revenue C', () => {
    const tiers = abcTiers([
      v('big', 600),
      v('mid', 250),
      v('small', 100),
      v('tiny', 40),
      v('crumb', 10),
      v('none', 0, 0, null),
    ]);
    expect(Object.fromEntries(tiers)).toEqual({
      big: 'A',
      mid: 'A',
      small: 'B',
      tiny: 'C',
      crumb: 'C',
      none: 'C',
    });
  });

  it('ABC thresholds are editable', () => {
    const tiers = abcTiers([v('a', 50), v('b', 30), v('c', 20)], { a: 0.5, b: 0.8 });
    expect(Object.fromEntries(tiers)).toEqual({ a: 'A', b: 'B', c: 'C' });
  });

  it('RFM: recent, frequent, big buyers score high; no orders score 111', () => {
    const s = rfmScores([
      v('best', 1000, 12, 3),
      v('lapsed', 900, 10, 300),
      v('new', 50, 1, 1),
      v('never', 0, 0, null),
      v('mid', 300, 4, 40),
    ]);
    expect(s.get('best')).toBe('355');
    expect(s.get('lapsed')?.[0]).toBe('1');
    expect(s.get('new')?.[1]).toBe('1');
    expect(s.get('never')).toBe('111');
  });
});

describe('classification plan', () => {
  const stored = (id: string, over: Partial<ClassifiedCustomer> = {}): ClassifiedCustomer => ({
    id,
    tier: null,
    tier_locked: 0,
    rfm: null,
    revenue_minor: null,
    ...over,
  });
  const value = (id: string, revenue: number, orders = 1): CustomerValue => ({
    id,
    revenue,
    orders,
    recencyDays: 10,
  });
  const thresholds = { a: 0.8, b: 0.95 };

  it('writes every never-classified customer, those without orders with one shared patch', () => {
    const customers = [stored('big'), stored('idle1'), stored('idle2'), stored('idle3')];
    const plan = classificationPlan(
      customers,
      new Map([['big', value('big', 500_00)]]),
      thresholds,
    );
    expect(plan.updates).toEqual([
      { patch: { rfm: '555', revenue_minor: 500_00, tier: 'A' }, ids: ['big'] },
      { patch: { rfm: '111', revenue_minor: 0, tier: 'C' }, ids: ['idle1', 'idle2', 'idle3'] },
    ]);
    expect(plan.tierChanges).toEqual([
      { id: 'big', before: null, after: 'A' },
      { id: 'idle1', before: null, after: 'C' },
      { id: 'idle2', before: null, after: 'C' },
      { id: 'idle3', before: null, after: 'C' },
    ]);
  });

  it.each([
    ['nothing when nothing changed', stored('x', { tier: 'A', rfm: '555', revenue_minor: 10 }), []],
    [
      'revenue read back as text (PostgreSQL bigint) is not a change',
      stored('x', { tier: 'A', rfm: '555', revenue_minor: '10' }),
      [],
    ],
    [
      'only the revenue when only it moved',
      stored('x', { tier: 'A', rfm: '555', revenue_minor: 9 }),
      [{ revenue_minor: 10 }],
    ],
    [
      'not the tier when it is locked',
      stored('x', { tier: 'C', tier_locked: 1, rfm: '555', revenue_minor: 10 }),
      [],
    ],
  ])('%s', (_label, customer, patches) => {
    const plan = classificationPlan([customer], new Map([['x', value('x', 10)]]), thresholds);
    expect(plan.updates.map((u) => u.patch)).toEqual(patches);
    expect(plan.lockedKept).toBe(customer.tier_locked && customer.tier !== 'A' ? 1 : 0);
  });
});
