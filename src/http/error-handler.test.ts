import { describe, expect, it } from 'vitest';
import { fieldErrors } from './error-handler.ts';

const issue = (keyword: string, params: Record<string, unknown>, instancePath = '/x') => ({
  keyword,
  params,
  instancePath,
  message: `ajv says ${keyword}`,
});

describe('JSON-schema failures as coded field errors', () => {
  it.each([
    [issue('required', { missingProperty: 'name' }, ''), '/name', 'required', undefined],
    [
      issue('additionalProperties', { additionalProperty: 'colour' }, ''),
      '/colour',
      'unknown_field',
      undefined,
    ],
    [issue('enum', { allowedValues: ['a', 'b'] }), '/x', 'one_of', { values: ['a', 'b'] }],
    [issue('format', { format: 'email' }), '/x', 'email', undefined],
    [issue('format', { format: 'date' }), '/x', 'invalid_date', undefined],
    [issue('format', { format: 'date-time' }), '/x', 'format', { format: 'date-time' }],
    [issue('maxLength', { limit: 200 }), '/x', 'max_length', { limit: 200 }],
    [issue('minimum', { limit: 0, comparison: '>=' }), '/x', 'minimum', { limit: 0 }],
    [issue('type', { type: 'integer' }), '/x', 'type', { type: 'integer' }],
  ])('%j → %s %s', (i, path, code, params) => {
    const [e] = fieldErrors([i], 'body');
    expect(e).toMatchObject({ path, code });
    expect(e?.params).toEqual(params);
  });

  it('says a union of literals once, with its values, and prefixes the querystring', () => {
    const errors = fieldErrors(
      [
        issue('const', { allowedValue: 'open' }, '/status'),
        issue('const', { allowedValue: 'done' }, '/status'),
        issue('anyOf', {}, '/status'),
      ],
      'querystring',
    );
    expect(errors[0]).toEqual({
      path: '/querystring/status',
      code: 'one_of',
      message: 'must be one of: open, done',
      params: { values: ['open', 'done'] },
    });
  });

  it('keeps Ajv’s English under the generic code for keywords it has no code for', () => {
    expect(fieldErrors([issue('uniqueItems', { i: 1, j: 0 })], 'body')[0]).toEqual({
      path: '/x',
      code: 'invalid',
      message: 'ajv says uniqueItems',
    });
  });
});
