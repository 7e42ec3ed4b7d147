import { describe, expect, it } from 'vitest';
import {
  defaultCurrency,
  defaultTimeZone,
  isCountryCode,
  isCurrency,
  isTimeZone,
} from './countries.ts';
import { validateCustomValues, isIsoDate } from './custom-fields.ts';
import { formatInternational, toE164 } from './phones.ts';
import {
  canSeeOwner,
  ownerVisibility,
  requireCommercial,
  ticketReach,
  type Scope,
} from './scope.ts';
import { domainOf } from './web-address.ts';

describe('phones: parsed as dialled in the customer country', () => {
  it.each([
    ['11 91234-5678', 'BR', '+5511912345678'],
    ['030 123456', 'DE', '+4930123456'],
    ['0171 2345678', 'DE', '+491712345678'],
    ['050 123 4567', 'SA', '+966501234567'],
    ['050 123 4567', 'AE', '+971501234567'],
    ['8 701 234 5678', 'KZ', '+77012345678'],
    ['0912 345 678', 'VN', '+84912345678'],
    ['090-1234-5678', 'JP', '+819012345678'],
    ['+86 138 0013 8000', 'DE', '+8613800138000'],
    ['(212) 555-0123', 'US', '+12125550123'],
    ['84 123 4567', 'MZ', '+258841234567'],
  ])('%s in %s → %s', (input, country, e164) => {
    expect(toE164(input, country)).toEqual({ ok: true, e164 });
  });

  it.each([
    ['123', 'BR'],
    ['hello', 'DE'],
    ['', 'DE'],
  ])('rejects %j in %s with a reason', (input, country) => {
    const r = toE164(input, country);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.message.length).toBeGreaterThan(3);
  });

  it('formats E.164 for people', () => {
    expect(formatInternational('+5511912345678')).toBe('+55 11 91234 5678');
  });
});

describe('countries', () => {
  it.each([
    ['DE', true],
    ['KG', true],
    ['XX', false],
    ['de', false],
    ['DEU', false],
  ])('isCountryCode(%s) = %s', (code, ok) => expect(isCountryCode(code)).toBe(ok));

  it.each([
    ['DE', 'Europe/Berlin'],
    ['CN', 'Asia/Shanghai'],
    ['KZ', 'Asia/Almaty'],
    ['VN', 'Asia/Ho_Chi_Minh'],
    ['SA', 'Asia/Riyadh'],
    ['US', null],
    ['BR', null],
    ['RU', null],
  ])('default zone of %s is %s (null when the country spans several clocks)', (cc, zone) => {
    expect(defaultTimeZone(cc)).toBe(zone);
  });

  it.each([
    ['DE', 'EUR'],
    ['BR', 'BRL'],
    ['KZ', 'KZT'],
    ['MZ', 'MZN'],
    ['AQ', null],
  ])('default currency of %s is %s', (cc, cur) => expect(defaultCurrency(cc)).toBe(cur));

  it('validates zones and currencies', () => {
    expect(isTimeZone('America/Sao_Paulo')).toBe(true);
    expect(isTimeZone('Mars/Olympus')).toBe(false);
    expect(isCurrency('KZT')).toBe(true);
    expect(isCurrency('XYZ')).toBe(false);
  });
});

describe('custom fields', () => {
  const defs = [
    { key: 'incoterm', type: 'select' as const, options: ['FOB', 'CIF', 'EXW'] },
    { key: 'annual_volume', type: 'number' as const, options: [] },
    { key: 'first_order', type: 'date' as const, options: [] },
    { key: 'notes', type: 'text' as const, options: [] },
  ];

  it('accepts valid values and clears nulls', () => {
    const r = validateCustomValues(
      { incoterm: 'FOB', annual_volume: 1200, first_order: '2026-02-28', notes: 'ok' },
      defs,
    );
    expect(r.errors).toEqual([]);
    expect(validateCustomValues({ notes: null }, defs).values).toEqual({ notes: null });
  });

  it.each([
    [{ incoterm: 'DDP' }, '/customFields/incoterm', 'one_of', 'must be one of: FOB, CIF, EXW'],
    [{ annual_volume: '12' }, '/customFields/annual_volume', 'number', 'must be a number'],
    [
      { first_order: '2026-02-30' },
      '/customFields/first_order',
      'invalid_date',
      'must be a date as YYYY-MM-DD',
    ],
    [
      { colour: 'red' },
      '/customFields/colour',
      'unknown_custom_field',
      'unknown custom field "colour"',
    ],
  ])('%j fails at %s', (values, path, code, message) => {
    expect(validateCustomValues(values, defs).errors).toMatchObject([{ path, code, message }]);
  });

  it('knows real dates', () => {
    expect(isIsoDate('2026-02-28')).toBe(true);
    expect(isIsoDate('2026-02-29')).toBe(false);
    expect(isIsoDate('2028-02-29')).toBe(true);
  });
});

describe('web addresses', () => {
  it.each([
    ['https://www.mueller-maschinenbau.de/kontakt', 'mueller-maschinenbau.de'],
    ['WWW.Example.COM.br', 'example.com.br'],
    ['sales@acme.co.jp', 'acme.co.jp'],
    ['http://shop.example.vn:8080/?a=1', 'shop.example.vn'],
    ['not a site', null],
    ['', null],
  ])('domainOf(%j) = %j', (input, domain) => expect(domainOf(input)).toBe(domain));
});

describe('scope', () => {
  it('gives reps themselves, managers their teams, admins everything', () => {
    expect(ownerVisibility('rep', 'u1', ['u2'])).toEqual(['u1']);
    expect(ownerVisibility('manager', 'm', ['u1', 'u2', 'm'])).toEqual(['m', 'u1', 'u2']);
    expect(ownerVisibility('admin', 'a', [])).toBe('all');
    const rep = {
      workspaceId: 'w',
      userId: 'u1',
      role: 'rep' as const,
      teamIds: [],
      visibleOwnerIds: ['u1'],
    };
    expect(canSeeOwner(rep, 'u1')).toBe(true);
    expect(canSeeOwner(rep, 'u2')).toBe(false);
  });

  const who = (role: Scope['role'], extra: Partial<Scope> = {}): Scope => ({
    workspaceId: 'w',
    userId: 'me',
    role,
    teamIds: [],
    visibleOwnerIds: ownerVisibility(role, 'me', ['me', 'u1']),
    ...extra,
  });

  it.each([
    ['admin', who('admin'), null],
    ['rep', who('rep'), { owners: ['me'], assignees: ['me'], teams: [] }],
    [
      'rep in a support team',
      who('rep', { supportTeamIds: ['t1'] }),
      { owners: ['me'], assignees: ['me'], teams: ['t1'] },
    ],
    [
      'manager of a sales and a support team',
      who('manager', { supportTeamIds: ['t1'], supportMemberIds: ['a1', 'me'] }),
      { owners: ['me', 'u1'], assignees: ['me', 'u1', 'a1'], teams: ['t1'] },
    ],
    [
      'agent',
      who('agent', { supportTeamIds: ['t1', 't2'] }),
      { owners: [], assignees: ['me'], teams: ['t1', 't2'] },
    ],
  ] as const)('ticketReach of a %s', (_name, scope, reach) =>
    expect(ticketReach(scope)).toEqual(reach),
  );

  it('shows an agent no owner’s records and refuses them the sales side', () => {
    expect(ownerVisibility('agent', 'me', ['u1'])).toEqual([]);
    expect(canSeeOwner(who('agent'), 'me')).toBe(false);
    expect(() => requireCommercial(who('agent'))).toThrow(/Service agents/);
    for (const role of ['admin', 'manager', 'rep'] as const)
      expect(() => requireCommercial(who(role))).not.toThrow();
  });
});
