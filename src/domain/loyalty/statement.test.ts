import { describe, expect, it } from 'vitest';
import { anniversariesOn, bonusOf, bonusRulesOf } from './bonus.ts';
import type { Entry } from './ledger.ts';
import { DEFAULT_PROGRAMME } from './programme.ts';
import { chooseStatementLanguage, statementFigures } from './statement.ts';
import { STATEMENT_LANGUAGES, statementLabelsFor, tierNameIn } from './statement-labels.ts';
import { STATEMENT_TABLES } from './statement-label-tables.ts';

const entry = (
  seq: number,
  kind: Entry['kind'],
  points: number,
  date: string,
  expiresOn: string | null = null,
): Entry => ({
  seq,
  kind,
  points,
  date,
  orderId: null,
  lotSeq: null,
  expiresOn,
  shortfall: 0,
  amountMinor: 0,
});

describe('statement figures', () => {
  const entries = [
    entry(1, 'adjust', 1200, '2025-07-01', '2026-07-01'),
    entry(2, 'earn', 300, '2026-03-01', '2027-03-01'),
    entry(3, 'redeem', -200, '2026-05-01'),
  ];
  const programme = {
    ...DEFAULT_PROGRAMME,
    tiers: DEFAULT_PROGRAMME.tiers.map((t, i) => ({ ...t, threshold: (i + 1) * 1000 })),
  };

  it('tells opening, running and closing balances for a period, and lots expiring within 90 days', () => {
    const f = statementFigures(
      entries,
      programme,
      { from: '2026-01-01', to: '2026-12-31', today: '2026-06-15' },
      2,
    );
    expect([f.opening, f.closing, f.balance]).toEqual([1200, 1300, 1300]);
    expect(f.movements.map((m) => [m.points, m.balance])).toEqual([
      [300, 1500],
      [-200, 1300],
    ]);
    expect(f.expiring).toEqual([
      { lotSeq: 1, expiresOn: '2026-07-01', points: 1000, earnedOn: '2025-07-01' },
    ]);
    expect(f.tier?.key).toBe('silver');
    expect(f.nextTier).toMatchObject({ tier: { key: 'gold' }, toGo: 500 });
  });

  it('has no next tier at the top', () => {
    const rich = [entry(1, 'adjust', 5000, '2026-06-01', '2027-06-01')];
    const f = statementFigures(
      rich,
      programme,
      { from: '2026-01-01', to: '2026-06-15', today: '2026-06-15' },
      2,
    );
    expect([f.tier?.key, f.nextTier]).toEqual(['platinum', null]);
  });
});

describe('statement language', () => {
  it.each([
    ['zh', 'SG', 'zh-CN'],
    ['pt', 'BR', 'pt-BR'],
    ['ar', 'SA', 'ar-SA'],
    ['de-AT', 'DE', 'de-AT'],
    [null, 'FR', 'fr-FR'],
    ['ja', 'MX', 'es-MX'],
    ['ja', 'JP', 'en'],
    [null, 'KR', 'en'],
  ] as const)('%s in %s → %s', (lang, country, want) => {
    expect(chooseStatementLanguage(lang, country)).toBe(want);
  });

  it('has every label in every language, and English for the rest', () => {
    const keys = (o: object): string[] =>
      Object.entries(o).flatMap(([k, v]) =>
        typeof v === 'object' ? keys(v).map((x) => `${k}.${x}`) : [k],
      );
    for (const lang of STATEMENT_LANGUAGES) {
      expect(keys(STATEMENT_TABLES[lang])).toEqual(keys(STATEMENT_TABLES.en));
      expect(JSON.stringify(STATEMENT_TABLES[lang])).not.toContain('""');
    }
    expect(statementLabelsFor('ko').title).toBe(STATEMENT_TABLES.en.title);
    expect(tierNameIn({ key: 'gold', names: { en: 'Gold', 'zh-CN': '金卡' } }, 'zh-TW')).toBe(
      '金卡',
    );
    expect(tierNameIn({ key: 'gold', names: { en: 'Gold' } }, 'ar-SA')).toBe('Gold');
  });
});

describe('bonus rules', () => {
  it('reads stored rules leniently: missing, negative or broken is off', () => {
    expect(bonusRulesOf('{"referral":300,"npsAnswer":-5,"x":1}')).toEqual({
      eventAttended: 0,
      npsAnswer: 0,
      referral: 300,
      anniversary: 0,
    });
    expect(bonusRulesOf('not json').referral).toBe(0);
    expect(bonusOf('nps:abc')).toBe('npsAnswer');
    expect(bonusOf(null)).toBeNull();
  });

  it('finds anniversaries from the first year on, 29 February on the 28th in other years', () => {
    expect(anniversariesOn('2021-06-13', ['2026-06-13', '2026-06-14'])).toEqual([
      { year: 2026, years: 5, date: '2026-06-13' },
    ]);
    expect(anniversariesOn('2026-06-13', ['2026-06-13'])).toEqual([]);
    expect(anniversariesOn('2024-02-29', ['2027-02-28'])).toEqual([
      { year: 2027, years: 3, date: '2027-02-28' },
    ]);
    expect(anniversariesOn('2024-02-29', ['2028-02-28'])).toEqual([]);
    expect(anniversariesOn('06-13', ['2026-06-13'])).toEqual([]);
  });
});
