import { describe, expect, it } from 'vitest';
import { emptyScores, type Scores } from '../culture/dimensions.ts';
import { THRESHOLDS } from '../culture/playbook-rules.ts';
import { leadershipPlaybook } from './leadership-playbook.ts';
import { LEADERSHIP_RULES } from './leadership-rules.ts';

// The shipped dataset's scores (hofstede-6d.csv); the UAE and Kazakhstan have none.
const CN: Scores = { pdi: 80, idv: 20, mas: 66, uai: 30, lto: 87, ivr: 24 };
const DE: Scores = { pdi: 35, idv: 67, mas: 66, uai: 65, lto: 83, ivr: 40 };
const BR: Scores = { pdi: 69, idv: 38, mas: 49, uai: 76, lto: 44, ivr: 59 };
const SOURCE = 'Hofstede 6-D dataset';
const play = (code: string, scores: Scores) =>
  leadershipPlaybook({ code: 'CN', scores: CN }, { code, scores }, SOURCE);

describe('leading an office’s team across cultures (Shanghai HQ)', () => {
  it.each([
    [
      'Munich',
      'DE',
      DE,
      [
        'team-pdi-low',
        'team-pdi-gap-lower',
        'team-idv-high',
        'team-mas-high',
        'team-uai-high',
        'team-uai-gap-higher',
        'team-lto-high',
        'team-ivr-low',
      ],
    ],
    [
      'São Paulo',
      'BR',
      BR,
      [
        'team-pdi-high',
        'team-idv-low',
        'team-uai-high',
        'team-uai-gap-higher',
        'team-lto-gap-lower',
        'team-ivr-gap-higher',
      ],
    ],
  ] as const)('%s', (_name, code, scores, ids) => {
    const p = play(code, scores);
    expect(p.items.map((i) => i.ruleId)).toEqual(ids);
    expect(p.missing).toEqual([]);
    expect(p.source).toBe(SOURCE);
  });

  it('each item cites its dimension and the scores that fired it', () => {
    const p = play('DE', DE);
    expect(p.items.find((i) => i.ruleId === 'team-pdi-gap-lower')?.trigger).toEqual({
      kind: 'gap',
      direction: 'lower',
      score: 35,
      hqScore: 80,
      gap: -45,
    });
    expect(p.items.find((i) => i.ruleId === 'team-uai-high')).toMatchObject({
      dimension: 'uai',
      dimensionName: { en: 'Uncertainty avoidance', zh: '不确定性规避' },
      context: 'planning',
      trigger: { kind: 'level', level: 'high', score: 65, threshold: THRESHOLDS.high },
    });
  });

  it('Dubai and Almaty have no scores: six missing notes, no advice invented', () => {
    for (const code of ['AE', 'KZ']) {
      const p = play(code, emptyScores());
      expect(p.items).toEqual([]);
      expect(p.missing.map((m) => m.dimension)).toEqual(['pdi', 'idv', 'mas', 'uai', 'lto', 'ivr']);
      expect(p.missing[0]?.note.en).toContain(`No power distance score for ${code}`);
      expect(p.missing[0]?.note.zh).toContain('权力距离');
    }
  });

  it('a missing HQ score stops the gap rules only', () => {
    const p = leadershipPlaybook(
      { code: 'CN', scores: { ...CN, uai: null } },
      { code: 'DE', scores: DE },
      SOURCE,
    );
    const ids = p.items.map((i) => i.ruleId);
    expect(ids).toContain('team-uai-high');
    expect(ids).not.toContain('team-uai-gap-higher');
    expect(p.missing).toEqual([expect.objectContaining({ dimension: 'uai', side: 'hq' })]);
  });

  it('every rule covers all five areas in both languages', () => {
    const contexts = new Set(LEADERSHIP_RULES.map((r) => r.context));
    expect([...contexts].sort()).toEqual([
      'decisions',
      'planning',
      'recognition',
      'targets',
      'work-life',
    ]);
    for (const r of LEADERSHIP_RULES)
      for (const t of [r.do, r.avoid]) {
        expect(t.en.length).toBeGreaterThan(10);
        expect(t.zh).toMatch(/[\u4e00-\u9fff]/);
      }
    expect(new Set(LEADERSHIP_RULES.map((r) => r.id)).size).toBe(LEADERSHIP_RULES.length);
  });
});
