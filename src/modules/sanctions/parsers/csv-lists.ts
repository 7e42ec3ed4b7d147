import { createReadStream } from 'node:fs';
import { parse } from 'csv-parse';
import { AppError, fieldError } from '../../../http/errors.ts';
import {
  addBirthDate,
  addCountry,
  addName,
  emptyEntry,
  type ParsedEntry,
  type ParsedList,
} from './list-entry.ts';

const OFAC_COLUMNS = 12;
const NULL = '-0-';
// OFAC's sdn.csv ends with a DOS end-of-file character (SUB, U+001A) on a line of its own.
const EOF_MARK = String.fromCharCode(0x1a);
const KINDS: Record<string, ParsedEntry['kind']> = {
  individual: 'person',
  vessel: 'vessel',
  aircraft: 'aircraft',
  '': 'entity',
};

async function* rows(path: string) {
  const parser = createReadStream(path).pipe(
    parse({ bom: true, relax_column_count: true, skip_empty_lines: true, trim: true }),
  );
  try {
    for await (const row of parser) yield row as string[];
  } catch (err) {
    const line = (err as { lines?: number }).lines ?? 0;
    throw AppError.validation([fieldError('/file', 'csv_malformed', { line: String(line) })]);
  }
}

/**
 * OFAC's SDN list as CSV (`sdn.csv`): no header, twelve columns (ent_num, SDN_Name, SDN_Type,
 * Program, Title, Call_Sign, Vess_type, Tonnage, GRT, Vess_flag, Vess_owner, Remarks), `-0-`
 * for empty. Birth dates, nationalities and a.k.a.s are read from the remarks, where this file
 * keeps them (aliases proper are in OFAC's separate alt.csv; the XML format carries them all).
 */
export async function parseOfacCsv(path: string): Promise<ParsedList> {
  const entries: ParsedEntry[] = [];
  let line = 0;
  for await (const row of rows(path)) {
    line++;
    if (row.length === 1 && (row[0] ?? '').replace(EOF_MARK, '').trim() === '') continue;
    if (row.length !== OFAC_COLUMNS)
      throw AppError.validation([
        fieldError('/file', 'sanctions_csv_columns', {
          line: String(line),
          found: String(row.length),
          expected: String(OFAC_COLUMNS),
        }),
      ]);
    const [ref, name, type, program, , , , , , flag, , remarks] = row.map((c) =>
      c === NULL ? '' : c,
    );
    const e = emptyEntry(ref!, KINDS[type!.toLowerCase()] ?? 'other');
    addName(e, name);
    if (program)
      e.programs.push(
        ...program
          .split(/[\];[]+/)
          .map((p) => p.trim())
          .filter(Boolean),
      );
    addCountry(e, flag);
    for (const part of (remarks ?? '').split(';')) readRemark(e, part.trim());
    if (!e.ref || !e.names.length)
      throw AppError.validation([
        fieldError('/file', 'sanctions_entry_no_name', { line: String(line) }),
      ]);
    entries.push(e);
  }
  return { publishedAt: null, entries };
}

function readRemark(e: ParsedEntry, part: string) {
  let m = /^DOB (.+)$/i.exec(part);
  if (m) return addBirthDate(e, m[1]!.split(/ to /i)[0]);
  m = /^(?:nationality|citizen) (.+)$/i.exec(part);
  if (m) return addCountry(e, m[1]!.replace(/\.$/, ''));
  m = /^[a-z]\.k\.a\. '(.+)'\.?$/i.exec(part);
  if (m) return addName(e, m[1]);
}

const OWN_HEADERS = ['id', 'name', 'aliases', 'country', 'birthDate'];

/**
 * An own watch list: a header row naming `name` (required) and any of `id`, `aliases`
 * (separated by `;`), `country` (codes or names, `;`-separated) and `birthDate`; any other
 * column is a mistake worth saying, not ignoring.
 */
export async function parseOwnCsv(path: string): Promise<ParsedList> {
  const entries: ParsedEntry[] = [];
  let header: string[] | null = null;
  let line = 0;
  for await (const row of rows(path)) {
    line++;
    if (!header) {
      header = row.map((h) => h.trim());
      const unknown = header.filter((h) => !OWN_HEADERS.includes(h));
      if (!header.includes('name') || unknown.length)
        throw AppError.validation([
          fieldError('/file', 'sanctions_csv_header', {
            found: header.join(', '),
            expected: OWN_HEADERS.join(', '),
          }),
        ]);
      continue;
    }
    const cell = (h: string) => {
      const i = header!.indexOf(h);
      return i < 0 ? '' : (row[i] ?? '').trim();
    };
    const e = emptyEntry(cell('id') || `line-${line}`, 'other');
    addName(e, cell('name'));
    if (!e.names.length)
      throw AppError.validation([
        fieldError('/file', 'sanctions_entry_no_name', { line: String(line) }),
      ]);
    for (const alias of cell('aliases').split(';')) addName(e, alias);
    for (const c of cell('country').split(';')) addCountry(e, c.trim());
    addBirthDate(e, cell('birthDate'));
    entries.push(e);
  }
  if (!header) throw AppError.validation([fieldError('/file', 'file_empty')]);
  return { publishedAt: null, entries };
}
