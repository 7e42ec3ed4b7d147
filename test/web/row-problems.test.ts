import type { TFunction } from 'i18next';
import { describe, expect, it } from 'vitest';
import { normaliseCustomerRow } from '../../src/domain/import/normalise-customer-row.ts';
import { normaliseOrderRow } from '../../src/domain/import/normalise-order-row.ts';
import { UNREADABLE_WORKBOOK } from '../../src/modules/imports/import-reader.ts';
import { ratesFromSheet } from '../../src/domain/value/rates-sheet.ts';
import { translateRowProblem } from '../../web/src/lib/row-problems.ts';
import { enImports } from '../../web/src/i18n/en.imports.ts';
import { zhCNImports } from '../../web/src/i18n/zh-CN.imports.ts';

// The web re-says the server's row problems in the reader's language. If a message changes on
// the server, this test names it, so a Chinese user never meets an untranslated one unnoticed.
const keyOf = ((key: string) => key) as unknown as TFunction;

const serverMessages = [
  ...normaliseCustomerRow({ name: '', country: 'Atlantis', email: 'x', website: 'not a site' })
    .problems,
  ...normaliseCustomerRow({ name: 'A'.repeat(201), country: '', stage: 'hot', tier: 'Z' }).problems,
  ...normaliseCustomerRow({
    name: 'X',
    country: 'DE',
    language: 'Elbisch',
    notes: 'x'.repeat(4001),
  }).problems,
  ...normaliseOrderRow({
    orderNumber: '',
    orderDate: '31.02.2026',
    currency: 'EURO',
    amount: 'lots',
    status: 'maybe',
    paidDate: 'soon',
  }).problems,
  ...normaliseOrderRow({ orderNumber: 'X', orderDate: '', currency: '', amount: '' }).problems,
  ...ratesFromSheet(
    ['currency', 'date', 'rate'],
    [
      { line: 2, cells: ['EURO', '2026-13-01', '-1'] },
      { line: 3, cells: ['USD', '2026-01-01', '1'] },
      { line: 4, cells: ['GBP', '2026-01-01', '1.3'] },
      { line: 5, cells: ['GBP', '2026-01-01', '1.31'] },
    ],
    'USD',
  ).problems,
].map((p) => p.message);
const fileMessages = ['the file is empty', UNREADABLE_WORKBOOK];

describe('row problems in the reader’s language', () => {
  it.each([...serverMessages, ...fileMessages])('knows the shape of %j', (message) => {
    expect(translateRowProblem(message, keyOf)).toMatch(/^imports\.problems\./);
  });

  it('has a Chinese sentence for every shape', () => {
    expect(Object.keys(zhCNImports.imports.problems).sort()).toEqual(
      Object.keys(enImports.imports.problems).sort(),
    );
  });

  it('passes an unknown message through unchanged', () => {
    expect(translateRowProblem('something new', keyOf)).toBe('something new');
  });
});
