import { describe, expect, it } from 'vitest';
import { PORTAL_LANGUAGES } from './portal-labels.ts';
import { SURVEY_MAIL_LANGUAGES, surveyMail } from './survey-mail.ts';

const LINK = 'https://crm.test/survey/ws1.abcdef';

describe('survey mail', () => {
  it('speaks every portal language', () => {
    expect([...SURVEY_MAIL_LANGUAGES].sort()).toEqual([...PORTAL_LANGUAGES].sort());
  });

  it.each([
    ['es', 'csat', 'Hola, Lucía:', '¿Cómo lo hicimos? La bomba pierde agua', false],
    ['zh-CN', 'csat', '李娜，您好：', '请评价我们的服务：La bomba pierde agua', false],
    ['ar', 'nps', 'مرحبًا Lucía،', 'سؤال سريع: هل توصي بنا؟', true],
    ['de', 'nps', 'Hallo Lucía,', 'Eine kurze Frage: Würden Sie uns empfehlen?', false],
    ['ja', 'csat', 'Lucía 様', 'サポートの評価のお願い：La bomba pierde agua', false],
    ['tr', 'nps', 'Merhaba Lucía,', 'Kısa bir soru: bizi tavsiye eder misiniz?', false],
    // a language the survey does not speak reads English; a regional tag its language's words
    ['nl', 'nps', 'Hello Lucía,', 'A quick question: would you recommend us?', false],
  ] as const)('%s %s', (language, kind, hello, subject, rtl) => {
    const m = surveyMail({
      kind,
      language,
      link: LINK,
      firstName: language === 'zh-CN' ? '李娜' : 'Lucía',
      subject: 'La bomba\n pierde agua',
      senderName: 'Exporter Co.',
    });
    expect(m.subject).toBe(subject);
    expect(m.rtl).toBe(rtl);
    expect(m.text.startsWith(`${hello}\n\n`)).toBe(true);
    // the link stands on a line of its own
    expect(m.text.split('\n')).toContain(LINK);
    expect(m.text.trimEnd().endsWith('Exporter Co.')).toBe(true);
  });

  it('every language has its own words, none empty, the link in every body', () => {
    const seen = new Set<string>();
    for (const language of SURVEY_MAIL_LANGUAGES)
      for (const kind of ['csat', 'nps'] as const) {
        const m = surveyMail({
          kind,
          language,
          link: LINK,
          firstName: null,
          subject: 'X',
          senderName: '',
        });
        expect(m.language).toBe(language);
        expect(m.subject.length).toBeGreaterThan(3);
        expect(m.text).toContain(LINK);
        expect(m.text).not.toContain('{');
        seen.add(`${kind}:${m.subject}`);
      }
    expect(seen.size).toBe(SURVEY_MAIL_LANGUAGES.length * 2);
  });
});
