/**
 * Corrections as data: where the holiday library is wrong for a country-day, a reviewed row says
 * what is right and which official text says so. No row without a citation; a disagreement nobody
 * could source stays on the known unresolved list (test/fixtures/calendar-unresolved.json) with
 * what was searched.
 */

/** The official text behind a correction. `checked` says how it was checked, honestly. */
export interface Citation {
  /** how the explanation names it: "Law No. 2136-IX" */
  short: string;
  title: string;
  /** date of the act, notice or gazette (or, where none could be consulted, of the fact the
   * correction follows from, said in `checked`), YYYY-MM-DD */
  date: string;
  url: string;
  checked: string;
}

/**
 * - span: a day of a holiday the library leaves out (Seollal's eve)
 * - substitute: a day off in lieu the library leaves out
 * - abolished: a library holiday that is a working day (Ukraine under martial law)
 * - moved: the library has the holiday on `from`, the law on `date`
 * - half-day: a working day that closes at `closesAt` (local time)
 * - business-saturday: a weekend day that is a working day (China's 调休 make-up days)
 */
export type CorrectionKind =
  'span' | 'substitute' | 'abolished' | 'moved' | 'half-day' | 'business-saturday';

export interface Correction {
  kind: CorrectionKind;
  date: string;
  /** moved: the library's (wrong) date */
  from?: string;
  /** half-day: HH:MM local time the day closes */
  closesAt?: string;
  name: { en: string; zh: string };
  /** part of a shipped official schedule (China's 调休), which a workspace may opt out of */
  schedule?: boolean;
  source: Citation;
}

export interface CorrectionFile {
  country: string;
  year: number;
  /** who reviewed the file and when */
  reviewed: string;
  corrections: Correction[];
}
