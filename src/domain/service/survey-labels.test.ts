import { describe, expect, it } from 'vitest';
import { chooseTemplateLanguage } from '../communication/language.ts';
import { SURVEY_LANGUAGES, surveyLabels } from './survey-labels.ts';
import { canChangeAnswer, csatFromCounts, isPoor, npsFromCounts, npsOf } from './feedback.ts';

describe('survey labels', () => {
  it('has every label in each of the twelve languages', () => {
    expect(SURVEY_LANGUAGES).toEqual(
      expect.arrayContaining([
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
      ]),
    );
    const keys = Object.keys(surveyLabels('en').labels).sort();
    for (const l of SURVEY_LANGUAGES) {
      const { labels } = surveyLabels(l);
      expect(Object.keys(labels).sort()).toEqual(keys);
      for (const v of Object.values(labels)) expect(v.trim().length).toBeGreaterThan(0);
    }
  });

  it.each([
    ['ar', 'ar', true],
    ['de', 'de', false],
    ['sw', 'en', false],
  ])('%s reads %s (rtl %s)', (asked, language, rtl) =>
    expect(surveyLabels(asked)).toMatchObject({ language, rtl }),
  );

  it.each([
    ['pt-BR', 'BR', 'pt'],
    [null, 'SA', 'ar'],
    [null, 'CN', 'zh-CN'],
    [null, 'KE', 'en'],
    ['fr', 'DE', 'fr'],
  ])('a contact asking %s in %s is asked in %s', (contactLanguage, country, want) =>
    expect(
      chooseTemplateLanguage({
        available: SURVEY_LANGUAGES,
        contactLanguage,
        country,
        workspaceDefault: 'en',
      })?.language,
    ).toBe(want),
  );
});

describe('figures from counts', () => {
  it.each([
    [[10, 9, 10, 9, 8, 7, 3, 0], 5],
    [[0, 1, 2, 3, 6], 5],
    [[10, 10, 10, 10], 5],
    [[10, 10, 9, 6, 7, 8], 1],
  ])('NPS from counts of %j equals NPS of the answers', (scores, min) => {
    const counts = {
      answers: scores.length,
      promoters: scores.filter((s) => s >= 9).length,
      detractors: scores.filter((s) => s <= 6).length,
      sum: scores.reduce((a, b) => a + b, 0),
      satisfied: 0,
    };
    expect(npsFromCounts(counts, min)).toEqual(npsOf(scores, min));
  });

  it.each([
    [{ answers: 4, sum: 20, satisfied: 4 }, null, null],
    [{ answers: 5, sum: 18, satisfied: 3 }, 3.6, 60],
    [{ answers: 6, sum: 29, satisfied: 6 }, 4.83, 100],
  ])('CSAT of %j: average %s, satisfied %s%%', (c, average, satisfiedPercent) =>
    expect(csatFromCounts({ promoters: 0, detractors: 0, ...c })).toMatchObject({
      answers: c.answers,
      average,
      satisfiedPercent,
    }),
  );

  it.each([
    ['nps', 6, true],
    ['nps', 7, false],
    ['csat', 2, true],
    ['csat', 3, false],
  ] as const)('%s %i is poor: %s', (kind, score, poor) => expect(isPoor(kind, score)).toBe(poor));

  it.each([
    ['2026-11-01T10:00:00Z', '2026-11-08T10:00:00Z', true],
    ['2026-11-01T10:00:00Z', '2026-11-08T10:00:01Z', false],
  ])('first answered %s, changed %s: allowed %s', (first, now, ok) =>
    expect(canChangeAnswer(new Date(first), new Date(now))).toBe(ok),
  );
});
