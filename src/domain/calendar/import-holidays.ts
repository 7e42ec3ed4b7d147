import { fieldProblem, type FieldProblem } from '../field-errors.ts';
import { eachDay, isValidDate } from './dates.ts';

export interface ImportedDay {
  date: string;
  kind: 'holiday' | 'working_day';
  name: string;
  nameEn: string | null;
  region: string;
}

/** A problem with one line of a holiday file: its field, catalogue code and English. */
export type ImportProblem = FieldProblem & { row: number };

export interface ImportResult {
  days: ImportedDay[];
  errors: ImportProblem[];
}

const WORKING = /^(workday|working[ _-]?day|work|working|上班|补班|调休上班)$/i;
const HOLIDAY = /^(holiday|closed|off|休息|放假|假日|节假日)$/i;

function splitLine(line: string, delimiter: string): string[] {
  const out: string[] = [];
  let cur = '';
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const ch = line[i];
    if (ch === '"') {
      if (quoted && line[i + 1] === '"') {
        cur += '"';
        i++;
      } else quoted = !quoted;
    } else if (ch === delimiter && !quoted) {
      out.push(cur);
      cur = '';
    } else cur += ch;
  }
  out.push(cur);
  return out.map((c) => c.trim());
}

/**
 * A CSV of days: `date` (YYYY-MM-DD) and `kind` (holiday | workday), a name in `name`,
 * `name_zh` or `name_local`, optional `name_en` and `region`. Comma, semicolon or tab separated,
 * with or without a BOM. Bad rows are reported and skipped; good rows are kept.
 */
export function parseHolidayCsv(text: string): ImportResult {
  const lines = text
    .replace(/^\uFEFF/, '')
    .split(/\r?\n/)
    .filter((l) => l.trim() !== '');
  const header = lines[0] ?? '';
  const delimiter = [',', ';', '\t'].reduce(
    (best, d) => (header.split(d).length > header.split(best).length ? d : best),
    ',',
  );
  const cols = splitLine(header, delimiter).map((c) => c.toLowerCase());
  const at = (names: string[]) => cols.findIndex((c) => names.includes(c));
  const dateCol = at(['date', '日期']);
  const kindCol = at(['kind', 'type', '类型']);
  const nameCol = at(['name', 'name_zh', 'name_local', '名称']);
  const enCol = at(['name_en']);
  const regionCol = at(['region', 'state', '地区']);
  const errors: ImportProblem[] = [];
  if (dateCol < 0)
    errors.push({ row: 1, ...fieldProblem('date', 'no_column', { column: 'date' }) });
  if (nameCol < 0 && enCol < 0)
    errors.push({ row: 1, ...fieldProblem('name', 'no_column', { column: 'name' }) });
  if (errors.length) return { days: [], errors };
  const days: ImportedDay[] = [];
  lines.slice(1).forEach((line, i) => {
    const row = i + 2;
    const cells = splitLine(line, delimiter);
    const date = cells[dateCol] ?? '';
    const kindRaw = kindCol >= 0 ? (cells[kindCol] ?? '') : 'holiday';
    const name = (nameCol >= 0 ? cells[nameCol] : '') || (enCol >= 0 ? cells[enCol] : '') || '';
    if (!isValidDate(date))
      return errors.push({ row, ...fieldProblem('date', 'not_date', { value: date }) });
    const kind = WORKING.test(kindRaw)
      ? 'working_day'
      : HOLIDAY.test(kindRaw) || kindRaw === ''
        ? 'holiday'
        : null;
    if (!kind)
      return errors.push({ row, ...fieldProblem('kind', 'holiday_kind', { value: kindRaw }) });
    if (!name) return errors.push({ row, ...fieldProblem('name', 'empty') });
    days.push({
      date,
      kind,
      name,
      nameEn: enCol >= 0 && cells[enCol] ? (cells[enCol] ?? null) : null,
      region: regionCol >= 0 ? (cells[regionCol] ?? '') : '',
    });
  });
  return { days, errors };
}

function icsDate(value: string): string | null {
  const m = /^(\d{4})(\d{2})(\d{2})/.exec(value);
  return m ? `${m[1]}-${m[2]}-${m[3]}` : null;
}

/** All-day VEVENTs of an iCalendar file; DTEND is exclusive, so a 3-day event covers 3 dates. */
export function parseICalendar(text: string): ImportResult {
  const unfolded = text.replace(/\r?\n[ \t]/g, '');
  const days: ImportedDay[] = [];
  const errors: ImportProblem[] = [];
  const events = unfolded.split(/BEGIN:VEVENT/).slice(1);
  if (!/BEGIN:VCALENDAR/.test(unfolded))
    errors.push({ row: 1, ...fieldProblem('file', 'not_icalendar') });
  events.forEach((body, i) => {
    const prop = (name: string) =>
      new RegExp(`^${name}(;[^:\\n]*)?:(.*)$`, 'm').exec(body)?.[2]?.trim();
    const start = icsDate(prop('DTSTART') ?? '');
    const endRaw = prop('DTEND');
    const summary = (prop('SUMMARY') ?? '').replace(/\\,/g, ',').replace(/\\;/g, ';');
    if (!start)
      return errors.push({
        row: i + 1,
        ...(prop('DTSTART')
          ? fieldProblem('DTSTART', 'not_date', { value: prop('DTSTART') ?? '' })
          : fieldProblem('DTSTART', 'empty')),
      });
    const endExclusive = endRaw ? icsDate(endRaw) : null;
    const last =
      endExclusive && endExclusive > start ? eachDay(start, endExclusive).slice(0, -1) : [start];
    const working = /(working day|workday|上班|补班)/i.test(summary);
    for (const date of last)
      days.push({
        date,
        kind: working ? 'working_day' : 'holiday',
        name: summary || 'Holiday',
        nameEn: null,
        region: '',
      });
  });
  return { days, errors };
}
