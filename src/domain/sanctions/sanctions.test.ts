import { describe, expect, it } from 'vitest';
import { jaroWinkler } from './jaro-winkler.ts';
import { evidence, HIT_THRESHOLD, scoreNames, verdict } from './match.ts';
import { normaliseName } from './normalise.ts';
import { ScreenIndex, type ScreenEntry } from './screen-index.ts';

const score = (a: string, b: string) => scoreNames(normaliseName(a), normaliseName(b)).score;

describe('Jaro–Winkler', () => {
  it.each([
    ['martha', 'marhta', 0.961],
    ['dwayne', 'duane', 0.84],
    ['dixon', 'dicksonx', 0.813],
    ['abc', 'abc', 1],
    ['abc', 'xyz', 0],
    ['', 'abc', 0],
  ])('%s / %s = %s', (a, b, expected) => {
    expect(jaroWinkler(a, b)).toBeCloseTo(expected, 3);
  });
});

describe('name normalisation', () => {
  it.each([
    ['Алексей Иванов', ['aleksei', 'ivanov']],
    ['ООО «Ромашка»', ['romashka']],
    ['Müller Maschinenbau GmbH & Co. KG', ['muler', 'maschinenbau']],
    ['Ελληνική Εταιρεία', ['eliniki', 'etaireia']],
    ['محمد علي', ['mhmd', 'l']],
    ['شركة النور ذ.م.م', ['shrk', 'nr']],
    ['李伟', ['li', 'wei']],
    ['华为技术有限公司', ['hua', 'wei', 'ji', 'shu']],
    ['J. Smith', ['smith']],
  ])('%s → %j', (name, tokens) => {
    expect(normaliseName(name)[0]!.map((t) => t.text)).toEqual(tokens);
  });

  it('offers each grouping of Chinese syllables', () => {
    const forms = normaliseName('王小明').map((v) => v.map((t) => t.text).join(' '));
    expect(forms).toContain('wang ksiaoming');
    expect(forms).toContain('wangksiaoming');
  });
});

describe('true hits across scripts and spellings', () => {
  it.each([
    // Cyrillic against its Latin alias, in either word order
    ['Алексей Иванов', 'Aleksei Ivanov'],
    ['Алексей Иванов', 'IVANOV, Alexey'],
    ['Сергей Петров', 'Petrov Sergey'],
    ['Виктор Бут', 'Viktor Bout'],
    // Arabic against its Latin spellings (consonant skeletons)
    ['محمد علي', 'Mohammed Ali'],
    ['أسامة بن لادن', 'Usama bin Laden'],
    ['عبدالله الحسن', 'Abdullah Al-Hassan'],
    // Chinese names against their pinyin, as the lists write them
    ['李伟', 'LI Wei'],
    ['王小明', 'WANG Xiaoming'],
    ['中兴通讯股份有限公司', 'Zhongxing Tongxun'],
    ['华为技术有限公司', 'Huawei Jishu Co., Ltd.'],
    // Greek
    ['Ελληνική Ναυτιλιακή', 'Elliniki Naftiliaki'],
    // Latin spelling variants, typos, legal forms
    ['Osama bin Laden', 'Usama bin Ladin'],
    ['Mohammed Ali', 'Muhammad Ali'],
    ['Smith Industries', 'Smyth Industries Ltd'],
    ['ООО Ромашка', 'ROMASHKA LLC'],
    ['Kim Jong Un', 'KIM Jong-un'],
    ['Banco Nacional de Cuba', 'BANCO NACIONAL DE CUBA S.A.'],
  ])('%s ~ %s', (a, b) => {
    expect(score(a, b)).toBeGreaterThanOrEqual(HIT_THRESHOLD);
  });
});

describe('near misses that must not match', () => {
  it.each([
    // different companies sharing common words
    ['Global Trading LLC', 'Global Logistics LLC'],
    ['Golden Star Trading Co', 'Golden Sun Trading Co'],
    ['Sea Star Shipping', 'Sea Sky Shipping'],
    ['International Trading Company', 'International Shipping Company'],
    ['Oriental Machinery Ltd', 'Oriental Textiles Ltd'],
    // people sharing a surname or a first name
    ['Petrov Sergei', 'Petrova Svetlana'],
    ['Ahmad Hassan', 'Ahmad Karimi'],
    ['Aleksandr Ivanov', 'Aleksei Ivanov'],
    ['Li Wei', 'Li Na'],
    ['Mohammed Ali', 'Mohammed Rahman'],
    // a name contained in a longer one
    ['Rosneft', 'Rosneft Oil Trading Company'],
    // unrelated
    ['Müller Maschinenbau', 'Miller Logistics'],
  ])('%s ≁ %s', (a, b) => {
    expect(score(a, b)).toBeLessThan(HIT_THRESHOLD);
  });
});

describe('country and birth date as supporting evidence', () => {
  const entry = { countries: ['RU'], birthDates: ['1967-01-13'] };
  it.each([
    [{ country: 'RU', birthDate: '1967-01-13' }, 'same', 'same', 0.08],
    [{ country: 'ru' }, 'same', null, 0.03],
    [{ country: 'DE' }, 'different', null, -0.05],
    [{ birthDate: '1967-05-02' }, null, 'same-year', 0.02],
    [{ birthDate: '1980-01-13' }, null, 'different', -0.1],
    [{}, null, null, 0],
  ] as const)('%j', (query, country, birthDate, adjustment) => {
    const ev = evidence(query, entry);
    expect(ev.country).toBe(country);
    expect(ev.birthDate).toBe(birthDate);
    expect(ev.adjustment).toBeCloseTo(adjustment, 5);
  });

  it('moves a borderline name over or under the threshold, never a poor one', () => {
    expect(verdict(0.87, evidence({ country: 'RU' }, entry)).hit).toBe(true);
    expect(verdict(0.9, evidence({ birthDate: '1980-01-01' }, entry)).hit).toBe(false);
    expect(verdict(0.8, evidence({ country: 'RU', birthDate: '1967-01-13' }, entry)).hit).toBe(
      false,
    );
    expect(verdict(0.95, evidence({}, { countries: [], birthDates: [] }))).toEqual({
      score: 0.95,
      hit: true,
    });
  });
});

describe('the screening index', () => {
  const entries: ScreenEntry[] = [
    {
      id: 'e1',
      listId: 'ofac',
      names: ['IVANOV, Aleksei', 'Алексей Иванов'],
      countries: ['RU'],
      birthDates: ['1967-01-13'],
    },
    {
      id: 'e2',
      listId: 'ofac',
      names: ['GLOBAL LOGISTICS LLC'],
      countries: ['IR'],
      birthDates: [],
    },
    { id: 'e3', listId: 'un', names: ['Usama bin Laden'], countries: [], birthDates: ['1957'] },
    { id: 'e4', listId: 'own', names: ['WANG Xiaoming'], countries: ['CN'], birthDates: [] },
  ];
  const index = new ScreenIndex(entries);

  it.each([
    ['Alexey Ivanov', 'e1'],
    ['Иванов Алексей', 'e1'],
    ['أسامة بن لادن', 'e3'],
    ['王小明', 'e4'],
    ['Global Logistics', 'e2'],
  ])('%s hits %s', (name, id) => {
    expect(index.screen({ name }).map((h) => h.entryId)).toEqual([id]);
  });

  it.each(['Global Trading LLC', 'Ivan Petrov', 'Xiaoming Trading', ''])(
    '%s hits nothing',
    (name) => {
      expect(index.screen({ name })).toEqual([]);
    },
  );

  it('reports the matched parts and the evidence', () => {
    const [hit] = index.screen({ name: 'Alexey IVANOV', country: 'RU', birthDate: '1967-01-13' });
    expect(hit).toMatchObject({
      listId: 'ofac',
      entryId: 'e1',
      score: 1,
      matchedOn: { country: 'same', birthDate: 'same' },
    });
    expect(hit!.matchedOn.tokens.map((t) => [t.query, t.entry]).sort()).toEqual([
      ['Alexey', 'Aleksei'],
      ['IVANOV', 'IVANOV,'],
    ]);
  });

  it('a different birth date keeps a borderline name off the hits', () => {
    expect(index.screen({ name: 'Aleksandr Ivanov' })).toEqual([]);
    expect(index.screen({ name: 'Usama bin Laden', birthDate: '1990-01-01' })).toHaveLength(1);
  });
});
