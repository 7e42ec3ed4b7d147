import { describe, expect, it } from 'vitest';
import { emptyScores, type Scores } from './dimensions.ts';
import { buildPlaybook } from './playbook.ts';
import { RULES, THRESHOLDS } from './playbook-rules.ts';

const CN: Scores = { pdi: 80, idv: 20, mas: 66, uai: 30, lto: 87, ivr: 24 };
const DE: Scores = { pdi: 35, idv: 67, mas: 66, uai: 65, lto: 83, ivr: 40 };
const US: Scores = { pdi: 40, idv: 91, mas: 62, uai: 46, lto: 26, ivr: 68 };
const SA: Scores = { ...emptyScores(), lto: 36, ivr: 52 };

describe('cultural playbook', () => {
  it('Germany from China: address the expert, send specs first, flatter meetings', () => {
    const p = buildPlaybook({ code: 'CN', scores: CN }, { code: 'DE', scores: DE });
    const ids = p.items.map((i) => i.ruleId);
    expect(ids).toEqual(
      expect.arrayContaining([
        'pdi-low',
        'pdi-gap-lower',
        'idv-high',
        'idv-gap-higher',
        'uai-high',
        'uai-gap-higher',
        'lto-high',
        'mas-high',
      ]),
    );
    expect(ids).not.toContain('lto-low');
    const pdi = p.items.find((i) => i.ruleId === 'pdi-low');
    expect(pdi?.trigger).toEqual({
      kind: 'level',
      level: 'low',
      score: 35,
      threshold: THRESHOLDS.low,
    });
    expect(p.items.find((i) => i.ruleId === 'pdi-gap-lower')?.trigger).toEqual({
      kind: 'gap',
      direction: 'lower',
      score: 35,
      homeScore: 80,
      gap: -45,
    });
    expect(pdi?.do.zh).toContain('技术负责人');
    expect(p.missing).toEqual([]);
    expect(p.disclaimer.en).toContain('national averages');
  });

  it('the USA: show quick wins (low long-term orientation)', () => {
    const p = buildPlaybook({ code: 'CN', scores: CN }, { code: 'US', scores: US });
    expect(p.items.map((i) => i.ruleId)).toEqual(
      expect.arrayContaining(['lto-low', 'lto-gap-lower', 'ivr-high']),
    );
  });

  it('Saudi Arabia has only two scores: the playbook says so instead of guessing', () => {
    const p = buildPlaybook({ code: 'CN', scores: CN }, { code: 'SA', scores: SA });
    expect(p.missing.map((m) => m.dimension)).toEqual(['pdi', 'idv', 'mas', 'uai']);
    expect(p.items.every((i) => i.dimension === 'lto' || i.dimension === 'ivr')).toBe(true);
    expect(p.missing[0]?.note.en).toContain('No power distance score for SA');
  });

  it('Kazakhstan has none: no guidance at all, six missing notes', () => {
    const p = buildPlaybook({ code: 'CN', scores: CN }, { code: 'KZ', scores: emptyScores() });
    expect(p.items).toEqual([]);
    expect(p.missing).toHaveLength(6);
  });

  it('keeps scores above 100 as published and still fires on them', () => {
    const p = buildPlaybook(
      { code: 'CN', scores: CN },
      { code: 'GR', scores: { ...emptyScores(), uai: 112 } },
    );
    expect(p.items.find((i) => i.ruleId === 'uai-high')?.trigger).toMatchObject({ score: 112 });
  });

  it('every rule has both languages and a context', () => {
    for (const r of RULES) {
      expect(r.do.en && r.do.zh && r.avoid.en && r.avoid.zh).toBeTruthy();
      expect(r.context).toBeTruthy();
    }
  });
});
