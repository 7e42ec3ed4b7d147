import { readFileSync } from 'node:fs';
import { DIMENSIONS, emptyScores, type Scores } from '../../domain/culture/dimensions.ts';

export const HOFSTEDE_CITATION =
  'Hofstede, Hofstede & Minkov, "6 dimensions for website" country scores, version 2015-08-16 (geerthofstede.com). No open licence: see PROVENANCE.md.';

let byCountry: Map<string, Scores> | null = null;

/** The shipped dataset, joined on ISO alpha-2 (never on Hofstede's own codes). Read once. */
export function hofstedeScores(): Map<string, Scores> {
  if (byCountry) return byCountry;
  const text = readFileSync(new URL('./data/hofstede-6d.csv', import.meta.url), 'utf8');
  const [header, ...rows] = text.trim().split(/\r?\n/);
  const cols = (header ?? '').split(',');
  byCountry = new Map();
  for (const row of rows) {
    const cells = row.split(',');
    const iso2 = cells[cols.indexOf('iso2')]?.trim();
    if (!iso2) continue;
    const scores = emptyScores();
    for (const d of DIMENSIONS) {
      const v = cells[cols.indexOf(d)]?.trim();
      scores[d] = v ? Number(v) : null;
    }
    byCountry.set(iso2, scores);
  }
  return byCountry;
}
