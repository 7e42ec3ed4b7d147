import {
  DIMENSIONS,
  DIMENSION_NAMES,
  type Bilingual,
  type Dimension,
  type Scores,
} from '../culture/dimensions.ts';
import { DISCLAIMER } from '../culture/playbook.ts';
import { THRESHOLDS } from '../culture/playbook-rules.ts';
import {
  LEADERSHIP_CONTEXT_NAMES,
  LEADERSHIP_RULES,
  type LeadershipContext,
  type LeadershipRule,
} from './leadership-rules.ts';

export interface LeadershipItem {
  ruleId: string;
  dimension: Dimension;
  dimensionName: Bilingual;
  context: LeadershipContext;
  contextName: Bilingual;
  trigger:
    | { kind: 'level'; level: 'low' | 'high'; score: number; threshold: number }
    | { kind: 'gap'; direction: 'higher' | 'lower'; score: number; hqScore: number; gap: number };
  do: Bilingual;
  avoid: Bilingual;
}

export interface LeadershipPlaybook {
  hq: string;
  office: string;
  items: LeadershipItem[];
  missing: { dimension: Dimension; side: 'office' | 'hq'; note: Bilingual }[];
  source: string;
  disclaimer: Bilingual;
}

function fires(
  rule: LeadershipRule,
  score: number,
  hq: number | null,
): LeadershipItem['trigger'] | null {
  if ('level' in rule.when) {
    if (rule.when.level === 'low' && score <= THRESHOLDS.low)
      return { kind: 'level', level: 'low', score, threshold: THRESHOLDS.low };
    if (rule.when.level === 'high' && score >= THRESHOLDS.high)
      return { kind: 'level', level: 'high', score, threshold: THRESHOLDS.high };
    return null;
  }
  if (hq === null) return null;
  const gap = score - hq;
  if (rule.when.gap === 'higher' && gap >= THRESHOLDS.gap)
    return { kind: 'gap', direction: 'higher', score, hqScore: hq, gap };
  if (rule.when.gap === 'lower' && -gap >= THRESHOLDS.gap)
    return { kind: 'gap', direction: 'lower', score, hqScore: hq, gap };
  return null;
}

/**
 * How to lead an office's team, from its country's six scores against headquarters'. A missing
 * score gives no advice and says so: the UAE and Kazakhstan have no scores in the dataset.
 */
export function leadershipPlaybook(
  hq: { code: string; scores: Scores },
  office: { code: string; scores: Scores },
  source: string,
): LeadershipPlaybook {
  const items: LeadershipItem[] = [];
  const missing: LeadershipPlaybook['missing'] = [];
  for (const dimension of DIMENSIONS) {
    const name = DIMENSION_NAMES[dimension];
    const score = office.scores[dimension];
    const hqScore = hq.scores[dimension];
    if (score === null) {
      missing.push({
        dimension,
        side: 'office',
        note: {
          en: `No ${name.en.toLowerCase()} score for ${office.code}: no advice on it. A workspace assessment in the country settings fills the gap.`,
          zh: `${office.code} 没有“${name.zh}”分数，此项不给建议；可在国家设置里填写本工作区自己的评估。`,
        },
      });
      continue;
    }
    if (hqScore === null)
      missing.push({
        dimension,
        side: 'hq',
        note: {
          en: `No ${name.en.toLowerCase()} score for headquarters’ country ${hq.code}: the gap is not compared.`,
          zh: `总部所在国 ${hq.code} 没有“${name.zh}”分数，无法比较差距。`,
        },
      });
    for (const rule of LEADERSHIP_RULES.filter((r) => r.dimension === dimension)) {
      const trigger = fires(rule, score, hqScore);
      if (!trigger) continue;
      items.push({
        ruleId: rule.id,
        dimension,
        dimensionName: name,
        context: rule.context,
        contextName: LEADERSHIP_CONTEXT_NAMES[rule.context],
        trigger,
        do: rule.do,
        avoid: rule.avoid,
      });
    }
  }
  return { hq: hq.code, office: office.code, items, missing, source, disclaimer: DISCLAIMER };
}
