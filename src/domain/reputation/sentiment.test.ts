import { describe, expect, it } from 'vitest';
import { SENTIMENT_SAMPLE } from './sentiment-sample.ts';
import { baseLanguage, suggestSentiment } from './sentiment.ts';

describe('suggestSentiment', () => {
  it.each([
    ['Supplier praised for excellent service', 'en', 'positive'],
    ['Regulator fines supplier', 'en-GB', 'negative'],
    ['The project was not successful', 'en', 'negative'],
    ['No problems found', 'en', 'positive'],
    ['Meeting on Tuesday', 'en', 'neutral'],
    ['客户称赞服务优秀', 'zh-CN', 'positive'],
    ['项目并不成功', 'zh', 'negative'],
    ['未发现安全问题', 'zh-Hans', 'positive'],
    ['交货延误导致客户不满', 'zh', 'negative'],
    ['La empresa gana un premio', 'es-MX', 'positive'],
    ['El proyecto no tuvo éxito', 'es', 'negative'],
    ['Regulador multa empresa', 'pt-BR', 'negative'],
    ['Não houve problemas', 'pt-MZ', 'positive'],
    ['Le projet n’a pas été un succès', 'fr', 'negative'],
    ['Kunden loben den Service', 'de', 'positive'],
    ['Keine Sicherheitsmängel gefunden', 'de-AT', 'positive'],
    ['Rückruf wegen Defekt', 'de', 'negative'],
    // no lexicon for the language: neutral, said so
    ['Компания открыла завод', 'ru', 'neutral'],
  ])('%s (%s) → %s', (text, lang, expected) => {
    expect(suggestSentiment(text, lang).sentiment).toBe(expected);
  });

  it('says when a language has no lexicon', () => {
    expect(suggestSentiment('x', 'ru').language).toBeNull();
    expect(suggestSentiment('x', 'pt-MZ').language).toBe('pt');
    expect(baseLanguage('zh-Hans-CN')).toBe('zh');
  });

  // The figure in docs/reputation.md comes from `npm run bench:mentions`; this only guards
  // against the lexicon breaking (the measured accuracy was higher, see the docs).
  it('agrees with most labels of the hand-labelled sample in every language', () => {
    for (const [lang, rows] of Object.entries(SENTIMENT_SAMPLE)) {
      const right = rows.filter(([t, label]) => suggestSentiment(t, lang).sentiment === label);
      expect(right.length / rows.length, lang).toBeGreaterThanOrEqual(0.6);
    }
  });
});
