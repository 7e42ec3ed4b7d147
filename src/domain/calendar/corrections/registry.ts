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
