import { describe, expect, it } from 'vitest';
import {
  checkBreaks,
  checkLocalised,
  hsCodeFromText,
  isHsCode,
  nameIn,
  normaliseSku,
  productSearchText,
} from './product.ts';

describe('product fields', () => {
  it.each([
    ['841370', true],
    ['8413701000', true],
    ['84137', false],
    ['84137010001', false],
    ['8413.70', false],
    ['8413A0', false],
    ['', false],
  ])('isHsCode(%j) → %s', (code, ok) => {
    expect(isHsCode(code)).toBe(ok);
  });

  it.each([
    ['8413.70', '841370'],
    ['8413 70 10', '84137010'],
    ['８４１３７０', '841370'],
    ['8413.70.10.00', '8413701000'],
    ['HS8413', null],
    ['8413', null],
    ['8413-70', null],
  ])('hsCodeFromText(%j) → %j', (text, code) => {
    expect(hsCodeFromText(text)).toBe(code);
  });

  it('normalises a SKU from a Chinese sheet', () => {
    expect(normaliseSku('  ＡＢ－１００ ')).toBe('AB-100');
    expect(normaliseSku('ab-100')).toBe('ab-100');
  });

  it('canonicalises language tags, drops empty names and requires one', () => {
    expect(
      checkLocalised({ 'zh-cn': ' 离心泵 ', EN: 'Pump', de: '' }, '/names', {
        max: 10,
        required: true,
      }),
    ).toEqual({
      value: { 'zh-CN': '离心泵', en: 'Pump' },
      errors: [],
    });
    expect(checkLocalised({ en: ' ' }, '/names', { max: 10, required: true }).errors).toMatchObject(
      [{ path: '/names', code: 'product_name' }],
    );
    expect(checkLocalised({}, '/descriptions', { max: 10 }).errors).toEqual([]);
    expect(
      checkLocalised({ 'not a tag!': 'x', en: 'x'.repeat(11) }, '/names', { max: 10 }).errors,
    ).toMatchObject([
      { path: '/names/not a tag!', code: 'language' },
      { path: '/names/en', code: 'max_length', params: { limit: 10 } },
    ]);
  });

  it('refuses a minimum quantity listed twice', () => {
    const breaks = [
      { minQuantity: 1, unitPriceMinor: 100 },
      { minQuantity: 50, unitPriceMinor: 90 },
      { minQuantity: 1, unitPriceMinor: 80 },
    ];
    expect(checkBreaks(breaks, '/items/0/breaks')).toMatchObject([
      { path: '/items/0/breaks/2/minQuantity', code: 'break_twice', params: { quantity: 1 } },
    ]);
    expect(checkBreaks(breaks.slice(0, 2), '/breaks')).toEqual([]);
  });

  it('searches SKU and every name, folded', () => {
    const text = productSearchText('VP-200', { en: 'Valve', 'zh-CN': '闸阀', de: 'Schieber' });
    expect(text).toContain('vp-200');
    expect(text).toContain('闸阀');
    expect(text).toContain('schieber');
  });

  it.each([
    ['de', 'Kreiselpumpe'],
    ['de-AT', 'Kreiselpumpe'],
    ['zh-CN', '离心泵'],
    ['zh', '离心泵'],
    ['fr', 'Centrifugal pump'],
  ])('nameIn(%s)', (lang, name) => {
    expect(nameIn({ en: 'Centrifugal pump', 'zh-CN': '离心泵', de: 'Kreiselpumpe' }, lang)).toBe(
      name,
    );
  });
});
