import { describe, expect, it } from 'vitest';
import { chooseQuoteLanguage } from './quote-language.ts';
import {
  effectiveStatus,
  expiryInstant,
  incotermProblems,
  lineProblems,
  paymentProblems,
  renderNumber,
  revisionIndex,
  revisionLetter,
  sequenceKey,
  validityProblems,
} from './quote-rules.ts';

const codes = (errors: { path: string; code: string }[]) =>
  errors.map((e) => `${e.path} ${e.code}`);

describe('quote rules', () => {
  it.each([
    [{ rule: 'FOB', place: 'Shanghai' }, []],
    [{ rule: 'FOB', place: ' ' }, ['/incoterm/place incoterm_port']],
    [{ rule: 'CIF' }, ['/incoterm/place incoterm_port']],
    [{ rule: 'EXW' }, []],
    [{ rule: 'DAP', place: 'Riyadh' }, []],
    [{ rule: 'FOBB', place: 'Ningbo' }, ['/incoterm/rule one_of']],
  ])('Incoterm %j → %j', (incoterm, want) => {
    expect(codes(incotermProblems(incoterm))).toEqual(want);
  });

  it.each([
    [{ description: 'Pump', quantity: 1 }, []],
    [{ description: 'Pump', quantity: 1.125 }, []],
    [{ description: 'Pump', quantity: 1.1255 }, ['/l/quantity quantity']],
    [{ description: 'Pump', quantity: -2 }, ['/l/quantity quantity']],
    [{ description: 'Pump', quantity: 0 }, ['/l/quantity quantity']],
    [{ quantity: 1 }, ['/l/description quote_line_source']],
    [{ productId: 'p1', quantity: 1 }, []],
    [{ description: 'x', quantity: 1, hsCode: '8504.40' }, ['/l/hsCode hs_code']],
    [{ description: 'x', quantity: 1, hsCode: '85044O90' }, ['/l/hsCode hs_code']],
    [{ description: 'x', quantity: 1, hsCode: '85044' }, ['/l/hsCode hs_code']],
    [{ description: 'x', quantity: 1, hsCode: '8504409000' }, []],
    [
      { description: 'x', quantity: 1, discountPercent: 100.5 },
      ['/l/discountPercent discount_percent'],
    ],
    [
      { description: 'x', quantity: 1, discountPercent: 12.345 },
      ['/l/discountPercent discount_percent'],
    ],
  ])('line %j → %j', (line, want) => {
    expect(codes(lineProblems(line, '/l'))).toEqual(want);
  });

  it.each([
    [
      [
        { percent: 30, event: 'on_order' },
        { percent: 70, event: 'against_bl_copy' },
      ],
      [],
    ],
    [[{ percent: 100, event: 'lc_usance', days: 90 }], []],
    [[{ percent: 100, event: 'lc_usance' }], ['/paymentTerms/0/days payment_days']],
    [[{ percent: 100, event: 'on_order', days: 5 }], ['/paymentTerms/0/days payment_no_days']],
    [
      [
        { percent: 30, event: 'on_order' },
        { percent: 60, event: 'dp' },
      ],
      ['/paymentTerms payment_terms_total'],
    ],
    [
      [
        { percent: 33.33, event: 'on_order' },
        { percent: 33.33, event: 'before_shipment' },
        { percent: 33.34, event: 'open_account', days: 30 },
      ],
      [],
    ],
    [[{ percent: 100, event: 'cash' }], ['/paymentTerms/0/event one_of']],
  ])('payment terms %j → %j', (terms, want) => {
    expect(codes(paymentProblems(terms as never))).toEqual(want);
  });

  it('refuses a validity date before the quote date', () => {
    expect(codes(validityProblems('2026-03-05', '2026-03-04'))).toEqual([
      '/validUntil validity_before_date',
    ]);
    expect(validityProblems('2026-03-05', '2026-03-05')).toEqual([]);
  });

  it.each([
    [0, 'A'],
    [1, 'B'],
    [25, 'Z'],
    [26, 'AA'],
    [27, 'AB'],
  ])('revision %d is %s and back', (i, letter) => {
    expect(revisionLetter(i)).toBe(letter);
    expect(revisionIndex(letter)).toBe(i);
  });

  it('numbers by pattern, counting per year (or per month) through the sequence key', () => {
    expect(renderNumber('Q-{yyyy}-{seq}', '2026-03-05', 7)).toBe('Q-2026-0007');
    expect(renderNumber('PI{yy}{mm}-{seq}', '2026-03-05', 12345)).toBe('PI2603-12345');
    expect(sequenceKey('Q-{yyyy}-{seq}', '2026-03-05')).toBe('Q-2026-');
    expect(sequenceKey('Q-{yyyy}-{seq}', '2027-01-01')).toBe('Q-2027-');
  });

  it.each([
    ['2026-03-31', 'Asia/Riyadh', '2026-03-31T21:00:00.000Z'],
    ['2026-03-31', 'America/Sao_Paulo', '2026-04-01T03:00:00.000Z'],
    ['2026-03-28', 'Europe/Berlin', '2026-03-28T23:00:00.000Z'],
    ['2026-03-29', 'Europe/Berlin', '2026-03-29T22:00:00.000Z'],
    ['2026-12-31', 'Pacific/Auckland', '2026-12-31T11:00:00.000Z'],
  ])('a quote valid until %s in %s expires at %s', (date, zone, want) => {
    expect(expiryInstant(date, zone)).toBe(want);
  });

  it('shows a sent quote past its expiry as expired', () => {
    const at = '2026-03-31T21:00:00.000Z';
    expect(effectiveStatus('sent', at, new Date('2026-03-31T20:59:59Z'))).toBe('sent');
    expect(effectiveStatus('sent', at, new Date('2026-03-31T21:00:00Z'))).toBe('expired');
    expect(effectiveStatus('accepted', at, new Date('2027-01-01'))).toBe('accepted');
  });

  it.each([
    [{ contactLanguage: 'pt-BR', country: 'BR' }, 'pt-BR'],
    [{ contactLanguage: null, country: 'BR' }, 'pt-BR'],
    [{ contactLanguage: 'de', country: 'DE' }, 'de-DE'],
    [{ contactLanguage: 'ar', country: 'SA' }, 'ar-SA'],
    [{ contactLanguage: 'ar', country: 'AE' }, 'ar-AE'],
    [{ contactLanguage: 'kk', country: 'KZ' }, 'ru-KZ'],
    [{ contactLanguage: 'zh', country: 'SG' }, 'zh-CN'],
    [{ contactLanguage: 'it', country: 'IT' }, 'en'],
    [{ contactLanguage: 'en', country: 'DE' }, 'en'],
    [{ contactLanguage: null, country: 'NG' }, 'en-NG'],
    [{ contactLanguage: 'en-US', country: 'US' }, 'en-US'],
  ])('writes to %j in %s', (who, want) => {
    expect(chooseQuoteLanguage(who)).toBe(want);
  });
});
