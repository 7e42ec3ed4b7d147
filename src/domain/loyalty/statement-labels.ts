import type { BonusKind } from './bonus.ts';
import type { EntryKind } from './ledger.ts';
import { STATEMENT_TABLES } from './statement-label-tables.ts';

/** Everything a loyalty statement prints besides names, figures and dates. */
export interface StatementLabels {
  title: string;
  customer: string;
  attention: string;
  period: string;
  issued: string;
  balance: string;
  opening: string;
  closing: string;
  movements: string;
  date: string;
  description: string;
  points: string;
  runningBalance: string;
  noMovements: string;
  kinds: Record<EntryKind, string>;
  bonuses: Record<BonusKind, string>;
  /** `{number}`: the order's number */
  order: string;
  /** `{days}`: how far ahead */
  expiring: string;
  earnedOn: string;
  expiresOn: string;
  noExpiring: string;
  tier: string;
  noTier: string;
  nextTier: string;
  threshold: string;
  toGo: string;
  top: string;
  basis: { points: string; revenue: string };
}

/** The languages a statement is printed in; any other falls back to English. */
export const STATEMENT_LANGUAGES = ['en', 'zh-CN', 'es', 'pt', 'fr', 'de', 'ru', 'ar'] as const;
export type StatementLanguage = (typeof STATEMENT_LANGUAGES)[number];

/** The label table's language for a BCP 47 tag (`pt-BR` → pt, any Chinese → zh-CN), if any. */
export function statementLanguage(tag: string): StatementLanguage | undefined {
  const base = tag.split(/[-_]/)[0]?.toLowerCase() ?? '';
  if (base === 'zh') return 'zh-CN';
  return (STATEMENT_LANGUAGES as readonly string[]).includes(base)
    ? (base as StatementLanguage)
    : undefined;
}

export const statementLabelsFor = (tag: string): StatementLabels =>
  STATEMENT_TABLES[statementLanguage(tag) ?? 'en'];

export const statementRtl = (tag: string): boolean => statementLanguage(tag) === 'ar';

/** A tier's name in the statement's language: the tag, its base language, English, its key. */
export function tierNameIn(t: { key: string; names: Record<string, string> }, tag: string) {
  const lang = statementLanguage(tag);
  return (
    t.names[tag] ?? (lang && t.names[lang]) ?? t.names[tag.split('-')[0]!] ?? t.names.en ?? t.key
  );
}
