// Writes web/src/insight/world.geo.json: country shapes keyed by ISO 3166-1 alpha-2, for the
// insight world map (docs/insight.md). The packages it reads are not the app's dependencies; put
// them in a folder of their own and name it:
//   npm install --prefix /tmp/geo world-atlas@2.0.2 topojson-client@3.1.0 i18n-iso-countries@7.14.0
//   npx tsx scripts/generate-world-map.ts /tmp/geo/node_modules
// Shapes: Natural Earth (public domain) via world-atlas (ISC). Every country of the 1:110m file,
// and from the 1:50m file the small ones 1:110m leaves out (SG, HK, BH, MO, MT…), so small markets
// are on the map too. Coordinates rounded to 0.01° (about 1 km), which keeps the file small.
import { createRequire } from 'node:module';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const dir = process.argv[2] ?? '';
if (!dir)
  throw new Error('usage: tsx scripts/generate-world-map.ts <node_modules with world-atlas>');
const require = createRequire(join(dir, 'x.js'));
const topo = require('topojson-client') as {
  feature(t: unknown, o: unknown): { features: Feature[] };
};
const iso = require('i18n-iso-countries') as { numericToAlpha2(n: string): string | undefined };

interface Feature {
  type: 'Feature';
  id?: string;
  properties: { name: string };
  geometry: { type: string; coordinates: unknown } | null;
}

// Features without a numeric code in Natural Earth, named as it names them.
const BY_NAME: Record<string, string> = { Kosovo: 'XK' };

function load(file: string): Map<string, Feature> {
  const t = JSON.parse(readFileSync(join(dir, 'world-atlas', file), 'utf8')) as {
    objects: { countries: unknown };
  };
  const out = new Map<string, Feature>();
  for (const f of topo.feature(t, t.objects.countries).features) {
    const code = (f.id && iso.numericToAlpha2(f.id)) || BY_NAME[f.properties.name];
    if (code && f.geometry && !out.has(code)) out.set(code, f);
  }
  return out;
}

const round = (c: unknown): unknown =>
  typeof c === 'number' ? Math.round(c * 100) / 100 : (c as unknown[]).map(round);

const coarse = load('countries-110m.json');
const fine = load('countries-50m.json');
const features = [...fine.keys()].sort().map((code) => {
  const f = coarse.get(code) ?? fine.get(code)!;
  return {
    type: 'Feature',
    properties: { name: code },
    geometry: { type: f.geometry!.type, coordinates: round(f.geometry!.coordinates) },
  };
});
writeFileSync(
  'web/src/insight/world.geo.json',
  JSON.stringify({ type: 'FeatureCollection', features }),
);
console.log(`${features.length} countries (${coarse.size} from 1:110m)`);
