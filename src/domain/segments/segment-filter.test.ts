import { describe, expect, it } from 'vitest';
import { validateFilter } from './segment-filter.ts';

const custom = [
  { key: 'annual_volume', type: 'number' as const, options: [] },
  { key: 'fair', type: 'select' as const, options: ['Canton Fair', 'Hannover Messe'] },
  { key: 'next_audit', type: 'date' as const, options: [] },
];
const one = (condition: unknown) => ({ match: 'all', conditions: [condition] });

describe('segment filter validation', () => {
  it.each([
    ['countries, upper-cased', { field: 'country', op: 'in', value: ['de', 'AT'] }],
    ['a stage', { field: 'stage', op: 'is', value: 'customer' }],
    ['text contains', { field: 'industry', op: 'contains', value: ' machin ' }],
    ['tags', { field: 'tags', op: 'has_all', value: ['vip', 'vip', 'oem'] }],
    ['a health range', { field: 'healthScore', op: 'between', value: [20, 60] }],
    ['silence', { field: 'lastTouchAt', op: 'older_than_days', value: 90 }],
    ['a custom number', { field: 'custom.annual_volume', op: 'gte', value: 10000 }],
    ['a custom select', { field: 'custom.fair', op: 'in', value: ['Canton Fair'] }],
    ['a custom date', { field: 'custom.next_audit', op: 'before', value: '2027-03-01' }],
    ['emptiness', { field: 'region', op: 'is_empty' }],
  ])('accepts %s', (_, condition) => {
    const { filter, errors } = validateFilter(one(condition), custom);
    expect(errors).toEqual([]);
    expect(filter?.conditions).toHaveLength(1);
  });

  it('normalises values', () => {
    const { filter } = validateFilter(
      {
        match: 'any',
        conditions: [
          { field: 'country', op: 'in', value: ['de', 'AT', 'DE'] },
          { field: 'tags', op: 'has_any', value: ['vip', 'vip'] },
          { field: 'industry', op: 'contains', value: ' machin ' },
        ],
      },
      custom,
    );
    expect(filter).toEqual({
      match: 'any',
      conditions: [
        { field: 'country', op: 'in', value: ['DE', 'AT'] },
        { field: 'tags', op: 'has_any', value: ['vip'] },
        { field: 'industry', op: 'contains', value: 'machin' },
      ],
    });
  });

  it.each([
    [
      'a bad country',
      { field: 'country', op: 'is', value: 'XX' },
      '/filter/conditions/0/value',
      'ISO 3166-1',
    ],
    [
      'an unknown field',
      { field: 'revenue_2019', op: 'gt', value: 1 },
      '/filter/conditions/0/field',
      'unknown field "revenue_2019"',
    ],
    [
      'an unknown custom field',
      { field: 'custom.nope', op: 'is', value: 'x' },
      '/filter/conditions/0/field',
      'unknown field',
    ],
    [
      'an operator the field does not take',
      { field: 'stage', op: 'gt', value: 'lead' },
      '/filter/conditions/0/op',
      'must be one of: is, is_not',
    ],
    [
      'a stage that does not exist',
      { field: 'stage', op: 'is', value: 'won' },
      '/filter/conditions/0/value',
      'must be one of: lead',
    ],
    [
      'text for a number',
      { field: 'healthScore', op: 'gt', value: 'high' },
      '/filter/conditions/0/value',
      'must be a number',
    ],
    [
      'reversed bounds',
      { field: 'healthScore', op: 'between', value: [80, 20] },
      '/filter/conditions/0/value',
      'first bound',
    ],
    [
      'an empty list',
      { field: 'tier', op: 'in', value: [] },
      '/filter/conditions/0/value',
      'list of 1 to 500',
    ],
    [
      'a bad date',
      { field: 'createdAt', op: 'after', value: '2026-02-30' },
      '/filter/conditions/0/value',
      'YYYY-MM-DD',
    ],
    [
      'negative days',
      { field: 'lastTouchAt', op: 'within_days', value: -3 },
      '/filter/conditions/0/value',
      'whole number of days',
    ],
  ])('rejects %s with the path and reason', (_, condition, path, message) => {
    const { filter, errors } = validateFilter(one(condition), custom);
    expect(filter).toBeNull();
    expect(errors[0]?.path).toBe(path);
    expect(errors[0]?.message).toContain(message);
  });

  it('checks groups: match, nesting depth and size', () => {
    expect(validateFilter({ match: 'both', conditions: [] }, []).errors[0]).toEqual({
      path: '/filter/match',
      code: 'one_of',
      message: 'must be one of: all, any',
      params: { values: ['all', 'any'] },
    });
    expect(validateFilter('country = DE', []).errors[0]?.path).toBe('/filter');
    let deep: unknown = { match: 'all', conditions: [] };
    for (let i = 0; i < 5; i++) deep = { match: 'all', conditions: [deep] };
    expect(validateFilter(deep, []).errors[0]?.message).toContain('nest at most 4');
    const many = {
      match: 'any',
      conditions: Array.from({ length: 51 }, () => ({ field: 'tier', op: 'is', value: 'A' })),
    };
    expect(validateFilter(many, []).errors[0]?.message).toContain('at most 50 conditions');
    const nested = validateFilter(
      { match: 'all', conditions: [{ match: 'any', conditions: [{ field: 'x', op: 'is' }] }] },
      [],
    );
    expect(nested.errors[0]?.path).toBe('/filter/conditions/0/conditions/0/field');
  });
});
