import type { CorrectionFile } from '../types.ts';
import { CN_2026 } from './cn-2026.ts';
import { CY_2026 } from './cy-2026.ts';
import { DE_2026, DE_2027 } from './de.ts';
import { KR_2026 } from './kr-2026.ts';
import { TR_2026 } from './tr-2026.ts';
import { UA_2026, UA_2027 } from './ua.ts';

/** Every reviewed corrections file, one per country and year. */
export const CORRECTION_FILES: CorrectionFile[] = [
  CN_2026,
  CY_2026,
  DE_2026,
  DE_2027,
  KR_2026,
  TR_2026,
  UA_2026,
  UA_2027,
];
