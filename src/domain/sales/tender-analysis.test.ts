import { describe, expect, it } from 'vitest';
import { RateTable } from '../value/money.ts';
import { analyseTenders, type AnalysedTender } from './tender-analysis.ts';

const rates = new RateTable('USD', [
  { currency: 'EUR', validFrom: '2026-01-01', rate: 1.1 },
  { currency: 'INR', validFrom: '2026-01-01', rate: 0.012 },
  { currency: 'SAR', validFrom: '2026-06-01', rate: 0.2666 },
]);

let seq = 0;
const tender = (t: Partial<AnalysedTender>): AnalysedTender => ({
  id: `t${++seq}`,
  reference: `REF-${seq}`,
  country: 'IN',
  result: 'lost',
  reasonIds: [],
  bid: null,
  valueDate: '2026-03-01',
  competitors: [],
  ...t,
});
const local = (name: string, awarded = false) => ({ name, localPresence: true, awarded });
const foreign = (name: string, awarded = false) => ({ name, localPresence: false, awarded });

describe('tender analysis: win rate and lost value per reason, country and competitor', () => {
  const tenders = [
    // India: lost to a local firm on price and local content, INR bid 10,000,000 → USD 120,000.
    tender({
      reasonIds: ['price', 'local_content'],
      bid: { amountMinor: 10_000_000_00, currency: 'INR' },
      competitors: [local('Bharat Pumps', true), foreign('Acme')],
    }),
    // India: won against the same firm.
    tender({
      result: 'won',
      reasonIds: ['price'],
      bid: { amountMinor: 5_000_000_00, currency: 'INR' },
      competitors: [local('bharat  pumps')],
    }),
    // Saudi Arabia: lost to Acme (no local presence) in March: no SAR rate before June → named.
    tender({
      country: 'SA',
      reasonIds: ['joint_venture'],
      bid: { amountMinor: 2_000_000_00, currency: 'SAR' },
      competitors: [foreign('Acme', true)],
    }),
    // Saudi Arabia in July: lost to a local branch; EUR bid 100,000 → USD 110,000.
    tender({
      country: 'SA',
      reasonIds: ['local_presence', 'price'],
      valueDate: '2026-07-01',
      bid: { amountMinor: 100_000_00, currency: 'EUR' },
      competitors: [local('Riyadh Steel', true)],
    }),
    // Germany: lost, no amount recorded, winner unknown.
    tender({ country: 'DE', reasonIds: ['price'] }),
    // Germany: cancelled and no-bid count apart; an open one too.
    tender({ country: 'DE', result: 'cancelled' }),
    tender({ country: 'DE', result: 'no_bid', reasonIds: ['joint_venture'] }),
    tender({ country: 'DE', result: null }),
  ];
  const a = analyseTenders(tenders, rates);

  it('totals every result and converts lost bids, naming the one without a rate', () => {
    expect(a.reportingCurrency).toBe('USD');
    expect(a.total).toMatchObject({
      won: 1,
      lost: 4,
      cancelled: 1,
      noBid: 1,
      open: 1,
      winRate: 0.2,
      lostValueMinor: 120_000_00 + 110_000_00,
      lostWithoutAmount: 1,
    });
    expect(a.total.unconverted).toEqual([
      { id: tenders[2]!.id, reference: tenders[2]!.reference, currency: 'SAR', date: '2026-03-01' },
    ]);
  });

  it.each([
    // reason, won, lost, win rate, lost value (USD minor), unconverted
    ['price', 1, 3, 0.25, 230_000_00, 0],
    ['local_content', 0, 1, 0, 120_000_00, 0],
    ['local_presence', 0, 1, 0, 110_000_00, 0],
    ['joint_venture', 0, 1, 0, 0, 1],
  ])('reason %s: %i won, %i lost, win rate %d', (reason, won, lost, winRate, value, missing) => {
    const row = a.byReason.find((r) => r.reasonId === reason)!;
    expect(row).toMatchObject({ won, lost, winRate, lostValueMinor: value });
    expect(row.unconverted).toHaveLength(missing);
  });

  it('counts a no-bid reason without a win rate', () => {
    expect(a.byReason.find((r) => r.reasonId === 'joint_venture')).toMatchObject({
      noBid: 1,
      lost: 1,
    });
    expect(a.byReason.map((r) => r.reasonId)).toEqual([
      'price',
      'joint_venture',
      'local_content',
      'local_presence',
    ]);
  });

  it.each([
    ['IN', 1, 1, 0.5, 120_000_00],
    ['SA', 0, 2, 0, 110_000_00],
    ['DE', 0, 1, 0, 0],
  ])('country %s: %i won, %i lost', (country, won, lost, winRate, value) => {
    expect(a.byCountry.find((r) => r.country === country)).toMatchObject({
      won,
      lost,
      winRate,
      lostValueMinor: value,
    });
  });

  it('follows competitors across spellings and counts value only where they won', () => {
    expect(a.byCompetitor.map((c) => [c.name, c.tenders, c.lostTo, c.lostValueMinor])).toEqual([
      // Acme took the Saudi tender, whose value has no rate: named, not added.
      ['Acme', 2, 1, 0],
      ['Bharat Pumps', 2, 1, 120_000_00],
      ['Riyadh Steel', 1, 1, 110_000_00],
    ]);
    expect(a.byCompetitor[0]!.unconverted).toHaveLength(1);
    expect(a.byCompetitor[1]).toMatchObject({
      won: 1,
      lost: 1,
      winRate: 0.5,
      withLocalPresence: 2,
    });
  });

  it('tells the losses to a competitor with local presence apart', () => {
    expect(a.lostToLocalPresence).toEqual({
      tenders: 2,
      shareOfLosses: 0.5,
      lostValueMinor: 230_000_00,
      unconverted: [],
      winnerUnknown: 1,
    });
  });

  it('answers empty figures for no tenders', () => {
    const none = analyseTenders([], rates);
    expect(none.total.winRate).toBeNull();
    expect(none.lostToLocalPresence.shareOfLosses).toBeNull();
    expect(none.byReason).toEqual([]);
  });
});
