import { ar } from './ar.ts';
import { de } from './de.ts';
import { en } from './en.ts';
import { es } from './es.ts';
import { fr } from './fr.ts';
import { id } from './id.ts';
import { ja } from './ja.ts';
import { pt } from './pt.ts';
import { ru } from './ru.ts';
import { tr } from './tr.ts';
import type { QuoteLabels } from './types.ts';
import { vi } from './vi.ts';
import { zhCN } from './zh-CN.ts';

export type { QuoteLabels };

/** The languages a quote can be printed in: one label table each. */
export const QUOTE_LANGUAGES = [
  'en',
  'zh-CN',
  'es',
  'pt',
  'fr',
  'de',
  'ru',
  'ar',
  'ja',
  'vi',
  'id',
  'tr',
] as const;
export type QuoteLanguage = (typeof QUOTE_LANGUAGES)[number];

const TABLES: Record<QuoteLanguage, QuoteLabels> = {
  en,
  'zh-CN': zhCN,
  es,
  pt,
  fr,
  de,
  ru,
  ar,
  ja,
  vi,
  id,
  tr,
};

/**
 * The label table for a BCP 47 tag: `pt-BR` and `pt-PT` share Portuguese, any Chinese reads the
 * simplified table; undefined for a language we have no table for.
 */
export function labelLanguage(tag: string): QuoteLanguage | undefined {
  const base = tag.split(/[-_]/)[0]?.toLowerCase() ?? '';
  if (base === 'zh') return 'zh-CN';
  return (QUOTE_LANGUAGES as readonly string[]).includes(base)
    ? (base as QuoteLanguage)
    : undefined;
}

export function labelsFor(tag: string): QuoteLabels {
  return TABLES[labelLanguage(tag) ?? 'en'];
}

/** Languages written right to left among ours. */
export const isRtl = (tag: string): boolean => labelLanguage(tag) === 'ar';
