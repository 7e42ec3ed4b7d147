import { describe, expect, it } from 'vitest';
import { formatDate, formatMoney } from './merge-fields.ts';
import { checkMessage, renderMessage } from './render.ts';

const values = {
  customerName: 'Müller Maschinenbau GmbH',
  contactFirstName: 'Anna',
  contactLastName: 'Müller',
  contactFullName: 'Anna Müller',
  contactGender: 'female',
  senderName: 'Li Wei',
};

describe('rendering ICU templates with merge fields', () => {
  it.each([
    [
      'de',
      '{contactGender, select, female {Sehr geehrte Frau {contactLastName}} male {Sehr geehrter Herr {contactLastName}} other {Guten Tag {contactFullName}}},',
      'Sehr geehrte Frau Müller,',
    ],
    ['ja', '{customerName}\n{contactLastName}様', 'Müller Maschinenbau GmbH\nMüller様'],
    [
      'en',
      'Dear {contactFirstName}, best regards, {senderName}',
      'Dear Anna, best regards, Li Wei',
    ],
  ])('%s: %s', (locale, message, text) => {
    expect(renderMessage(message, locale, values, '/variants/x/body')).toEqual({ text });
  });

  it('formats plurals by the recipient’s locale rules', () => {
    const m = 'Das Angebot hat {quoteLineCount, plural, one {# Position} other {# Positionen}}.';
    expect(renderMessage(m, 'de', { quoteLineCount: 1 }, '/b')).toEqual({
      text: 'Das Angebot hat 1 Position.',
    });
    expect(renderMessage(m, 'de', { quoteLineCount: 12 }, '/b')).toEqual({
      text: 'Das Angebot hat 12 Positionen.',
    });
  });

  it('names a missing merge value and its record field, never a blank', () => {
    const out = renderMessage(
      'Sehr geehrte Frau {contactLastName}, {dealTitle}',
      'de',
      { ...values, contactLastName: null },
      '/variants/de/body',
    );
    expect(out).toEqual({
      problems: [
        {
          path: '/variants/de/body',
          code: 'template_merge_value_missing',
          params: { field: 'contactLastName', source: 'contact.lastName' },
        },
        {
          path: '/variants/de/body',
          code: 'template_merge_value_missing',
          params: { field: 'dealTitle', source: 'deal.title' },
        },
      ],
    });
  });

  it('needs only what the selected branch names', () => {
    const m =
      '{contactGender, select, female {Sehr geehrte Frau {contactLastName}} other {Guten Tag {contactFullName}}}';
    const other = { contactGender: 'other', contactFullName: 'Luis Pérez' };
    expect(renderMessage(m, 'de', other, '/b')).toEqual({ text: 'Guten Tag Luis Pérez' });
  });

  it('finds fields inside plural and select branches', () => {
    const out = renderMessage(
      '{contactGender, select, female {Frau {contactLastName}} other {{contactFullName}}}',
      'de',
      { contactGender: 'female', contactFullName: 'A' },
      '/b',
    );
    expect('problems' in out && out.problems.map((p) => p.params.field)).toEqual([
      'contactLastName',
    ]);
  });

  it.each([
    ['Dear {contactFirstName', 'template_icu_syntax', { line: 1, column: 6 }],
    ['Hallo {n, plural, one {x}', 'template_icu_syntax', { line: 1 }],
    ['Hi {firstName}', 'template_merge_field_unknown', { field: 'firstName' }],
    ['{contact.firstName}', 'template_icu_syntax', { line: 1 }],
  ])('rejects %j with %s', (message, code, params) => {
    const problems = checkMessage(message, 'en', '/variants/en/subject');
    expect(problems[0]).toMatchObject({ path: '/variants/en/subject', code, params });
  });

  it('accepts a well-formed template', () => {
    expect(checkMessage('Hello {contactFirstName}', 'en', '/b')).toEqual([]);
  });

  it.each([
    ['pt-BR', 123450, 'BRL', 'R$\u00a01.234,50'],
    ['de-DE', 123450, 'EUR', '1.234,50\u00a0€'],
    ['ja-JP', 123450, 'JPY', '￥123,450'],
    ['en', 99, 'USD', '$0.99'],
  ])('money in %s: %i %s → %s', (locale, minor, currency, text) => {
    expect(formatMoney(locale, minor, currency)).toBe(text);
  });

  it.each([
    ['de-DE', '2026-12-28', '28. Dezember 2026'],
    ['ja-JP', '2026-12-28', '2026年12月28日'],
    ['en', '2026-12-28', 'December 28, 2026'],
  ])('date in %s', (locale, date, text) => {
    expect(formatDate(locale, date)).toBe(text);
  });
});
