import { describe, expect, it } from 'vitest';
import { FIELD_ERRORS, fieldError, fieldErrorMessage } from './field-errors.ts';

describe('field-error catalogue', () => {
  it.each([
    [fieldError('/name', 'required'), { path: '/name', code: 'required', message: 'is required' }],
    [
      fieldError('/stage', 'one_of', { values: ['lead', 'prospect'] }),
      {
        path: '/stage',
        code: 'one_of',
        message: 'must be one of: lead, prospect',
        params: { values: ['lead', 'prospect'] },
      },
    ],
    [
      fieldError('/name', 'min_length', { limit: 1 }),
      {
        path: '/name',
        code: 'min_length',
        message: 'must NOT have fewer than 1 characters',
        params: { limit: 1 },
      },
    ],
    [
      fieldError('/country', 'country', { value: 'XX' }),
      {
        path: '/country',
        code: 'country',
        message: '"XX" is not an ISO 3166-1 alpha-2 country code',
        params: { value: 'XX' },
      },
    ],
    [
      fieldError('/customerId', 'not_in_scope', { entity: 'customer' }),
      {
        path: '/customerId',
        code: 'not_in_scope',
        message: 'no customer with this id in your scope',
        params: { entity: 'customer' },
      },
    ],
    [
      fieldError('/region', 'region', { value: 'ZZ', country: 'DE' }),
      {
        path: '/region',
        code: 'region',
        message: '"ZZ" is not a region of DE',
        params: { value: 'ZZ', country: 'DE' },
      },
    ],
  ])('%j', (made, expected) => {
    expect(made).toEqual(expected);
  });

  it('keeps braces that are not placeholders', () => {
    expect(fieldError('/filter', 'filter_group').message).toBe(
      'must be a group: { match, conditions }',
    );
  });

  it('leaves a placeholder it has no value for visible rather than blank', () => {
    expect(fieldErrorMessage('no_such')).toBe('no {entity} with this id');
  });

  it('names codes in snake_case and never leaves a template empty', () => {
    for (const [code, template] of Object.entries(FIELD_ERRORS)) {
      expect(code).toMatch(/^[a-z]+(_[a-z0-9]+)*$/);
      expect(template.length).toBeGreaterThan(0);
    }
  });
});
