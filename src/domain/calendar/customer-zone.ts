import { parsePhoneNumberFromString } from 'libphonenumber-js/max';
import { clockOf, defaultTimeZone, timeZonesOf } from '../countries.ts';
import { placeKey, regionKey } from './place-names.ts';
import table from './zone-data/customer-zones.json' with { type: 'json' };

/** How a customer's zone was chosen: by a person, or derived from what the record says. */
export const ZONE_SOURCES = ['user', 'region', 'city', 'phone', 'country', 'assumed'] as const;
export type ZoneSource = (typeof ZONE_SOURCES)[number];
export type DerivedZoneSource = Exclude<ZoneSource, 'user'>;

/** The generated table (scripts/generate-zone-data.ts; sources in zone-data/PROVENANCE.md). */
export interface ZoneData {
  sources: Record<string, string>;
  countries: Record<
    string,
    {
      /** the zone most of the country's people live in */
      assumed: string;
      /** region code or name key → [its most populous zone, whether the whole region keeps that clock] */
      regions: Record<string, [string, boolean]>;
      /** city name key → its zone; null when cities of that name keep different clocks */
      cities: Record<string, string | null>;
    }
  >;
  /** phone prefix (calling code + national digits) → zones joined by "&"; longest prefix wins */
  phones: Record<string, string>;
}

// Cast once: TypeScript reads the JSON's tuples as plain arrays.
const data = table as unknown as ZoneData;

export interface CustomerPlace {
  country: string;
  region?: string | null;
  city?: string | null;
  /** E.164 numbers of the customer's contacts, the primary contact's first */
  phones?: readonly string[];
}

export interface DerivedZone {
  zone: string;
  source: DerivedZoneSource;
}

/**
 * The customer's time zone from what the record says, most specific first: the region (state,
 * province), the city, the phone's area code; when none settles it, the zone most of the region's
 * (or the country's) people live in, marked `assumed` so the page asks for the state. Null only
 * for a country the zone data does not know.
 */
export function customerZone(place: CustomerPlace): DerivedZone | null {
  const country = place.country.toUpperCase();
  const single = defaultTimeZone(country);
  if (single) return { zone: single, source: 'country' };
  const facts = data.countries[country];
  if (!facts) return null;
  const region = place.region
    ? (facts.regions[
        place.region
          .trim()
          .toLowerCase()
          .replace(/^[a-z]{2}-/, '')
      ] ?? facts.regions[regionKey(place.region)])
    : undefined;
  if (region?.[1]) return { zone: region[0], source: 'region' };
  // A region spanning clocks (Texas, Mato Grosso's neighbours) leaves it to the city or phone.
  const city = place.city ? facts.cities[placeKey(place.city)] : undefined;
  if (city) return { zone: city, source: 'city' };
  const phone = phoneZone(country, place.phones ?? []);
  if (phone) return { zone: phone, source: 'phone' };
  return { zone: region?.[0] ?? facts.assumed, source: 'assumed' };
}

// Where a mobile number keeps the area code of where it was issued (Brazil's DDD). Elsewhere a
// mobile says nothing of where its owner is (Russia's 9xx, Indonesia's 08xx, Australia's 04),
// though the prefix data files them under the capital; North American and Mexican numbers are
// one plan for both and count as fixed lines.
const AREA_CODED_MOBILES = new Set(['BR']);

function placesItsOwner(country: string, e164: string): boolean {
  const type = parsePhoneNumberFromString(e164)?.getType();
  return type !== 'MOBILE' || AREA_CODED_MOBILES.has(country);
}

/** The zone the first number that names one clock in the country points at. */
function phoneZone(country: string, phones: readonly string[]): string | null {
  const own = new Set(timeZonesOf(country));
  for (const raw of phones) {
    if (!placesItsOwner(country, raw)) continue;
    const digits = raw.replace(/\D/g, '');
    let entry: string | undefined;
    for (let n = digits.length; n > 0 && entry === undefined; n--)
      entry = data.phones[digits.slice(0, n)];
    const zones = (entry?.split('&') ?? []).filter((z) => own.has(z));
    if (zones.length && new Set(zones.map(clockOf)).size === 1) return zones[0]!;
  }
  return null;
}

/** The zone data's sources and versions, for the provenance note and tests. */
export const zoneDataSources = data.sources;
