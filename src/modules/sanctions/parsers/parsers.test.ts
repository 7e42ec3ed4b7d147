import { describe, expect, it } from 'vitest';
import { AppError } from '../../../http/errors.ts';
import { parseList, type ListFormat } from './index.ts';
import { parseListDate } from './list-entry.ts';

const fixture = (name: string) => `test/fixtures/sanctions/${name}`;

async function failure(format: ListFormat, file: string) {
  const err = await parseList(format, fixture(file)).then(
    () => null,
    (e: unknown) => e,
  );
  expect(err).toBeInstanceOf(AppError);
  return (err as AppError).errors?.[0];
}

describe('list parsers read the official formats', () => {
  it.each([
    ['ofac-sdn-csv', 'sdn.csv', 36, null],
    ['ofac-sdn-xml', 'sdn.xml', 36, '2026-11-27'],
    ['eu-xml', 'eu-consolidated.xml', 36, '2026-11-26'],
    ['un-xml', 'un-consolidated.xml', 36, '2026-11-25'],
    ['csv', 'watch-list.csv', 25, null],
  ] as const)('%s (%s)', async (format, file, count, publishedAt) => {
    const list = await parseList(format, fixture(file));
    expect(list.entries).toHaveLength(count);
    expect(list.publishedAt).toBe(publishedAt);
    const ivanov = list.entries.find((e) => e.names.some((n) => /ivanov/i.test(n)))!;
    expect(ivanov.kind).toBe(format === 'csv' ? 'other' : 'person');
    expect(ivanov.countries).toContain('RU');
    expect(ivanov.birthDates).toEqual(['1967-01-13']);
    expect(ivanov.names.length).toBeGreaterThanOrEqual(2);
    expect(list.entries.every((e) => e.ref && e.names.length)).toBe(true);
  });

  it('keeps aliases and original-script names apart from the primary name', async () => {
    const eu = await parseList('eu-xml', fixture('eu-consolidated.xml'));
    expect(eu.entries[0]).toMatchObject({
      ref: '4001',
      names: ['Aleksei IVANOV', 'Alexey IVANOV', 'Алексей Иванов'],
      programs: ['EU.301.1'],
    });
    const un = await parseList('un-xml', fixture('un-consolidated.xml'));
    expect(un.entries.find((e) => e.names[0] === 'MOHAMMED ABDULLAH')?.names).toEqual([
      'MOHAMMED ABDULLAH',
      'محمد عبدالله',
      'Muhammad ABDALLAH',
    ]);
    const ofac = await parseList('ofac-sdn-xml', fixture('sdn.xml'));
    expect(ofac.entries[0]).toMatchObject({
      ref: '2001',
      names: ['Aleksei IVANOV', 'Alexey IVANOV'],
      programs: ['SDGT'],
    });
    const csv = await parseList('ofac-sdn-csv', fixture('sdn.csv'));
    expect(csv.entries[1]).toMatchObject({
      ref: '1002',
      kind: 'entity',
      names: ['ROMASHKA LLC', 'ROMASHKA OOO'],
    });
  });

  it.each([
    ['13 Jan 1967', '1967-01-13'],
    ['circa 1960', '1960'],
    ['Mar 1971', '1971-03'],
    ['11/27/2026', '2026-11-27'],
    ['2026-11-26T16:05:12.348+01:00', '2026-11-26'],
    ['unknown', null],
  ])('date %s → %s', (text, date) => {
    expect(parseListDate(text)).toBe(date);
  });
});

describe('bad list files are refused with a clear field error', () => {
  it.each([
    ['ofac-sdn-xml', 'billion-laughs.xml', 'sanctions_xml_doctype'],
    ['eu-xml', 'external-entity.xml', 'sanctions_xml_doctype'],
    ['eu-xml', 'undeclared-entity.xml', 'sanctions_xml_malformed'],
    ['ofac-sdn-xml', 'truncated.xml', 'sanctions_xml_malformed'],
    ['un-xml', 'sdn.xml', 'sanctions_xml_root'],
    ['eu-xml', 'sdn.csv', 'sanctions_xml_malformed'],
    ['ofac-sdn-csv', 'wrong-columns.csv', 'sanctions_csv_columns'],
    ['csv', 'wrong-header.csv', 'sanctions_csv_header'],
    ['csv', 'sdn.csv', 'sanctions_csv_header'],
  ] as const)('%s given %s → %s', async (format, file, code) => {
    const e = await failure(format, file);
    expect(e).toMatchObject({ path: '/file', code });
  });

  it('an XML bomb is refused at its DTD, before any entity is expanded', async () => {
    const before = process.memoryUsage().heapUsed;
    await failure('ofac-sdn-xml', 'billion-laughs.xml');
    expect(process.memoryUsage().heapUsed - before).toBeLessThan(50 * 1024 ** 2);
  });
});
