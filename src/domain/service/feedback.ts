import { shiftInstant } from '../calendar/dates.ts';

/**
 * CSAT and NPS as figures people can trust: every figure carries the count of answers behind it,
 * and a group with fewer answers than the minimum shows no figure at all (a "100" from one
 * answer misleads more than it tells).
 */

/** NPS answers are 0–10: promoters 9–10, passives 7–8, detractors 0–6. */
export type NpsClass = 'promoter' | 'passive' | 'detractor';

export function npsClass(score: number): NpsClass {
  if (!Number.isInteger(score) || score < 0 || score > 10)
    throw new RangeError(`an NPS answer is a whole number 0–10, not ${score}`);
  return score >= 9 ? 'promoter' : score >= 7 ? 'passive' : 'detractor';
}

export interface NpsFigure {
  answers: number;
  promoters: number;
  passives: number;
  detractors: number;
  /** % promoters − % detractors, rounded to a whole number; null under the minimum count */
  nps: number | null;
}

export interface CsatFigure {
  answers: number;
  /** mean of 1–5, two decimals; null under the minimum count */
  average: number | null;
  /** share of 4 and 5 answers in %, whole number; null under the minimum count */
  satisfiedPercent: number | null;
}

/** The default minimum: below five answers a group shows its count only. */
export const MIN_ANSWERS = 5;

export function npsOf(scores: readonly number[], minAnswers = MIN_ANSWERS): NpsFigure {
  let promoters = 0;
  let passives = 0;
  let detractors = 0;
  for (const s of scores) {
    const c = npsClass(s);
    if (c === 'promoter') promoters++;
    else if (c === 'passive') passives++;
    else detractors++;
  }
  const answers = scores.length;
  const nps =
    answers >= minAnswers && answers > 0
      ? Math.round(((promoters - detractors) * 100) / answers)
      : null;
  return { answers, promoters, passives, detractors, nps };
}

export function csatOf(scores: readonly number[], minAnswers = MIN_ANSWERS): CsatFigure {
  for (const s of scores)
    if (!Number.isInteger(s) || s < 1 || s > 5)
      throw new RangeError(`a CSAT answer is a whole number 1–5, not ${s}`);
  const answers = scores.length;
  if (answers < minAnswers || answers === 0)
    return { answers, average: null, satisfiedPercent: null };
  const sum = scores.reduce((n, s) => n + s, 0);
  const satisfied = scores.filter((s) => s >= 4).length;
  return {
    answers,
    average: Math.round((sum * 100) / answers) / 100,
    satisfiedPercent: Math.round((satisfied * 100) / answers),
  };
}

/** NPS per group (country, tier, owner, period…), each with its count; groups sorted by key. */
export function npsBy<A>(
  answers: readonly A[],
  keyOf: (a: A) => string,
  scoreOf: (a: A) => number,
  minAnswers = MIN_ANSWERS,
): { key: string; figure: NpsFigure }[] {
  const groups = new Map<string, number[]>();
  for (const a of answers) {
    const key = keyOf(a);
    let g = groups.get(key);
    if (!g) groups.set(key, (g = []));
    g.push(scoreOf(a));
  }
  return [...groups]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([key, scores]) => ({ key, figure: npsOf(scores, minAnswers) }));
}

/**
 * The figures from counts a database sums up (a million answers never leave SQL): NPS from its
 * classes, CSAT from the sum of scores and the 4–5 count. Same rounding and minimum as above.
 */
export interface AnswerCounts {
  answers: number;
  /** NPS: 9–10; CSAT: unused */
  promoters: number;
  /** NPS: 0–6; CSAT: unused */
  detractors: number;
  /** the sum of the scores */
  sum: number;
  /** CSAT: 4–5 */
  satisfied: number;
}

export function npsFromCounts(c: AnswerCounts, minAnswers = MIN_ANSWERS): NpsFigure {
  const passives = c.answers - c.promoters - c.detractors;
  const nps =
    c.answers >= minAnswers && c.answers > 0
      ? Math.round(((c.promoters - c.detractors) * 100) / c.answers)
      : null;
  return {
    answers: c.answers,
    promoters: c.promoters,
    passives,
    detractors: c.detractors,
    nps,
  };
}

export function csatFromCounts(c: AnswerCounts, minAnswers = MIN_ANSWERS): CsatFigure {
  if (c.answers < minAnswers || c.answers === 0)
    return { answers: c.answers, average: null, satisfiedPercent: null };
  return {
    answers: c.answers,
    average: Math.round((c.sum * 100) / c.answers) / 100,
    satisfiedPercent: Math.round((c.satisfied * 100) / c.answers),
  };
}

/** A poor answer: an NPS detractor (0–6) or a CSAT of 1–2. It plans a follow-up and costs health. */
export function isPoor(kind: 'csat' | 'nps', score: number): boolean {
  return kind === 'nps' ? score <= 6 : score <= 2;
}

/** How long an answer can be changed after it was first given. */
export const ANSWER_CHANGE_DAYS = 7;

/** Whether an answer first given at `first` can still be changed at `now`. */
export function canChangeAnswer(first: Date, now: Date, days = ANSWER_CHANGE_DAYS): boolean {
  return now <= shiftInstant(first, days);
}

/** Business days within which the owner follows up a detractor, in the customer's calendar. */
export const DETRACTOR_FOLLOW_UP_DAYS = 2;

/** Health points one poor answer in the last 90 days costs, and the most all of them cost. */
export const POOR_ANSWER_PENALTY = 10;
export const POOR_ANSWER_PENALTY_MAX = 20;

/** What the summary groups answers by: the customer's country, tier, owner, or the month. */
export const SUMMARY_GROUPS = ['country', 'tier', 'owner', 'month', 'product'] as const;
export type SummaryGroup = (typeof SUMMARY_GROUPS)[number];
