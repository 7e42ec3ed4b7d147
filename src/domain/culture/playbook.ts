import {
  DIMENSIONS,
  DIMENSION_NAMES,
  type Bilingual,
  type Dimension,
  type Scores,
} from './dimensions.ts';
import {
  CONTEXT_NAMES,
  RULES,
  THRESHOLDS,
  type Context,
  type PlaybookRule,
} from './playbook-rules.ts';

export interface PlaybookItem {
  ruleId: string;
  dimension: Dimension;
  dimensionName: Bilingual;
  context: Context;
  contextName: Bilingual;
  /** what fired the rule, with the scores that did it */
  trigger:
    | { kind: 'level'; level: 'low' | 'high'; score: number; threshold: number }
    | { kind: 'gap'; direction: 'higher' | 'lower'; score: number; homeScore: number; gap: number };
  do: Bilingual;
  avoid: Bilingual;
}

export interface MissingScore {
  dimension: Dimension;
  dimensionName: Bilingual;
  side: 'target' | 'home';
  note: Bilingual;
}

export interface Playbook {
  home: string;
  target: string;
  items: PlaybookItem[];
  missing: MissingScore[];
  disclaimer: Bilingual;
}

export const DISCLAIMER: Bilingual = {
  en: 'Scores describe national averages, not individuals: use them to prepare, then read the person in front of you.',
  zh: '分数描述的是国家层面的平均倾向，不代表具体某个人：用于事前准备，实际沟通中仍要因人而异。',
};

function fires(
  rule: PlaybookRule,
  score: number,
  homeScore: number | null,
): PlaybookItem['trigger'] | null {
  if ('level' in rule.when) {
    if (rule.when.level === 'low' && score <= THRESHOLDS.low)
      return { kind: 'level', level: 'low', score, threshold: THRESHOLDS.low };
    if (rule.when.level === 'high' && score >= THRESHOLDS.high)
      return { kind: 'level', level: 'high', score, threshold: THRESHOLDS.high };
    return null;
  }
  if (homeScore === null) return null;
  const gap = score - homeScore;
  if (rule.when.gap === 'higher' && gap >= THRESHOLDS.gap)
    return { kind: 'gap', direction: 'higher', score, homeScore, gap };
  if (rule.when.gap === 'lower' && -gap >= THRESHOLDS.gap)
    return { kind: 'gap', direction: 'lower', score, homeScore, gap };
  return null;
}

/** Compares a market with the home country and returns the guidance its scores call for. */
export function buildPlaybook(
  home: { code: string; scores: Scores },
  target: { code: string; scores: Scores },
): Playbook {
  const items: PlaybookItem[] = [];
  const missing: MissingScore[] = [];
  for (const dimension of DIMENSIONS) {
    const score = target.scores[dimension];
    const homeScore = home.scores[dimension];
    if (score === null) {
      missing.push({
        dimension,
        dimensionName: DIMENSION_NAMES[dimension],
        side: 'target',
        note: {
          en: `No ${DIMENSION_NAMES[dimension].en.toLowerCase()} score for ${target.code}: no guidance is given for it. Add your team’s own assessment to fill the gap.`,
          zh: `${target.code} 没有“${DIMENSION_NAMES[dimension].zh}”分数，此项不做建议；可由团队根据经验补充本工作区自己的评估。`,
        },
      });
      continue;
    }
    if (homeScore === null) {
      missing.push({
        dimension,
        dimensionName: DIMENSION_NAMES[dimension],
        side: 'home',
        note: {
          en: `No ${DIMENSION_NAMES[dimension].en.toLowerCase()} score for the home country ${home.code}: gaps are not compared.`,
          zh: `本国 ${home.code} 没有“${DIMENSION_NAMES[dimension].zh}”分数，无法比较差距。`,
        },
      });
    }
    for (const rule of RULES.filter((r) => r.dimension === dimension)) {
      const trigger = fires(rule, score, homeScore);
      if (trigger) {
        items.push({
          ruleId: rule.id,
          dimension,
          dimensionName: DIMENSION_NAMES[dimension],
          context: rule.context,
          contextName: CONTEXT_NAMES[rule.context],
          trigger,
          do: rule.do,
          avoid: rule.avoid,
        });
      }
    }
  }
  return { home: home.code, target: target.code, items, missing, disclaimer: DISCLAIMER };
}
