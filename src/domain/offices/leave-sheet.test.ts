import { describe, expect, it } from 'vitest';
import { leaveColumns, readLeaveRow, type Columns } from './leave-sheet.ts';

describe('leave sheet columns', () => {
  it.each([
    [['Person', 'Kind', 'From', 'To', 'Reason'], { person: 0, kind: 1, from: 2, to: 3, reason: 4 }],
    [['姓名', '类型', '开始日期', '结束日期'], { person: 0, kind: 1, from: 2, to: 3, reason: -1 }],
    [[' to ', 'FROM', 'type', 'Employee'], { person: 3, kind: 2, from: 1, to: 0, reason: -1 }],
  ])('%j', (header, cols) => expect(leaveColumns(header)).toEqual(cols));

  it('names every required column a header lacks', () => {
    const out = leaveColumns(['Name', 'Start']);
    expect(Array.isArray(out) && out.map((p) => [p.code, p.params])).toEqual([
      ['no_column', { column: 'kind' }],
      ['no_column', { column: 'to' }],
    ]);
  });
});

describe('a leave sheet row', () => {
  const cols: Columns = { person: 0, kind: 1, from: 2, to: 3, reason: 4 };
  const read = (cells: string[]) => readLeaveRow(cols, 7, cells);

  it.each([
    [
      ['Amira Haddad', 'annual', '2026-05-26', '2026-05-29', 'Eid with family'],
      'annual',
      'Eid with family',
    ],
    [[' Amira Haddad ', 'Annual Leave', '2026-05-26', '2026-05-26', ''], 'annual', null],
    [['Li Wei', '年假', '2026-02-16', '2026-02-20', ''], 'annual', null],
    [['Li Wei', '病假', '2026-03-02', '2026-03-03'], 'sick', null],
    [['Li Wei', 'SICK', '2026-03-02', '2026-03-03'], 'sick', null],
  ])('%j reads as %s', (cells, kind, reason) =>
    expect(read(cells)).toMatchObject({ line: 7, person: cells[0]!.trim(), kind, reason }),
  );

  it.each([
    [['', 'annual', '2026-05-26', '2026-05-29'], [['person', 'empty']]],
    [['A', 'maternity', '2026-05-26', '2026-05-29'], [['kind', 'one_of']]],
    [['A', '', '2026-05-26', '2026-05-29'], [['kind', 'empty']]],
    [['A', 'annual', '26/05/2026', '2026-05-29'], [['from', 'not_date']]],
    [['A', 'annual', '2026-02-30', '2026-03-01'], [['from', 'not_date']]],
    [['A', 'annual', '2026-05-29', '2026-05-26'], [['to', 'after_start']]],
    [['A', 'annual', '2026-05-29', ''], [['to', 'not_date']]],
    [['A', 'annual', '2026-05-26', '2026-05-29', 'x'.repeat(501)], [['reason', 'too_long']]],
    [
      ['', 'x', 'y', 'z'],
      [
        ['person', 'empty'],
        ['kind', 'one_of'],
        ['from', 'not_date'],
        ['to', 'not_date'],
      ],
    ],
  ])('%j has problems %j', (cells, problems) => {
    const out = read(cells);
    expect(Array.isArray(out) && out.map((p) => [p.problem.field, p.problem.code])).toEqual(
      problems,
    );
    if (Array.isArray(out)) expect(out.every((p) => p.line === 7)).toBe(true);
  });
});
