import { describe, expect, it } from 'vitest';
import { domainOf } from '../web-address.ts';
import { cleanText, normaliseCustomerRow } from './normalise-customer-row.ts';

describe('normalising an imported customer row', () => {
  it('turns a messy German row into clean values and match keys', () => {
    const { row, problems } = normaliseCustomerRow({
      name: '  Müller   Maschinenbau GmbH ',
      country: 'Deutschland',
      website: 'https://www.mueller-maschinenbau.de/kontakt',
      contactName: 'Hans Müller',
      email: 'H.Mueller@Mueller-Maschinenbau.de',
      phone: '0711 1234567',
      tier: 'Tier A',
      tags: 'Hannover Messe, OEM；oem',
    });
    expect(problems).toEqual([]);
    expect(row?.customer).toMatchObject({
      name: 'Müller Maschinenbau GmbH',
      country: 'DE',
      domain: 'mueller-maschinenbau.de',
      tier: 'A',
      tags: ['hannover messe', 'oem'],
    });
    expect(row?.contact).toMatchObject({
      firstName: 'Hans',
      lastName: 'Müller',
      email: 'h.mueller@mueller-maschinenbau.de',
      phone: '+497111234567',
    });
    expect(row?.keys).toEqual({
      domain: 'mueller-maschinenbau.de',
      email: 'h.mueller@mueller-maschinenbau.de',
      phone: '+497111234567',
      name: `DE:${row?.keys.name.slice(3)}`,
    });
    expect(row?.keys.name).not.toContain('gmbh');
  });

  it.each([
    ['德国', 'DE'],
    ['DEU', 'DE'],
    ['Brasil', 'BR'],
    ['Казахстан', 'KZ'],
    ['المملكة العربية السعودية', 'SA'],
  ])('reads the country %s as %s', (country, code) => {
    expect(normaliseCustomerRow({ name: 'X Co', country }).row?.customer.country).toBe(code);
  });

  it('parses phones against the row’s country (a Brazilian mobile)', () => {
    const { row } = normaliseCustomerRow({
      name: 'Ferragens Silva Ltda',
      country: 'BR',
      phone: '11 91234-5678',
    });
    expect(row?.keys.phone).toBe('+5511912345678');
  });

  it('takes the domain from a company email, never from free mail', () => {
    expect(
      normaliseCustomerRow({ name: 'A', country: 'VN', email: 'sales@vinasteel.com.vn' }).row?.keys
        .domain,
    ).toBe('vinasteel.com.vn');
    expect(
      normaliseCustomerRow({ name: 'B', country: 'CN', email: 'buyer88@qq.com' }).row?.keys.domain,
    ).toBeNull();
  });

  it('reads Chinese stage words and uses defaults for missing country and source', () => {
    const { row } = normaliseCustomerRow(
      { name: 'Almaty Trade LLP', stage: '意向客户' },
      { country: 'KZ', source: 'trade show: Canton Fair 2026', tags: ['canton-2026'] },
    );
    expect(row?.customer).toMatchObject({
      country: 'KZ',
      stage: 'prospect',
      source: 'trade show: Canton Fair 2026',
      tags: ['canton-2026'],
    });
  });

  it.each([
    [{ country: 'DE' }, 'name', 'empty', 'is empty'],
    [
      { name: 'X', country: 'Atlantis' },
      'country',
      'unknown_country',
      '"Atlantis" is not a country',
    ],
    [{ name: 'X' }, 'country', 'empty', 'is empty'],
    [{ name: 'X', country: 'DE', email: 'not-an-email' }, 'email', 'not_email', 'not an email'],
    [{ name: 'X', country: 'DE', phone: '12' }, 'phone', 'phone', 'phone number'],
    [{ name: 'X', country: 'DE', phone: 'call me' }, 'phone', 'not_phone_for', 'phone number'],
    [{ name: 'X', country: 'DE', tier: 'Gold' }, 'tier', 'one_of', 'A, B, C'],
    [{ name: 'X', country: 'DE', stage: 'won' }, 'stage', 'one_of', 'must be one of'],
    [{ name: 'X', country: 'DE', website: 'n/a' }, 'website', 'not_web_address', 'web address'],
    [
      { name: 'X', country: 'DE', language: 'Elbisch' },
      'language',
      'unknown_language',
      '"Elbisch" is not a language',
    ],
    [
      { name: 'X', country: 'DE', notes: 'x'.repeat(4001) },
      'notes',
      'too_long',
      'longer than 4000',
    ],
  ])('rejects %j: %s %s', (raw, field, code, message) => {
    const { row, problems } = normaliseCustomerRow(raw);
    expect(row).toBeNull();
    // The code is what the web translates; the English stays for logs and the errors file.
    expect(problems).toContainEqual(
      expect.objectContaining({ field, code, message: expect.stringContaining(message) }),
    );
  });
});

describe('a row’s language and notes', () => {
  it('reads the language as a name or a code, for the contact and the customer', () => {
    const { row, problems } = normaliseCustomerRow({
      name: 'Schmidt AG',
      country: 'DE',
      contactName: 'Eva Schmidt',
      language: '德语 / English',
    });
    expect(problems).toEqual([]);
    expect(row?.customer.languages).toEqual(['de', 'en']);
    expect(row?.contact?.language).toBe('de');
  });

  it('keeps a note’s lines and drops blank ones at the ends', () => {
    const { row } = normaliseCustomerRow({
      name: 'X',
      country: 'DE',
      notes: '  Met at booth  B12 \r\n\r\n\r\nwants  samples\n ',
    });
    expect(row?.notes).toBe('Met at booth B12\n\nwants samples');
    expect(normaliseCustomerRow({ name: 'X', country: 'DE', notes: '  ' }).row?.notes).toBeNull();
  });
});

describe('text and domain helpers', () => {
  it.each([
    ['  a\u00a0 b  ', 'a b'],
    ['Mu\u0308ller', 'Müller'],
    ['   ', null],
  ])('cleans %j', (input, out) => expect(cleanText(input)).toBe(out));

  it.each([
    ['http://WWW.Example.COM/path?q=1', 'example.com'],
    ['www2.example.co.uk', 'example.co.uk'],
    ['info@händler.de', 'händler.de'],
    ['not a site', null],
  ])('domain of %s', (input, out) => expect(domainOf(input)).toBe(out));
});
