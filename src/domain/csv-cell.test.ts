import { stringify } from 'csv-stringify/sync';
import { describe, expect, it } from 'vitest';
import { CSV_QUOTED_MATCH, csvCell } from './csv-cell.ts';

describe('csvCell', () => {
  it.each([
    ['=HYPERLINK("http://evil.example","click")', `'=HYPERLINK("http://evil.example","click")`],
    ['@SUM(1)', "'@SUM(1)"],
    ['+49 30 1234', "'+49 30 1234"],
    ['-12', "'-12"],
    ['\t=1+1', "'\t=1+1"],
    ['\r=1+1', "'\r=1+1"],
    ['Müller Maschinenbau GmbH', 'Müller Maschinenbau GmbH'],
    ['a=b', 'a=b'],
    ["'already quoted", "'already quoted"],
    ['', ''],
    [null, ''],
    [undefined, ''],
    [-12, -12],
    [3.5, 3.5],
    [Number.NaN, ''],
  ] as const)('%j → %j', (input, expected) => {
    expect(csvCell(input)).toBe(expected);
  });

  it('is quoted by the writer when neutralised; numbers and plain text are not', () => {
    const line = stringify([[csvCell('@SUM(1)'), csvCell(-12), csvCell('plain')]], {
      quoted_match: CSV_QUOTED_MATCH,
    });
    expect(line).toBe(`"'@SUM(1)",-12,plain\n`);
  });
});
