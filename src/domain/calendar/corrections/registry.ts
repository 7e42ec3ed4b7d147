import { CORRECTION_FILES } from './data/index.ts';
import type { CorrectionFile } from './types.ts';

const byKey = new Map<string, CorrectionFile>(
  CORRECTION_FILES.map((f) => [`${f.country}|${f.year}`, f]),
);

/** The reviewed corrections file of a country and year, if there is one. */
export function correctionFile(
  country: string,
  year: number,
  files: CorrectionFile[] | null = null,
): CorrectionFile | null {
  if (files) return files.find((f) => f.country === country && f.year === year) ?? null;
  return byKey.get(`${country}|${year}`) ?? null;
}

export function allCorrectionFiles(): CorrectionFile[] {
  return CORRECTION_FILES;
}

const CLOSING = new Set(['span', 'substitute', 'moved']);

/**
 * Whether reviewed corrections close days for the country (a holiday table shipped as cited
 * rows, e.g. Kyrgyzstan's, which date-holidays has no data for).
 */
export function hasShippedHolidays(country: string, year: number | null = null): boolean {
  return CORRECTION_FILES.some(
    (f) =>
      f.country === country &&
      (year === null || f.year === year) &&
      f.corrections.some((c) => CLOSING.has(c.kind)),
  );
}
