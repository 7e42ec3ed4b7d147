import { describe, expect, it } from 'vitest';
import { BusinessCalendar } from '../calendar/business-calendar.ts';
import { inSlowSeason, slowSeasons } from '../calendar/slow-seasons.ts';
import { emptyScores, type Scores } from '../culture/dimensions.ts';
import { cultureWarnings, warningMessage } from './culture-warnings.ts';

// Scores as in the shipped 2015-08-16 dataset.
const SCORES: Record<string, Scores> = {
  DE: { pdi: 35, idv: 67, mas: 66, uai: 65, lto: 83, ivr: 40 },
  JP: { pdi: 54, idv: 46, mas: 95, uai: 92, lto: 88, ivr: 42 },
  // the dataset has only LTO and IVR for Saudi Arabia
  SA: { ...emptyScores(), lto: 36, ivr: 52 },
  MX: { pdi: 81, idv: 30, mas: 69, uai: 82, lto: 24, ivr: 97 },
  US: { pdi: 40, idv: 91, mas: 62, uai: 46, lto: 26, ivr: 68 },
  BR: { pdi: 69, idv: 38, mas: 49, uai: 76, lto: 44, ivr: 59 },
  IT: { pdi: 50, idv: 76, mas: 70, uai: 75, lto: 61, ivr: 30 },
  KZ: emptyScores(),
};

function warnings(country: string, date: string) {
  const calendar = new BusinessCalendar(country);
  return cultureWarnings({
    country,
    scores: SCORES[country]!,
    sources: { pdi: 'dataset', uai: 'workspace' },
    citation: 'Hofstede 2015',
    today: calendar.status(date),
    slowSeason: inSlowSeason(slowSeasons(country, Number(date.slice(0, 4))), date),
  });
}

describe('culture warnings, each naming its source', () => {
  it.each([
    // country, recipient's date, codes
    ['DE', '2026-06-10', ['formal_precision']],
    ['DE', '2026-12-25', ['formal_precision', 'recipient_holiday', 'slow_season']],
    ['DE', '2026-12-28', ['formal_precision', 'slow_season']],
    ['JP', '2026-05-05', ['formal_precision', 'recipient_holiday']],
    ['SA', '2026-03-06', ['recipient_weekend', 'slow_season']],
    ['MX', '2026-06-10', ['formal_salutation', 'formal_precision']],
    ['US', '2026-06-13', ['first_names', 'recipient_weekend']],
    ['US', '2026-07-03', ['first_names', 'recipient_holiday']],
    ['BR', '2026-06-10', ['formal_salutation', 'formal_precision']],
    ['IT', '2026-08-17', ['formal_precision', 'slow_season']],
    // high uncertainty avoidance keeps Germany formal despite low power distance
    ['DE', '2026-06-11', ['formal_precision']],
    // no scores: no advice invented
    ['KZ', '2026-06-10', []],
    ['KZ', '2026-03-23', ['recipient_holiday']],
  ])('%s on %s → %j', (country, date, codes) => {
    expect(warnings(country, date).map((w) => w.code)).toEqual(codes);
  });

  it('cites the Hofstede score, its threshold and where it came from', () => {
    const [pdi, uai] = warnings('MX', '2026-06-10');
    expect(pdi).toMatchObject({
      code: 'formal_salutation',
      params: { pdi: 81 },
      source: { kind: 'hofstede', dimension: 'pdi', value: 81, threshold: 60, origin: 'dataset' },
    });
    expect(uai?.source).toMatchObject({ dimension: 'uai', value: 82, origin: 'workspace' });
    expect(warningMessage(pdi!)).toBe(
      'High power distance in MX (PDI 81): use a formal salutation with title and family name.',
    );
  });

  it('names the holiday and the calendar that closes the day', () => {
    const holiday = warnings('DE', '2026-12-25').find((w) => w.code === 'recipient_holiday')!;
    expect(holiday.params).toMatchObject({ date: '2026-12-25', name: 'Christmas Day' });
    expect(holiday.source).toMatchObject({ kind: 'calendar', country: 'DE', date: '2026-12-25' });
    const ramadan = warnings('SA', '2026-03-06').find((w) => w.code === 'slow_season')!;
    expect(ramadan.source).toMatchObject({
      kind: 'slow-season',
      season: { kind: 'ramadan', start: '2026-02-18', end: '2026-03-19' },
    });
  });
});
