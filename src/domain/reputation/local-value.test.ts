import { describe, expect, it } from 'vitest';
import { RateTable } from '../value/money.ts';
import { entryProblems, sharePercent, type LocalValueFields } from './local-value.ts';
import { moneyTotals, summarise, type LedgerFigure } from './local-value-summary.ts';

const year = { start: '2025-01-01', end: '2025-12-31' };
const codes = (kind: Parameters<typeof entryProblems>[0], f: LocalValueFields, p = year) =>
  entryProblems(kind, f, p).map((e) => `${e.path} ${e.code}`);

describe('sharePercent', () => {
  it.each([
    [1, 3, 33.33],
    [2, 3, 66.66],
    [3, 3, 100],
    [0, 5, 0],
    [5, 0, null],
    // near the largest amount: exact, no floating-point drift
    [9_007_199_254_740_990, 9_007_199_254_740_991, 99.99],
  ])('%d of %d → %s', (part, whole, expected) => {
    expect(sharePercent(part, whole)).toBe(expected);
  });
});

describe('entryProblems', () => {
  it.each([
    ['direct_jobs', { headcount: 40, localNationals: 35, management: 6, womenInManagement: 2 }, []],
    ['direct_jobs', { localNationals: 3 }, ['/headcount required']],
    ['direct_jobs', { headcount: 10, localNationals: 11 }, ['/localNationals share_over_100']],
    [
      'direct_jobs',
      { headcount: 10, management: 2, womenInManagement: 3 },
      ['/womenInManagement share_over_100'],
    ],
    ['indirect_jobs', { quantity: 120 }, ['/method required']],
    [
      'indirect_jobs',
      { quantity: 120, method: 'I-O multiplier 1.5', amountMinor: 5 },
      ['/amountMinor not_for_kind'],
    ],
    ['local_purchasing', { amountMinor: 50, totalMinor: 100, currency: 'MZN' }, []],
    [
      'local_purchasing',
      { amountMinor: 150, totalMinor: 100, currency: 'MZN' },
      ['/amountMinor share_over_100'],
    ],
    ['local_purchasing', { amountMinor: 50 }, ['/currency required', '/totalMinor required']],
    [
      'revenue_share',
      { amountMinor: 80, partnerName: 'Partner' },
      ['/totalMinor required', '/currency required'],
    ],
    ['revenue_share', { amountMinor: 80, partnerName: 'P', dealId: 'd' }, []],
    [
      'revenue_share',
      { amountMinor: 80, partnerName: 'P', dealId: 'd', orderId: 'o' },
      ['/orderId one_link'],
    ],
    [
      'revenue_share',
      { amountMinor: 120, partnerName: 'P', totalMinor: 100, currency: 'BRL' },
      ['/amountMinor share_over_100'],
    ],
    ['training_hours', { quantity: 800, headcount: 25 }, []],
    ['taxes_paid', { amountMinor: 1, currency: 'KZT', headcount: 3 }, ['/headcount not_for_kind']],
    ['community_investment', { amountMinor: 1, currency: 'KZT' }, ['/description required']],
    ['technology_transfer', { description: 'Pump repair course' }, []],
  ] as const)('%s %j → %j', (kind, f, expected) => {
    expect(codes(kind, f)).toEqual(expected);
  });

  it.each([
    [{ start: '2025-06-01', end: '2025-05-31' }, ['/periodEnd not_before_start']],
    [{ start: '2025-06-01', end: '2026-01-31' }, ['/periodEnd period_one_year']],
    [{ start: '2025-06-01', end: '2025-06-01' }, []],
  ])('period %j → %j', (period, expected) => {
    expect(codes('technology_transfer', { description: 'x' }, period)).toEqual(expected);
  });
});

const rates = new RateTable('USD', [
  { currency: 'MZN', validFrom: '2025-01-01', rate: 0.0156 },
  { currency: 'MZN', validFrom: '2025-07-01', rate: 0.016 },
]);
const fig = (f: Partial<LedgerFigure>): LedgerFigure => ({
  id: 'x',
  kind: 'taxes_paid',
  periodStart: '2025-01-01',
  periodEnd: '2025-06-30',
  headcount: null,
  localNationals: null,
  management: null,
  womenInManagement: null,
  quantity: null,
  method: null,
  amountMinor: null,
  totalMinor: null,
  currency: null,
  partnerName: null,
  description: '',
  ...f,
});

describe('moneyTotals', () => {
  it('never adds currencies raw and converts each at its period end', () => {
    const t = moneyTotals(
      [
        { amount: 100_000_00, currency: 'MZN', date: '2025-06-30' },
        { amount: 100_000_00, currency: 'MZN', date: '2025-12-31' },
        { amount: 500_00, currency: 'USD', date: '2025-12-31' },
      ],
      rates,
    );
    expect(t.byCurrency).toEqual([
      { currency: 'MZN', amountMinor: 200_000_00 },
      { currency: 'USD', amountMinor: 500_00 },
    ]);
    // 1,560.00 + 1,600.00 + 500.00
    expect(t.converted).toEqual({ currency: 'USD', amountMinor: 3_660_00 });
    expect(t.unconverted).toEqual([]);
  });
  it('leaves a currency without a rate out of the converted sum, named', () => {
    const t = moneyTotals([{ amount: 1_000, currency: 'BRL', date: '2025-03-01' }], rates);
    expect(t.converted.amountMinor).toBe(0);
    expect(t.unconverted).toEqual(['BRL']);
  });
});

describe('summarise', () => {
  it('reads headcount as a stock, hours and money as flows, shares from converted totals', () => {
    const s = summarise(
      [
        fig({ kind: 'direct_jobs', periodEnd: '2025-06-30', headcount: 30, localNationals: 20 }),
        fig({
          kind: 'direct_jobs',
          periodEnd: '2025-12-31',
          headcount: 40,
          localNationals: 36,
          management: 5,
          womenInManagement: 2,
        }),
        fig({
          kind: 'direct_jobs',
          periodEnd: '2025-12-31',
          headcount: 10,
          localNationals: 9,
          management: 3,
          womenInManagement: 1,
        }),
        fig({ kind: 'training_hours', quantity: 300, headcount: 10 }),
        fig({ kind: 'training_hours', quantity: 200 }),
        fig({
          kind: 'local_purchasing',
          amountMinor: 300_00,
          totalMinor: 1_000_00,
          currency: 'USD',
        }),
        fig({
          kind: 'local_purchasing',
          periodEnd: '2025-12-31',
          amountMinor: 50_000_00,
          totalMinor: 50_000_00,
          currency: 'MZN',
        }),
        fig({
          kind: 'revenue_share',
          partnerName: 'A',
          amountMinor: 85,
          totalMinor: 100,
          currency: 'USD',
        }),
        fig({
          kind: 'revenue_share',
          partnerName: 'B',
          amountMinor: 90,
          totalMinor: 100,
          currency: 'BRL',
        }),
      ],
      rates,
    );
    expect(s.directJobs).toEqual({
      asOf: '2025-12-31',
      headcount: 50,
      localNationals: 45,
      localNationalsPercent: 90,
      management: 8,
      womenInManagement: 3,
      womenInManagementPercent: 37.5,
    });
    expect(s.training).toEqual({ hours: 500, people: 10 });
    // 300 + 800 local of 1,000 + 800 total (MZN 50,000 at 0.016)
    expect(s.localPurchasing.local.converted.amountMinor).toBe(1_100_00);
    expect(s.localPurchasing.total.converted.amountMinor).toBe(1_800_00);
    expect(s.localPurchasing.sharePercent).toBe(61.11);
    // BRL has no rate: no overall partner share, the per-project shares stay
    expect(s.revenueShare.sharePercent).toBeNull();
    expect(s.revenueShare.projects.map((p) => p.sharePercent)).toEqual([85, 90]);
    expect(s.indirectJobs).toBeNull();
  });
});
