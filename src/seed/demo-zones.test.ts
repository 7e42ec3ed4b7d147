import { describe, expect, it } from 'vitest';
import { customerZone } from '../domain/calendar/customer-zone.ts';
import { MARKETS } from './demo-markets.ts';

// The demo's markets name each city's zone by hand (zoneByRegion); the derivation the app now
// uses for every customer must agree with them, or the demo (and the data) is wrong.
describe('demo customers get the zones their cities keep', () => {
  const cases = MARKETS.flatMap((m) =>
    m.cities.map(([city, region]) => [m.country, region, city, m.zoneByRegion?.[region]] as const),
  ).filter(([, , , zone]) => zone);
  it.each(cases)('%s %s %s → %s', (country, region, city, zone) => {
    expect(customerZone({ country, region, city })?.zone).toBe(zone);
  });
});
