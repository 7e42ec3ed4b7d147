import { describe, expect, it } from 'vitest';
import { compileNames, fold, matchNames } from './name-match.ts';

const names = compileNames([
  { name: 'Haier', kind: 'company' },
  { name: '海尔', kind: 'company' },
  { name: 'Хайер', kind: 'company' },
  { name: 'هاير', kind: 'company' },
  { name: 'Sany', kind: 'brand' },
  { name: '三一重工', kind: 'brand' },
  { name: 'Café Zhōng', kind: 'brand' },
  { name: 'ハイアール', kind: 'brand' },
]);

describe('fold', () => {
  it.each([
    ['ＨＡＩＥＲ', 'haier'],
    ['Café  Zhōng!', 'cafe zhong'],
    ['ХАЙЕР', 'хаиер'], // й loses its breve like é its accent,
    ['أَهْلاً', 'اهلا'],
    ['ёлка', 'елка'],
    ['مدرسة', 'مدرسه'],
  ])('%s → %s', (text, expected) => expect(fold(text)).toBe(expected));
});

describe('matchNames', () => {
  it.each([
    // Latin: word edges, any case, full width, punctuation around
    ['Haier opens a plant in Maputo', ['Haier']],
    ['Protests at HAIER’s warehouse', ['Haier']],
    ['ＨＡＩＥＲ announces results', ['Haier']],
    ['Haierwise is a different company', []],
    ['Tourism in Sanya grows', []],
    ['Sany excavators win tender', ['Sany']],
    ['cafe zhong opens', ['Café Zhōng']],
    // Chinese and Japanese: no spaces, the name inside a run of text
    ['海尔集团在莫桑比克开设工厂', ['海尔']],
    ['三一重工中标哈萨克斯坦项目', ['三一重工']],
    ['ハイアールが新工場を発表', ['ハイアール']],
    ['三一集团', []],
    // Cyrillic: case and edges
    ['ХАЙЕР открывает завод в Алматы', ['Хайер']],
    ['Компания Хайер-Казахстан', ['Хайер']],
    ['Хайеровский', []],
    // Arabic: vowel marks, proclitics glued to the name
    ['افتتاح مصنع هاير في الرياض', ['هاير']],
    ['وهاير تعلن عن نتائجها', ['هاير']],
    ['هَايِر تفتتح', ['هاير']],
    ['شركة كهاير', ['هاير']],
    ['تهاير', []],
    // several names in one item, in the configured order
    ['海尔 (Haier) and Sany sign deal', ['Haier', '海尔', 'Sany']],
    ['Nothing to see here', []],
  ])('%s → %j', (text, expected) => expect(matchNames(text, names)).toEqual(expected));

  it('drops empty names and names that fold the same', () => {
    expect(compileNames([{ name: ' ' }, { name: 'Haier' }, { name: 'HAIER' }])).toHaveLength(1);
  });
});
