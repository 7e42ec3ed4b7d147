import { correctionFile } from './registry.ts';
import type { Correction } from './types.ts';
import list from './unresolved.json' with { type: 'json' };
import type { UnresolvedList } from './audit.ts';

const unresolved = list as UnresolvedList;

/** What the country page shows for a year: the cited corrections and the unresolved days. */
export function calendarAccuracy(country: string, year: number) {
  const corrections: Correction[] = correctionFile(country, year)?.corrections ?? [];
  return {
    secondSource: unresolved.secondSource,
    corrections,
    hasOfficialSchedule: corrections.some((c) => c.schedule),
    unresolved: (unresolved.countries[country] ?? []).filter((d) =>
      d.date.startsWith(String(year)),
    ),
  };
}
