import { describe, expect, it } from 'vitest';
import { breakFor, resolvePrice, type CandidateList, type PriceCustomer } from './price.ts';

// One product's prices in the lists a German exporter's customers meet. Amounts in minor units.
const list = (id: string, over: Partial<CandidateList> = {}): CandidateList => ({
  id,
  name: id,
  currency: 'USD',
  validFrom: '2026-01-01',
  validTo: null,
  country: null,
  segmentId: null,
  breaks: [
    { minQuantity: 1, unitPriceMinor: 10_000 },
    { minQuantity: 100, unitPriceMinor: 9_000 },
  ],
  ...over,
});

const usdDefault = list('usd-default');
const eurDefault = list('eur-default', {
  currency: 'EUR',
  breaks: [{ minQuantity: 1, unitPriceMinor: 9_500 }],
});
const usdGermany = list('usd-de', {
  country: 'DE',
  breaks: [{ minQuantity: 1, unitPriceMinor: 9_800 }],
});
const eurGermany = list('eur-de', {
  currency: 'EUR',
  country: 'DE',
  breaks: [
    { minQuantity: 1, unitPriceMinor: 9_200 },
    { minQuantity: 50, unitPriceMinor: 8_800 },
    { minQuantity: 500, unitPriceMinor: 8_000 },
  ],
});
const usdKeyAccounts = list('usd-key', {
  segmentId: 'seg-key',
  breaks: [{ minQuantity: 1, unitPriceMinor: 8_500 }],
});
const eurKeyAccounts = list('eur-key', {
  currency: 'EUR',
  segmentId: 'seg-key',
  breaks: [{ minQuantity: 10, unitPriceMinor: 7_900 }],
});
const expired = list('expired', {
  segmentId: 'seg-key',
  validFrom: '2025-01-01',
  validTo: '2025-12-31',
  breaks: [{ minQuantity: 1, unitPriceMinor: 1 }],
});
const future = list('future', {
  country: 'DE',
  validFrom: '2026-07-01',
  breaks: [{ minQuantity: 1, unitPriceMinor: 2 }],
});
const usdDefault2025 = list('usd-default-2025', {
  validFrom: '2025-06-01',
  breaks: [{ minQuantity: 1, unitPriceMinor: 11_000 }],
});

const german: PriceCustomer = { country: 'DE', segmentIds: [], currency: null };
const germanEur: PriceCustomer = { ...german, currency: 'EUR' };
const germanKey: PriceCustomer = { ...german, segmentIds: ['seg-key'] };
const germanKeyEur: PriceCustomer = { ...germanKey, currency: 'EUR' };
const brazilian: PriceCustomer = { country: 'BR', segmentIds: [], currency: 'BRL' };
const japaneseUsd: PriceCustomer = { country: 'JP', segmentIds: [], currency: 'USD' };

const ALL = [usdDefault, eurDefault, usdGermany, eurGermany, usdKeyAccounts, eurKeyAccounts];

describe('price resolution', () => {
  it.each<
    [string, CandidateList[], PriceCustomer | null, string, number, string | null, number | null]
  >([
    // [case, lists, customer, date, quantity, chosen list, unit price]
    ['the only default list', [usdDefault], german, '2026-03-01', 1, 'usd-default', 10_000],
    [
      'a quantity break applies from its minimum',
      [usdDefault],
      german,
      '2026-03-01',
      100,
      'usd-default',
      9_000,
    ],
    [
      'just below a break: the lower break',
      [usdDefault],
      german,
      '2026-03-01',
      99,
      'usd-default',
      10_000,
    ],
    [
      'a fractional quantity (2.5 t) takes the break below it',
      [usdDefault],
      german,
      '2026-03-01',
      2.5,
      'usd-default',
      10_000,
    ],
    ['below the lowest break: no price', [eurKeyAccounts], germanKey, '2026-03-01', 5, null, null],
    [
      'country list beats default',
      [usdDefault, usdGermany],
      german,
      '2026-03-01',
      1,
      'usd-de',
      9_800,
    ],
    [
      'segment list beats country list',
      [usdGermany, usdKeyAccounts],
      germanKey,
      '2026-03-01',
      1,
      'usd-key',
      8_500,
    ],
    [
      'a segment the customer is not in does not apply',
      [usdDefault, usdKeyAccounts],
      german,
      '2026-03-01',
      1,
      'usd-default',
      10_000,
    ],
    [
      'a country list for another country does not apply',
      [usdDefault, usdGermany],
      brazilian,
      '2026-03-01',
      1,
      'usd-default',
      10_000,
    ],
    [
      'no currency preference: scope decides (the EUR segment list starts at 10)',
      ALL,
      germanKey,
      '2026-03-01',
      5,
      'usd-key',
      8_500,
    ],
    [
      'the customer’s currency first, then the most specific',
      ALL,
      germanKeyEur,
      '2026-03-01',
      20,
      'eur-key',
      7_900,
    ],
    [
      'in the customer’s currency: a specific list not pricing the quantity falls through',
      ALL,
      germanKeyEur,
      '2026-03-01',
      5,
      'eur-de',
      9_200,
    ],
    [
      'the customer’s currency beats a more specific list in another currency',
      [usdGermany, eurDefault],
      germanEur,
      '2026-03-01',
      1,
      'eur-default',
      9_500,
    ],
    [
      'the highest break not above the quantity',
      [eurGermany],
      germanEur,
      '2026-03-01',
      499,
      'eur-de',
      8_800,
    ],
    [
      'the highest break at exactly its minimum',
      [eurGermany],
      germanEur,
      '2026-03-01',
      500,
      'eur-de',
      8_000,
    ],
    [
      'no list in the customer’s currency: the best other one',
      ALL,
      brazilian,
      '2026-03-01',
      1,
      'eur-default',
      9_500,
    ],
    [
      'customer currency USD among EUR and USD defaults',
      [eurDefault, usdDefault],
      japaneseUsd,
      '2026-03-01',
      1,
      'usd-default',
      10_000,
    ],
    [
      'an expired list is ignored',
      [usdDefault, expired],
      germanKey,
      '2026-03-01',
      1,
      'usd-default',
      10_000,
    ],
    ['a list is valid on its last day', [expired], germanKey, '2025-12-31', 1, 'expired', 1],
    [
      'a list not yet valid is ignored',
      [usdDefault, future],
      german,
      '2026-06-30',
      1,
      'usd-default',
      10_000,
    ],
    [
      'a list is valid from its first day',
      [usdDefault, future],
      german,
      '2026-07-01',
      1,
      'future',
      2,
    ],
    ['before every list: no price', [usdDefault], german, '2025-12-31', 1, null, null],
    [
      'two default lists: the newer one wins',
      [usdDefault2025, usdDefault],
      german,
      '2026-03-01',
      1,
      'usd-default',
      10_000,
    ],
    [
      'two default lists, one not yet valid: the one in force',
      [usdDefault2025, usdDefault],
      german,
      '2025-12-01',
      1,
      'usd-default-2025',
      11_000,
    ],
    [
      'no customer: only default lists',
      [usdGermany, usdKeyAccounts, usdDefault],
      null,
      '2026-03-01',
      1,
      'usd-default',
      10_000,
    ],
    ['no lists: no price', [], german, '2026-03-01', 1, null, null],
  ])('%s', (_case, lists, customer, date, quantity, listId, price) => {
    const got = resolvePrice(lists, customer, date, quantity);
    expect(got?.list.id ?? null).toBe(listId);
    expect(got?.unitPriceMinor ?? null).toBe(price);
    // The order lists come in never changes the answer.
    expect(resolvePrice([...lists].reverse(), customer, date, quantity)?.list.id ?? null).toBe(
      listId,
    );
  });

  it('answers the scope, currency and break it used', () => {
    expect(resolvePrice(ALL, germanKeyEur, '2026-03-01', 20)).toMatchObject({
      scope: 'segment',
      currency: 'EUR',
      minQuantity: 10,
      unitPriceMinor: 7_900,
    });
    expect(resolvePrice([eurGermany], german, '2026-03-01', 60)).toMatchObject({
      scope: 'country',
      minQuantity: 50,
    });
  });

  it('breaks ties between equal lists by name, then id', () => {
    const a = list('b-id', { name: 'A list', breaks: [{ minQuantity: 1, unitPriceMinor: 1 }] });
    const b = list('a-id', { name: 'B list', breaks: [{ minQuantity: 1, unitPriceMinor: 2 }] });
    expect(resolvePrice([b, a], german, '2026-03-01', 1)?.list.id).toBe('b-id');
    const c = list('c-id', { name: 'A list', breaks: [{ minQuantity: 1, unitPriceMinor: 3 }] });
    expect(resolvePrice([c, a], german, '2026-03-01', 1)?.list.id).toBe('b-id');
  });

  it.each([
    [[], 5, null],
    [[{ minQuantity: 10, unitPriceMinor: 1 }], 5, null],
    [
      [
        { minQuantity: 10, unitPriceMinor: 1 },
        { minQuantity: 1, unitPriceMinor: 2 },
      ],
      5,
      1,
    ],
    [
      [
        { minQuantity: 10, unitPriceMinor: 1 },
        { minQuantity: 1, unitPriceMinor: 2 },
      ],
      10,
      10,
    ],
  ])('breakFor(%j, %d) → minimum %j', (breaks, quantity, min) => {
    expect(breakFor(breaks, quantity)?.minQuantity ?? null).toBe(min);
  });
});
