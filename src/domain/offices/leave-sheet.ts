import { isValidDate } from '../calendar/dates.ts';
import { fieldProblem, type FieldProblem } from '../field-errors.ts';

export const LEAVE_KINDS = ['annual', 'sick'] as const;
export type LeaveKind = (typeof LEAVE_KINDS)[number];

/** A sheet's header words for each column, English and Chinese, compared lower-cased. */
const HEADERS: Record<'person' | 'kind' | 'from' | 'to' | 'reason', string[]> = {
  person: ['person', 'name', 'employee', 'staff', '姓名', '员工', '人员'],
  kind: ['kind', 'type', 'leave type', '类型', '假期类型', '休假类型'],
  from: ['from', 'start', 'first day', '开始', '开始日期', '起始日期'],
  to: ['to', 'end', 'last day', '结束', '结束日期', '截止日期'],
  reason: ['reason', 'note', '原因', '备注'],
};

/** The kinds as people write them, in both languages. */
const KIND_WORDS: Record<string, LeaveKind> = {
  annual: 'annual',
  'annual leave': 'annual',
  vacation: 'annual',
  holiday: 'annual',
  年假: 'annual',
  休假: 'annual',
  sick: 'sick',
  'sick leave': 'sick',
  病假: 'sick',
};

export interface LeaveSheetRow {
  line: number;
  person: string;
  kind: LeaveKind;
  from: string;
  to: string;
  reason: string | null;
}

export interface LeaveSheetProblem {
  line: number;
  problem: FieldProblem;
}

export type Columns = Record<keyof typeof HEADERS, number>;

/** Where each column is, or the problems of a header that lacks a required one. */
export function leaveColumns(header: string[]): Columns | FieldProblem[] {
  const words = header.map((h) => h.trim().toLowerCase());
  const at = (k: keyof typeof HEADERS) => words.findIndex((w) => HEADERS[k].includes(w));
  const cols: Columns = {
    person: at('person'),
    kind: at('kind'),
    from: at('from'),
    to: at('to'),
    reason: at('reason'),
  };
  const missing = (['person', 'kind', 'from', 'to'] as const).filter((k) => cols[k] < 0);
  return missing.length ? missing.map((k) => fieldProblem(k, 'no_column', { column: k })) : cols;
}

/**
 * One sheet row read as leave, or its problems (each naming the field and the value it could not
 * read). Names are matched to people elsewhere: this checks only what the row itself says.
 */
export function readLeaveRow(
  cols: Columns,
  line: number,
  cells: string[],
): LeaveSheetRow | LeaveSheetProblem[] {
  const cell = (i: number) => (i >= 0 ? (cells[i] ?? '').trim() : '');
  const problems: FieldProblem[] = [];
  const person = cell(cols.person);
  if (!person) problems.push(fieldProblem('person', 'empty'));
  const kindText = cell(cols.kind);
  const kind = KIND_WORDS[kindText.toLowerCase()];
  if (!kind)
    problems.push(
      kindText
        ? fieldProblem('kind', 'one_of', { values: [...LEAVE_KINDS] })
        : fieldProblem('kind', 'empty'),
    );
  const from = cell(cols.from);
  const to = cell(cols.to);
  if (!isValidDate(from)) problems.push(fieldProblem('from', 'not_date', { value: from }));
  if (!isValidDate(to)) problems.push(fieldProblem('to', 'not_date', { value: to }));
  else if (isValidDate(from) && to < from) problems.push(fieldProblem('to', 'after_start'));
  const reason = cell(cols.reason);
  if (reason.length > 500) problems.push(fieldProblem('reason', 'too_long', { limit: 500 }));
  if (problems.length) return problems.map((problem) => ({ line, problem }));
  return { line, person, kind: kind!, from, to, reason: reason || null };
}
