import type { TFunction } from 'i18next';
import { DEFAULT_NAMES } from './types.ts';

/**
 * A seeded stage or pipeline in the reader's language while it keeps its default name; a name an
 * admin gave is shown as written.
 */
export function nameOf(t: TFunction, s: { code: string | null; name: string }): string {
  return s.code && DEFAULT_NAMES[s.code] === s.name ? t(`deals.defaultNames.${s.code}`) : s.name;
}
