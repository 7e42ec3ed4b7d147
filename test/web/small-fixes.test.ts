import { describe, expect, it } from 'vitest';
import { radarAxisLabel } from '../../web/src/countries/radar-labels.ts';
import { formatDate, formatDay } from '../../web/src/lib/format.ts';
import { languageOptions } from '../../web/src/lib/languages.ts';
import { firstDayOfWeek, leadingBlanks, weekdayNames, weekOrder } from '../../web/src/lib/week.ts';

describe('radar axis names fit the chart', () => {
  it.each([
    ['Long-term orientation', undefined, 'Long-term\norientation'],
    ['Uncertainty avoidance', undefined, 'Uncertainty\navoidance'],
    ['Masculinity (achievement)', undefined, 'Masculinity\n(achievement)'],
    ['Power distance', 'no score', 'Power\ndistance\n(no score)'],
    ['Indulgence', undefined, 'Indulgence'],
    ['长期导向', undefined, '长期导向'],
    ['男性化（成就导向）', '无数据', '男性化\n（成就导向）\n(无数据)'],
  ])('%s', (name, note, label) => {
    expect(radarAxisLabel(name, note)).toBe(label);
    for (const line of label.split('\n')) expect(line.length).toBeLessThanOrEqual(13);
  });
});

describe('the year calendar’s weekday header', () => {
  it.each([
    ['en', 7, [7, 1, 2, 3, 4, 5, 6]],
    ['en-GB', 1, [1, 2, 3, 4, 5, 6, 7]],
    ['zh-CN', 1, [1, 2, 3, 4, 5, 6, 7]],
    ['ar-EG', 6, [6, 7, 1, 2, 3, 4, 5]],
  ])('%s starts on ISO day %d', (locale, first, order) => {
    expect(firstDayOfWeek(locale)).toBe(first);
    expect(weekOrder(first)).toEqual(order);
  });

  it('names the days in the reader’s language', () => {
    expect(weekdayNames('en')[5]).toBe('Fri');
    expect(weekdayNames('zh-CN')[6]).toBe('周六');
  });

  it.each([
    // 1 March 2026 is a Sunday: no blank in a Sunday-first grid, six in a Monday-first one
    [2026, 2, 7, 0],
    [2026, 2, 1, 6],
    [2026, 2, 6, 1],
    // 1 January 2024 is a Monday
    [2024, 0, 1, 0],
    [2024, 0, 7, 1],
  ])('%d-%d with first day %d has %d blank cells', (year, month, first, blanks) => {
    expect(leadingBlanks(year, month, first)).toBe(blanks);
  });
});

describe('one date format per locale on the customer page', () => {
  it.each([
    ['2026-03-01', 'en', 'Mar 1, 2026'],
    ['2026-03-01', 'zh-CN', '2026年3月1日'],
    // an instant is written in the same style as a calendar date
    ['2026-03-01T10:00:00Z', 'zh-CN', '2026年3月1日'],
    ['not a date', 'en', 'not a date'],
  ])('%s in %s is %s', (value, locale, text) => {
    expect(formatDate(value, locale)).toBe(text);
  });

  it('keeps a calendar date on its day in every zone and names the weekday for day lists', () => {
    expect(formatDay('2026-03-02', 'en')).toBe('Mon, Mar 2');
    expect(formatDay('2026-03-02', 'zh-CN')).toBe('3月2日周一');
  });
});

describe('contact languages chosen by name', () => {
  it('names the codes in the reader’s language and finds them by either name', () => {
    const zh = languageOptions('zh-CN');
    const ptBR = zh.find((o) => o.value === 'pt-BR');
    expect(ptBR?.label).toBe('巴西葡萄牙语 · pt-BR');
    expect(ptBR?.search).toContain('brazilian portuguese');
    expect(zh.filter((o) => o.search.includes('德语')).map((o) => o.value)).toEqual(['de']);
    expect(languageOptions('en').find((o) => o.value === 'ar')?.label).toBe('Arabic · ar');
  });

  it('keeps a contact’s saved code that is not in the list', () => {
    expect(languageOptions('en', 'gsw').map((o) => o.value)).toContain('gsw');
    expect(languageOptions('en').map((o) => o.value)).not.toContain('gsw');
  });
});
