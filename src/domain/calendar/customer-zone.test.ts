import { describe, expect, it } from 'vitest';
import { customerZone, type CustomerPlace } from './customer-zone.ts';
import { offsetMinutes } from './zoned-time.ts';

type Case = [label: string, place: CustomerPlace, zone: string | null, source: string | null];

describe('customerZone', () => {
  it.each<Case>([
    // Brazil: the customer, by each signal on its own
    ['BR Campinas', { country: 'BR', city: 'Campinas' }, 'America/Sao_Paulo', 'city'],
    ['BR +55 19', { country: 'BR', phones: ['+5519912345678'] }, 'America/Sao_Paulo', 'phone'],
    ['BR state SP', { country: 'BR', region: 'SP' }, 'America/Sao_Paulo', 'region'],
    ['BR state BR-SP', { country: 'BR', region: 'BR-SP' }, 'America/Sao_Paulo', 'region'],
    ['BR state by name', { country: 'br', region: 'sao paulo' }, 'America/Sao_Paulo', 'region'],
    ['BR Mato Grosso', { country: 'BR', region: 'MT' }, 'America/Cuiaba', 'region'],
    ['BR Acre', { country: 'BR', region: 'Acre' }, 'America/Rio_Branco', 'region'],
    ['BR Manaus', { country: 'BR', city: 'Manaus' }, 'America/Manaus', 'city'],
    ['BR +55 65 (Cuiabá)', { country: 'BR', phones: ['+556532221234'] }, 'America/Manaus', 'phone'],
    ['BR nothing known', { country: 'BR' }, 'America/Sao_Paulo', 'assumed'],
    // the state wins over a city elsewhere: the order the issue asks for
    [
      'BR state before city',
      { country: 'BR', region: 'AC', city: 'Campinas' },
      'America/Rio_Branco',
      'region',
    ],
    [
      'BR city before phone',
      { country: 'BR', city: 'Manaus', phones: ['+5519912345678'] },
      'America/Manaus',
      'city',
    ],
    // Recife is on São Paulo's clock; only Fernando de Noronha's exchange (81 3619) is UTC-2
    [
      'BR Recife mobile',
      { country: 'BR', phones: ['+5581987654321'] },
      'America/Sao_Paulo',
      'phone',
    ],
    ['BR Noronha', { country: 'BR', phones: ['+558136191234'] }, 'America/Noronha', 'phone'],
    // United States
    ['US California', { country: 'US', region: 'CA' }, 'America/Los_Angeles', 'region'],
    ['US Illinois', { country: 'US', region: 'Illinois' }, 'America/Chicago', 'region'],
    [
      'US Texas + Houston',
      { country: 'US', region: 'TX', city: 'Houston' },
      'America/Chicago',
      'city',
    ],
    [
      'US Texas + El Paso',
      { country: 'US', region: 'TX', city: 'El Paso' },
      'America/Denver',
      'city',
    ],
    ['US Texas alone', { country: 'US', region: 'TX' }, 'America/Chicago', 'assumed'],
    ['US +1 212', { country: 'US', phones: ['+12125550123'] }, 'America/New_York', 'phone'],
    ['US +1 415', { country: 'US', phones: ['+14155550123'] }, 'America/Los_Angeles', 'phone'],
    [
      'US Canadian number ignored',
      { country: 'US', phones: ['+14165550123'] },
      'America/New_York',
      'assumed',
    ],
    // Mexico (no daylight saving since 2022, the border keeps the US rules)
    ['MX Jalisco', { country: 'MX', region: 'JAL' }, 'America/Mexico_City', 'region'],
    ['MX Baja California', { country: 'MX', region: 'BCN' }, 'America/Tijuana', 'region'],
    ['MX Sonora', { country: 'MX', region: 'Sonora' }, 'America/Hermosillo', 'region'],
    ['MX Quintana Roo', { country: 'MX', region: 'ROO' }, 'America/Cancun', 'region'],
    [
      'MX +52 664 Tijuana',
      { country: 'MX', phones: ['+526641234567'] },
      'America/Tijuana',
      'phone',
    ],
    ['MX nothing known', { country: 'MX' }, 'America/Mexico_City', 'assumed'],
    // Russia: eleven clocks
    ['RU Moscow', { country: 'RU', region: 'MOW' }, 'Europe/Moscow', 'region'],
    ['RU Sverdlovsk', { country: 'RU', region: 'SVE' }, 'Asia/Yekaterinburg', 'region'],
    [
      'RU Novosibirsk oblast',
      { country: 'RU', region: 'Novosibirsk Oblast' },
      'Asia/Novosibirsk',
      'region',
    ],
    ['RU Vladivostok', { country: 'RU', city: 'Vladivostok' }, 'Asia/Vladivostok', 'city'],
    ['RU Kaliningrad', { country: 'RU', region: 'KGD' }, 'Europe/Kaliningrad', 'region'],
    ['RU +7 383', { country: 'RU', phones: ['+73832123456'] }, 'Asia/Novosibirsk', 'phone'],
    // a Russian mobile (9xx) says nothing of where its owner is, though the data files it in Moscow
    ['RU mobile', { country: 'RU', phones: ['+79131234567'] }, 'Europe/Moscow', 'assumed'],
    [
      'RU mobile then landline',
      { country: 'RU', phones: ['+79131234567', '+73832123456'] },
      'Asia/Novosibirsk',
      'phone',
    ],
    ['RU nothing known', { country: 'RU' }, 'Europe/Moscow', 'assumed'],
    // Canada
    ['CA Alberta', { country: 'CA', region: 'AB' }, 'America/Edmonton', 'region'],
    // Quebec's Lower North Shore keeps Atlantic time: the province alone only assumes
    ['CA Quebec alone', { country: 'CA', region: 'QC' }, 'America/Toronto', 'assumed'],
    [
      'CA Quebec + Montréal',
      { country: 'CA', region: 'Québec', city: 'Montréal' },
      'America/Toronto',
      'city',
    ],
    ['CA Vancouver', { country: 'CA', city: 'Vancouver' }, 'America/Vancouver', 'city'],
    ['CA +1 416', { country: 'CA', phones: ['+14165550123'] }, 'America/Toronto', 'phone'],
    ['CA nothing known', { country: 'CA' }, 'America/Toronto', 'assumed'],
    // Australia
    ['AU Western Australia', { country: 'AU', region: 'WA' }, 'Australia/Perth', 'region'],
    ['AU Queensland', { country: 'AU', region: 'QLD' }, 'Australia/Brisbane', 'region'],
    [
      'AU NSW + Sydney',
      { country: 'AU', region: 'NSW', city: 'Sydney' },
      'Australia/Sydney',
      'city',
    ],
    ['AU +61 7', { country: 'AU', phones: ['+61731234567'] }, 'Australia/Brisbane', 'phone'],
    ['AU nothing known', { country: 'AU' }, 'Australia/Sydney', 'assumed'],
    // Indonesia: WIB, WITA, WIT
    ['ID Jakarta', { country: 'ID', region: 'JK' }, 'Asia/Jakarta', 'region'],
    ['ID Bali', { country: 'ID', region: 'BA' }, 'Asia/Makassar', 'region'],
    ['ID Papua', { country: 'ID', region: 'PA' }, 'Asia/Jayapura', 'region'],
    ['ID Makassar', { country: 'ID', city: 'Makassar' }, 'Asia/Makassar', 'city'],
    ['ID mobile', { country: 'ID', phones: ['+6281234567890'] }, 'Asia/Jakarta', 'assumed'],
    ['ID Bali landline', { country: 'ID', phones: ['+62361234567'] }, 'Asia/Makassar', 'phone'],
    ['ID nothing known', { country: 'ID' }, 'Asia/Jakarta', 'assumed'],
    // Kazakhstan keeps one clock (UTC+5) since 2024-03-01: the country settles it
    ['KZ Almaty', { country: 'KZ', city: 'Almaty', region: '75' }, 'Asia/Almaty', 'country'],
    ['KZ Aktobe', { country: 'KZ', city: 'Aktobe' }, 'Asia/Almaty', 'country'],
    // single-zone countries
    ['DE', { country: 'DE', city: 'Hamburg' }, 'Europe/Berlin', 'country'],
    ['CN (one official clock)', { country: 'CN', city: 'Urumqi' }, 'Asia/Shanghai', 'country'],
    ['unknown country', { country: 'XX' }, null, null],
  ])('%s', (_, place, zone, source) => {
    const got = customerZone(place);
    expect(got?.zone ?? null).toBe(zone);
    expect(got?.source ?? null).toBe(source);
  });

  it("knows Kazakhstan's one clock: every zone name the country uses tells UTC+5 in summer and winter", () => {
    // Node's ICU carries the tz database; before 2024a Almaty said UTC+6 and this would fail.
    for (const zone of [
      'Asia/Almaty',
      'Asia/Qostanay',
      'Asia/Aqtobe',
      'Asia/Oral',
      'Asia/Qyzylorda',
    ])
      for (const at of ['2026-01-15T12:00:00Z', '2026-07-15T12:00:00Z'])
        expect(offsetMinutes(new Date(at), zone), `${zone} ${at}`).toBe(300);
  });
});
