import type { DayStatus } from '../calendar/business-calendar.ts';
import type { SlowSeason } from '../calendar/slow-seasons.ts';
import type { Dimension, Scores, ScoreSource } from '../culture/dimensions.ts';
import { THRESHOLDS } from '../culture/playbook-rules.ts';

export type WarningSource =
  | {
      kind: 'hofstede';
      dimension: Dimension;
      value: number;
      threshold: number;
      /** the shipped dataset or the workspace's own score */
      origin: ScoreSource;
      citation: string;
    }
  | { kind: 'calendar'; country: string; date: string; reasons: DayStatus['reasons'] }
  | { kind: 'slow-season'; country: string; season: SlowSeason };

export type WarningCode =
  | 'formal_salutation'
  | 'formal_precision'
  | 'first_names'
  | 'recipient_holiday'
  | 'recipient_weekend'
  | 'slow_season';

export interface CultureWarning {
  code: WarningCode;
  params: Record<string, string | number>;
  source: WarningSource;
}

export interface CultureInput {
  country: string;
  scores: Scores;
  sources: Record<string, ScoreSource>;
  citation: string;
  /** the recipient's local date now, and its status in their calendar */
  today: DayStatus;
  slowSeason?: SlowSeason | undefined;
}

function hofstede(
  input: CultureInput,
  dimension: Dimension,
  value: number,
  threshold: number,
): WarningSource {
  return {
    kind: 'hofstede',
    dimension,
    value,
    threshold,
    origin: input.sources[dimension] ?? 'dataset',
    citation: input.citation,
  };
}

/**
 * Style advice and timing warnings for a message to one recipient, each naming its source: the
 * Hofstede score and its value (high power distance: formal salutation and titles; high
 * uncertainty avoidance: precise, complete, formal; low power distance with high individualism
 * and no high uncertainty avoidance: first names are the norm), and the recipient's calendar today (public holiday, weekend, slow
 * season). A missing score gives no advice: nothing is invented.
 */
export function cultureWarnings(input: CultureInput): CultureWarning[] {
  const out: CultureWarning[] = [];
  const { pdi, uai, idv } = input.scores;
  const country = input.country;
  if (pdi !== null && pdi >= THRESHOLDS.high)
    out.push({
      code: 'formal_salutation',
      params: { country, pdi },
      source: hofstede(input, 'pdi', pdi, THRESHOLDS.high),
    });
  if (uai !== null && uai >= THRESHOLDS.high)
    out.push({
      code: 'formal_precision',
      params: { country, uai },
      source: hofstede(input, 'uai', uai, THRESHOLDS.high),
    });
  // Low power distance and individualism, unless high uncertainty avoidance keeps it formal (DE).
  const formalAnyway = uai === null || uai >= THRESHOLDS.high;
  if (
    pdi !== null &&
    pdi <= THRESHOLDS.low &&
    idv !== null &&
    idv >= THRESHOLDS.high &&
    !formalAnyway
  )
    out.push({
      code: 'first_names',
      params: { country, pdi, idv },
      source: hofstede(input, 'pdi', pdi, THRESHOLDS.low),
    });
  const { today } = input;
  const calendar = { kind: 'calendar' as const, country, date: today.date, reasons: today.reasons };
  const holiday = today.reasons.find(
    (r) =>
      r.kind === 'holiday' ||
      r.kind === 'workspace-holiday' ||
      (r.kind === 'correction' && r.closes),
  );
  if (!today.working && holiday && 'name' in holiday)
    out.push({
      code: 'recipient_holiday',
      params: { country, date: today.date, name: holiday.name },
      source: calendar,
    });
  else if (!today.working && today.reasons.some((r) => r.kind === 'weekend'))
    out.push({
      code: 'recipient_weekend',
      params: { country, date: today.date },
      source: calendar,
    });
  if (input.slowSeason)
    out.push({
      code: 'slow_season',
      params: {
        country,
        season: input.slowSeason.kind,
        start: input.slowSeason.start,
        end: input.slowSeason.end,
      },
      source: { kind: 'slow-season', country, season: input.slowSeason },
    });
  return out;
}

const ENGLISH: Record<WarningCode, string> = {
  formal_salutation:
    'High power distance in {country} (PDI {pdi}): use a formal salutation with title and family name.',
  formal_precision:
    'High uncertainty avoidance in {country} (UAI {uai}): be formal, precise and complete; state dates, specifications and terms.',
  first_names:
    'Low power distance and high individualism in {country} (PDI {pdi}, IDV {idv}): first names are usual once introduced.',
  recipient_holiday: 'Today ({date}) is a public holiday in {country}: {name}.',
  recipient_weekend: 'Today ({date}) is the weekend in {country}.',
  slow_season: 'It is {season} in {country} ({start} to {end}): replies may be slow.',
};

/** The warning as one English sentence (API scripts read it; the web translates the code). */
export function warningMessage(w: CultureWarning): string {
  return ENGLISH[w.code].replace(/\{(\w+)\}/g, (_, k: string) => String(w.params[k] ?? ''));
}
