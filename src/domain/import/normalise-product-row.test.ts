import { describe, expect, it } from 'vitest';
import { guessMapping } from './column-mapping.ts';
import {
  normaliseProductRow,
  parseDecimal,
  parseLeadTime,
  parseQuantity,
} from './normalise-product-row.ts';

describe('product sheets', () => {
  it('guesses the columns of a Chinese catalogue', () => {
    expect(
      guessMapping(
        [
          '型号',
          '品名',
          '英文品名',
          '海关编码',
          '单位',
          '单价(USD)',
          '最小起订量',
          '交期(天)',
          '毛重(kg)',
          '体积(m3)',
          '备注',
        ],
        'products',
      ),
    ).toEqual({
      型号: 'sku',
      品名: 'nameZh',
      英文品名: 'nameEn',
      海关编码: 'hsCode',
      单位: 'unit',
      '单价(USD)': 'unitPrice',
      最小起订量: 'moq',
      '交期(天)': 'leadTimeDays',
      '毛重(kg)': 'weightKg',
      '体积(m3)': 'volumeM3',
      备注: null,
    });
  });

  it('guesses the columns of an English price sheet', () => {
    expect(
      guessMapping(
        [
          'Item No.',
          'Product name',
          'Description',
          'HS Code',
          'UOM',
          'Qty break',
          'Unit price',
          'Currency',
          'MOQ (pcs)',
          'Lead time (days)',
        ],
        'products',
      ),
    ).toEqual({
      'Item No.': 'sku',
      'Product name': 'nameEn',
      Description: 'descriptionEn',
      'HS Code': 'hsCode',
      UOM: 'unit',
      'Qty break': 'minQuantity',
      'Unit price': 'unitPrice',
      Currency: 'currency',
      'MOQ (pcs)': 'moq',
      'Lead time (days)': 'leadTimeDays',
    });
  });

  it.each([
    ['48.5', 48.5],
    ['48,5', 48.5],
    ['1,250', 1250],
    ['1,250.5 kg', 1250.5],
    ['1.250,5', 1250.5],
    ['0.12 m³', 0.12],
    ['０.５', 0.5],
    ['-3', null],
    ['abc', null],
  ])('reads the decimal %j as %j', (text, n) => expect(parseDecimal(text)).toBe(n));

  it.each([
    ['500', 500],
    ['1,000', 1000],
    ['500 pcs', 500],
    ['500个', 500],
    ['10.00', 10],
    ['0', null],
    ['2.5', null],
    ['many', null],
  ])('reads the quantity %j as %j', (text, n) => expect(parseQuantity(text)).toBe(n));

  it.each([
    ['30', 30],
    ['30 days', 30],
    ['30天', 30],
    ['4 weeks', 28],
    ['4周', 28],
    ['2个月', 60],
    ['25-30 days', 30],
    ['soon', null],
  ])('reads the lead time %j as %j days', (text, n) => expect(parseLeadTime(text)).toBe(n));

  it('reads a full row with its price in the list currency', () => {
    const { row, problems } = normaliseProductRow(
      {
        sku: ' ＣＰ－１００ ',
        nameZh: '离心泵',
        nameEn: 'Centrifugal pump',
        unit: '台',
        hsCode: '8413.70',
        moq: '10',
        leadTimeDays: '30天',
        weightKg: '48,5',
        unitPrice: '$1,250.00',
        currency: 'usd',
        minQuantity: '',
        active: '在售',
      },
      { priceCurrency: 'USD' },
    );
    expect(problems).toEqual([]);
    expect(row).toEqual({
      sku: 'CP-100',
      product: {
        names: { zh: '离心泵', en: 'Centrifugal pump' },
        descriptions: {},
        unit: 'set',
        hsCode: '841370',
        moq: 10,
        leadTimeDays: 30,
        weightKg: 48.5,
        active: true,
      },
      price: { minQuantity: 1, unitPriceMinor: 125_000 },
    });
  });

  it('names every cell it cannot read', () => {
    const { row, problems } = normaliseProductRow(
      {
        sku: '',
        unit: 'dozen',
        hsCode: 'HS8413',
        moq: 'lots',
        unitPrice: 'call us',
        currency: 'EUR',
        minQuantity: '0',
      },
      { priceCurrency: 'USD' },
    );
    expect(row).toBeNull();
    expect(problems.map((p) => [p.field, p.code])).toEqual([
      ['sku', 'empty'],
      ['unit', 'unknown_unit'],
      ['hsCode', 'hs_code'],
      ['moq', 'not_quantity'],
      ['currency', 'price_list_currency'],
      ['unitPrice', 'not_amount'],
      ['minQuantity', 'not_quantity'],
    ]);
  });

  it('leaves the price alone without a price list, and empty cells out', () => {
    const { row } = normaliseProductRow(
      { sku: 'A-1', unitPrice: '12', nameEn: '' },
      { priceCurrency: null },
    );
    expect(row).toEqual({ sku: 'A-1', product: { names: {}, descriptions: {} }, price: null });
  });
});
